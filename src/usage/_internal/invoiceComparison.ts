import type { UsageFinding, UsageMatch, UsageOtherInvoice } from '../resultTypes.ts';
import { amountText } from './amountText.ts';
import { addBands } from './band.ts';
import { type Exact, readExact, same } from './exact.ts';
import { groupOrder } from './groupKey.ts';
import { keyParts, type Part, partBand, reconSubtotal } from './keyParts.ts';
import type { ReconKey } from './reconUsageRows.ts';
import { remedyOf } from './remedyOf.ts';
import { mergeRows } from './rowList.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import type { PriceGroup } from './UsageState.ts';

/** What USG-4 found. */
export interface InvoiceFindings {
  readonly matched: UsageMatch[];
  readonly different: UsageFinding[];
  readonly missing: UsageFinding[];
  readonly unexpected: UsageFinding[];
  /**
   * Daily lines without an invoice line, or invoice lines without daily lines, that all bill 0: no
   * money at stake on any line, a note.
   */
  readonly quiet: UsageFinding[];
  /** Daily lines of invoices whose files were not given, by invoice number: no finding. */
  readonly other: UsageOtherInvoice[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The daily lines against the invoice file's usage lines, key by key (USG-4, USG-5): a usage line
 * of the same EffectiveUnitPrice is matched to its sub-group, the rest of the key compared whole
 * with the sub-groups' bands added; net of `customerCredit` lines when the daily lines carry
 * credit. A key of daily lines whose invoice is none of `given`'s has no file to be compared with:
 * it is counted in `other`, never `missing` (USG Details 2026-11-28).
 */
export function compareInvoice(
  groups: Iterable<PriceGroup>,
  recon: Map<string, ReconKey>,
  texts: UsageTexts,
  given: ReadonlySet<string | null>,
): InvoiceFindings {
  const parts = keyParts(groups);
  const found: InvoiceFindings = {
    matched: [],
    different: [],
    missing: [],
    unexpected: [],
    quiet: [],
    other: [],
  };
  const others = new Map<string | null, { lines: number; keys: number }>();
  const ids = [...new Set([...parts.keys(), ...recon.keys()])].sort();
  for (const id of ids) {
    const daily = [...(parts.get(id)?.values() ?? [])].sort(
      (a, b) =>
        (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
        // parts of no rows: by their earliest day's fields, whatever order the groups came in
        compareText(groupOrder(a.group), groupOrder(b.group)),
    );
    const invoice = recon.get(id);
    const first = daily[0]?.group;
    const currency = (first?.currency ?? invoice?.currency) as PriceGroup['currency'];
    const money = (minor: number) => ({ amount: minor, currency });
    const where = {
      customerId: first?.customerId ?? invoice?.customerId ?? null,
      invoiceNumber: first?.invoiceNumber ?? invoice?.invoiceNumber ?? null,
      subscriptionId: first?.subscriptionId ?? invoice?.subscriptionId ?? null,
      productId: first?.productId ?? invoice?.productId ?? '',
      skuId: first?.skuId ?? invoice?.skuId ?? '',
    };
    const never = remedyOf(texts, 'never', {});
    if (invoice === undefined && !given.has(where.invoiceNumber)) {
      const other = others.get(where.invoiceNumber) ?? { lines: 0, keys: 0 };
      other.keys++;
      for (const part of daily) other.lines += part.lines;
      others.set(where.invoiceNumber, other);
      continue;
    }
    if (invoice === undefined) {
      const sum = daily.reduce((total, part) => total + part.billed, 0);
      const lines = daily.reduce((total, part) => total + part.lines, 0);
      // lines that all bill 0 put no money at stake: a note, never a finding
      (daily.some((part) => part.billedAny) ? found.missing : found.quiet).push({
        kind: 'missing',
        rows: daily.reduce<number[]>((rows, part) => mergeRows(rows, part.rows), []),
        lines,
        ...where,
        expected: money(sum),
        billed: money(0),
        difference: money(0 - sum),
        atStake: money(Math.abs(sum)),
        rule: 'USG-4',
        message: usageSentence(texts, 'missing', {
          lines,
          daily: amountText(sum, currency),
          invoice: where.invoiceNumber ?? '—',
        }),
        remedy: never,
      });
      continue;
    }
    const credits = invoice.credit;
    if (daily.length === 0) {
      const billed =
        [...invoice.byPrice.values()].reduce((total, entry) => total + entry.subtotal, 0) + credits;
      const rows = [...invoice.byPrice.values()].reduce<number[]>(
        (all, entry) => mergeRows(all, entry.rows),
        invoice.creditRows,
      );
      // invoice lines that all bill 0 put no money at stake: a note, never a finding
      const any = invoice.creditAny || [...invoice.byPrice.values()].some((e) => e.billedAny);
      (any ? found.unexpected : found.quiet).push({
        kind: 'unexpected',
        rows,
        lines: 0,
        ...where,
        expected: money(0),
        billed: money(billed),
        difference: money(billed),
        atStake: money(Math.abs(billed)),
        rule: 'USG-4',
        message: usageSentence(texts, 'unexpected', { billed: amountText(billed, currency) }),
        remedy: never,
      });
      continue;
    }
    const net = daily.some((part) => part.credit);
    const compare = (
      partsOf: readonly Part[],
      billed: number,
      rows: number[],
      price: string | null,
    ): void => {
      const lines = partsOf.reduce((total, part) => total + part.lines, 0);
      const sum = partsOf.reduce((total, part) => total + part.billed, 0);
      const expected = partsOf.reduce((total, part) => total + reconSubtotal(part), 0);
      const limits = partsOf.map(partBand).reduce(addBands);
      // the invoice line against the Subtotal the rules give, exactly; the band judges only the
      // daily lines' sum against that Subtotal (two roundings), never the invoice line
      const d = expected - sum;
      const words = {
        billed: amountText(billed, currency),
        lines,
        daily: amountText(sum, currency),
        low: amountText(limits.low, currency),
        high: amountText(limits.high, currency),
      };
      const exactly = billed === expected;
      if (exactly && d >= limits.low && d <= limits.high) {
        found.matched.push({
          invoiceNumber: where.invoiceNumber,
          subscriptionId: where.subscriptionId,
          productId: where.productId,
          skuId: where.skuId,
          availabilityId: first?.availabilityId ?? null,
          effectiveUnitPrice: price,
          lines,
          rows,
          form: net ? 'net' : 'gross',
          expected: money(expected),
          billed: money(billed),
          daily: money(sum),
          rounding: money(d),
          band: { low: money(limits.low), high: money(limits.high) },
          message: usageSentence(texts, 'band-matched', {
            ...words,
            rounding: amountText(d, currency),
          }),
        });
        return;
      }
      const past = d > limits.high ? d - limits.high : limits.low - d;
      found.different.push({
        kind: 'different',
        rows: partsOf.reduce<number[]>((all, part) => mergeRows(all, part.rows), []),
        lines,
        ...where,
        expected: money(expected),
        billed: money(billed),
        difference: money(billed - expected),
        atStake: money(exactly ? past : Math.abs(billed - expected)),
        rule: 'USG-4',
        message: exactly
          ? usageSentence(texts, 'band-different', {
              ...words,
              difference: amountText(d, currency),
              amount: amountText(past, currency),
            })
          : usageSentence(texts, 'invoice-different', {
              ...words,
              expected: amountText(expected, currency),
              difference: amountText(billed - expected, currency),
            }),
        remedy: never,
      });
    };
    const rest: Part[] = [];
    let restBilled = credits;
    let restRows = invoice.creditRows;
    let restAny = invoice.creditAny;
    const prices = new Map(invoice.byPrice);
    if (!net) {
      for (const price of [...new Set(daily.map((part) => part.group.price))]) {
        const exact = readExact(price) as Exact;
        const match = [...prices.keys()].find(
          (printed) => printed !== '' && same(readExact(printed) as Exact, exact),
        );
        const of = daily.filter((part) => part.group.price === price);
        if (match === undefined) rest.push(...of);
        else {
          const entry = prices.get(match) as { subtotal: number; rows: number[] };
          prices.delete(match);
          compare(of, entry.subtotal, entry.rows, price);
        }
      }
    } else rest.push(...daily);
    for (const entry of prices.values()) {
      restBilled += entry.subtotal;
      restRows = mergeRows(restRows, entry.rows);
      restAny ||= entry.billedAny;
    }
    if (rest.length > 0) compare(rest, restBilled, restRows, null);
    else if (prices.size > 0 || invoice.creditRows.length > 0) {
      (restAny ? found.unexpected : found.quiet).push({
        kind: 'unexpected',
        rows: restRows,
        lines: 0,
        ...where,
        expected: money(0),
        billed: money(restBilled),
        difference: money(restBilled),
        atStake: money(Math.abs(restBilled)),
        rule: 'USG-4',
        message: usageSentence(texts, 'unexpected', { billed: amountText(restBilled, currency) }),
        remedy: never,
      });
    }
  }
  // by invoice number, lines of none first
  const numbers = [...others.keys()].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : compareText(a, b),
  );
  for (const invoiceNumber of numbers)
    found.other.push({
      invoiceNumber,
      ...(others.get(invoiceNumber) as { lines: number; keys: number }),
    });
  return found;
}
