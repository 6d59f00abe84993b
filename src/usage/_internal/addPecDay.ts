import { addEarned } from './earnedMonths.ts';
import { compareExact, type Exact, exactText, ZERO } from './exact.ts';
import { amountAt, isMarketplace, type LineContext } from './LineContext.ts';
import { ownStrings } from './ownText.ts';
import { planOf } from './planOf.ts';
import { priceAfter } from './priceAfter.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { type PecDay, tallyRow, type UsageState } from './UsageState.ts';

const SPOT = /\bspot\b/i;

/** A meter's price list entry, when the price list has it. */
type Listed = ReturnType<NonNullable<UsageOptions['prices']>['get']>;

/** Why a meter earns no PEC (USG-3), or `''`. */
function exclusion(c: LineContext, listed: Listed): PecDay['reason'] {
  const { line } = c;
  if (listed?.thirdParty === true) return 'third-party';
  if (isMarketplace(line)) return 'marketplace';
  // each name on its own (a word ends where a name does, as at the space between them): no text made a line
  if (SPOT.test(line.meterName ?? '') || SPOT.test(line.meterSubCategory ?? '')) return 'spot';
  // a reservation's or savings plan's benefit earns no PEC (USG-3; the daily file's U4 columns)
  if (line.benefitType !== undefined) return 'benefit';
  return '';
}

/** The fields a meter's exclusion and rate are read from, of the last line read, and those. */
interface LastMeter {
  meterId: string | null;
  meterName: string | null;
  meterSubCategory: string | null;
  publisherName: string | null;
  benefitType: string | undefined;
  options: UsageOptions;
  reason: PecDay['reason'];
  rate: Exact;
}

/**
 * The last meter read: a usage file lists a meter's days one after another, so most lines are
 * their line before's meter — its exclusion and rate taken again, not found in the price list
 * and read from its names anew.
 */
let lastMeter: LastMeter | undefined;

/** Why a line's meter earns no PEC (or `''`) and the PEC rate it earns (USG-3). */
function meterOf(c: LineContext, options: UsageOptions): { reason: PecDay['reason']; rate: Exact } {
  const { line } = c;
  const last = lastMeter;
  if (
    last !== undefined &&
    last.options === options &&
    last.meterId === line.meterId &&
    last.meterName === line.meterName &&
    last.meterSubCategory === line.meterSubCategory &&
    last.publisherName === line.publisherName &&
    last.benefitType === line.benefitType
  )
    return last;
  const listed =
    line.meterId === null ? undefined : options.prices?.get(line.meterId.toLowerCase());
  lastMeter = {
    meterId: line.meterId,
    meterName: line.meterName,
    meterSubCategory: line.meterSubCategory,
    publisherName: line.publisherName,
    benefitType: line.benefitType,
    options,
    reason: exclusion(c, listed),
    rate: listed?.rate ?? options.pecRate,
  };
  return lastMeter;
}

/**
 * Adds a line to its Azure subscription's meter's day (USG-3): PEC not earned (or its column
 * absent, decided at the end), PEC on an excluded meter, PEC at another rate. A line covered by a
 * benefit (`BenefitType`) is an excluded meter's: no PEC is lost on it, PEC on it is given.
 */
export function addPecDay(state: UsageState, options: UsageOptions, c: LineContext): void {
  const { line, pec, unitPrice, credit, billed, currency } = c;
  if (pec !== undefined) state.pecSeen = true;
  const { reason, rate } = meterOf(c, options);
  let kind: PecDay['kind'] | undefined;
  let expected = billed;
  if (reason !== '') {
    if (pec === undefined || pec.units === 0n) return;
    kind = 'excluded';
    if (unitPrice !== null) expected = amountAt(c, priceAfter(unitPrice, ZERO, credit));
  } else if (pec === undefined || pec.units === 0n) {
    kind = pec === undefined ? 'absent' : 'not-earned';
    // without UnitPrice, the line's own price is the price before PEC (its PEC is 0)
    expected = amountAt(
      c,
      unitPrice === null ? priceAfter(c.price, rate, ZERO) : priceAfter(unitPrice, rate, credit),
    );
  } else {
    addEarned(
      state.earned,
      line.entitlementId,
      line.usageDate,
      currency,
      planOf(line.subscriptionId),
    );
    if (compareExact(pec, rate) === 0) return;
    kind = 'rate';
    if (unitPrice !== null) expected = amountAt(c, priceAfter(unitPrice, rate, credit));
  }
  const meter = line.meterId ?? line.meterName ?? `${line.productId}/${line.skuId}`;
  const printed = pec === undefined ? '0' : exactText(pec);
  const key = JSON.stringify([
    kind,
    line.entitlementId,
    meter,
    currency,
    line.usageDate,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    kind === 'excluded' || kind === 'rate' ? printed : '',
    reason,
  ]);
  const entry =
    state.pec.get(key) ??
    ownStrings(state, {
      kind,
      entitlementId: line.entitlementId,
      invoiceNumber: line.invoiceNumber,
      subscriptionId: line.subscriptionId,
      productId: line.productId,
      skuId: line.skuId,
      meter,
      label: line.meterName ?? meter,
      currency,
      day: line.usageDate,
      pec: printed,
      rate: exactText(rate),
      reason,
      publisher: line.publisherName ?? '',
      billed: 0,
      expected: 0,
      staked: 0,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
    });
  entry.billed += billed;
  entry.expected += expected;
  if (expected !== billed) entry.staked++;
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.pec.set(key, entry);
}
