import { addNote } from './addNote.ts';
import { exactText, same, ZERO } from './exact.ts';
import { amountAt, hasCredit, isMarketplace, type LineContext } from './LineContext.ts';
import { ownStrings } from './ownText.ts';
import { planOf } from './planOf.ts';
import { priceAfter } from './priceAfter.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import { tallyRow, type UsageState } from './UsageState.ts';

const HUNDRED = { units: 100n, scale: 0 };

/**
 * Adds a line's Azure credit (USG-5): the credit used — what the usage would cost after PEC, less
 * what was billed — per Azure subscription and day; a note for a credit other than 0 or 100 %, and
 * for one on a marketplace meter.
 */
export function addCredit(state: UsageState, options: UsageOptions, c: LineContext): void {
  if (!hasCredit(c)) return;
  const { line, credit, texts } = { ...c, texts: options.texts };
  if (isMarketplace(line))
    addNote(
      state,
      line,
      'credit-on-ineligible-meter',
      usageSentence(texts, 'credit-ineligible', { publisher: line.publisherName ?? '' }),
    );
  if (credit.units !== 0n && !same(credit, HUNDRED))
    addNote(
      state,
      line,
      'credit-partial',
      usageSentence(texts, 'credit-partial', { credit: exactText(credit) }),
    );
  if (c.unitPrice === null) return;
  const used = amountAt(c, priceAfter(c.unitPrice, c.pec ?? ZERO, ZERO)) - c.billed;
  const key = JSON.stringify([
    line.customerId,
    line.entitlementId,
    line.invoiceNumber,
    c.currency,
    line.usageDate,
    planOf(line.subscriptionId),
  ]);
  const entry =
    state.credits.get(key) ??
    ownStrings(state, {
      entitlementId: line.entitlementId,
      invoiceNumber: line.invoiceNumber,
      currency: c.currency,
      day: line.usageDate,
      used: 0,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
    });
  entry.used += used;
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.credits.set(key, entry);
}
