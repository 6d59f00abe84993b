import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { type Band, band } from './band.ts';
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

/** The band of a part (mirrored when its amounts are below zero). */
export function partBand(part: Part): Band {
  const negative = part.billed < 0 || part.quantity.units < 0n;
  return band(
    part.lines,
    readExact(part.group.rate) as Exact,
    part.group.pricing,
    part.group.currency,
    negative,
  );
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
    }
    parts.set(id, byPart);
  }
  return parts;
}
