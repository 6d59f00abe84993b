import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { addBands, type Band, band } from './band.ts';
import { type Exact, plus, readExact, times, truncated } from './exact.ts';
import { keyText } from './reconUsageRows.ts';
import { mergeRows } from './rowList.ts';
import type { PriceGroup } from './UsageState.ts';

/** The daily lines of one invoice key at one EffectiveUnitPrice, rate and pricing currency. */
export interface Part {
  /** Its earliest day. */
  group: PriceGroup;
  lines: number;
  quantity: Exact;
  billed: number;
  rows: number[];
  credit: boolean;
  /** Whether a line bills other than 0. */
  billedAny: boolean;
  /** The lines below zero (corrections). */
  negative: number;
}

/** `r_u(B)(r_u(P)(E × Q) × X)`, the invoice's Subtotal of a part (U25), minor units of B. */
export function reconSubtotal(part: Part): number {
  const { group } = part;
  const price = readExact(group.price) as Exact;
  const rate = readExact(group.rate) as Exact;
  const pricingExponent = currencyExponents[group.pricing];
  const inPricing: Exact = {
    units: truncated(times(price, part.quantity), pricingExponent),
    scale: pricingExponent,
  };
  return Number(truncated(times(inPricing, rate), currencyExponents[group.currency]));
}

/**
 * The band of a part (USG-4): its positive lines' band plus its negative lines' mirrored band (USG,
 * INV Details 2026-11-28), each only when the part has such lines.
 */
export function partBand(part: Part): Band {
  const rate = readExact(part.group.rate) as Exact;
  const { pricing, currency } = part.group;
  const positive = part.lines - part.negative;
  const bands = [
    ...(positive > 0 ? [band(positive, rate, pricing, currency, false)] : []),
    ...(part.negative > 0 ? [band(part.negative, rate, pricing, currency, true)] : []),
  ];
  return bands.reduce(addBands, { low: 0, high: 0 });
}

/**
 * The days of each invoice key summed into its parts, by price, rate and pricing currency (USG-4),
 * the groups in any order.
 */
export function keyParts(groups: Iterable<PriceGroup>): Map<string, Map<string, Part>> {
  const parts = new Map<string, Map<string, Part>>();
  for (const group of groups) {
    const id = keyText(
      group.invoiceNumber,
      group.subscriptionId,
      group.productId,
      group.skuId,
      group.availabilityId,
      group.currency,
    );
    const byPart = parts.get(id) ?? new Map<string, Part>();
    const partId = JSON.stringify([group.price, group.rate, group.pricing]);
    const part = byPart.get(partId);
    if (part === undefined)
      byPart.set(partId, {
        group,
        lines: group.lines,
        quantity: group.quantity,
        billed: group.billed,
        rows: group.rows,
        credit: group.credit,
        billedAny: group.billedAny,
        negative: group.negative,
      });
    else {
      // the part's fields, customer and first row are its earliest day's, in whatever order the
      // groups come (they differ by their day only)
      if (group.day < part.group.day) part.group = group;
      part.lines += group.lines;
      part.quantity = plus(part.quantity, group.quantity);
      part.billed += group.billed;
      part.rows = mergeRows(part.rows, group.rows);
      part.credit ||= group.credit;
      part.billedAny ||= group.billedAny;
      part.negative += group.negative;
    }
    parts.set(id, byPart);
  }
  return parts;
}
