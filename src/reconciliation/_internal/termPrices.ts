import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import type { FileGroup } from './LineGroups.ts';
import type { PriceFound } from './priceList.ts';
import { termResource } from './termResource.ts';
import type { MonthTerm } from './termsOfMonth.ts';

/**
 * Where a term's price came from (REC-5): `file`, the file's own `UnitPrice` on that term's lines;
 * `list`, the price list's row at its start; `resource`, the price the resource's own term is
 * read with, taken for it as neither gave one of its own.
 */
export type TermPriceSource = 'file' | 'list' | 'resource';

/** The price of each term read back or forward to the month, by the term's start (epoch ms). */
export type TermPrices = readonly {
  readonly startMs: number;
  readonly price: PriceFound;
  readonly source: Exclude<TermPriceSource, 'resource'>;
}[];

/** The charge types that bill a term's period (lower case): their `UnitPrice` is the term's. */
const PERIODS: ReadonlySet<string> = /* @__PURE__ */ new Set(['new', 'renew', 'cyclecharge']);

/**
 * The file's own `UnitPrice` for a term: the first its groups starting on the term's days print
 * (a period's charge first, then any other but a credit), with the groups' currency; none for a
 * month of Extended Service Term, whose `UnitPrice` is its base (EST-5).
 */
function filePrice(groups: readonly FileGroup[], term: MonthTerm): PriceListRow | undefined {
  const first = Math.floor(term.startMs / DAY);
  const end = Number.isFinite(term.endMs) ? Math.ceil(term.endMs / DAY) : Number.POSITIVE_INFINITY;
  let other: PriceListRow | undefined;
  for (const group of groups) {
    if (!group.known || group.est || group.credit || group.unitPrice === undefined) continue;
    if (group.currency === undefined || group.startDay < first || group.startDay >= end) continue;
    const row = { UnitPrice: group.unitPrice, Currency: group.currency };
    if (PERIODS.has(group.chargeKey)) return row;
    other ??= row;
  }
  return other;
}

/**
 * The prices of a subscription's terms read back or forward to the month (REC-5, PL-3), each
 * with its source: a term rebuilt back takes the file's own `UnitPrice` for it (its lines' whose
 * days start in it), else the price list's row at its start (`priceOf` of the resource as it
 * stood in that term); a term advanced to takes the list's row at its start, else the file's;
 * the resource's own term, without a list, its own lines' `UnitPrice` (the file's first line may
 * be an earlier term's). A term not listed takes the resource's price. `undefined` when the month
 * holds the resource's own term only.
 *
 * @param resource - The resource, as fetched.
 * @param terms - Its terms of the month (`termsOfMonth`); `undefined` without a window or when
 *   the resource does not state its term.
 * @param groups - The file's groups of it.
 * @param priceOf - The list's price of a resource; `undefined` without a list.
 * @returns The prices, or `undefined`.
 */
export function termPrices(
  resource: Readonly<Record<string, unknown>>,
  terms: readonly MonthTerm[] | undefined,
  groups: readonly FileGroup[],
  priceOf: ((resource: Readonly<Record<string, unknown>>) => PriceFound) | undefined,
): TermPrices | undefined {
  if (terms === undefined || terms.length === 1) return undefined;
  const prices: TermPrices[number][] = [];
  for (const term of terms) {
    const file = filePrice(groups, term);
    const fromFile =
      file === undefined ? undefined : ({ price: { price: file }, source: 'file' } as const);
    const fromList =
      priceOf === undefined || term.read === 'as-read'
        ? undefined
        : ({ price: priceOf(termResource(resource, term)), source: 'list' } as const);
    const found =
      term.read === 'rebuilt'
        ? (fromFile ?? fromList)
        : term.read === 'advanced'
          ? (fromList ?? fromFile)
          : priceOf === undefined
            ? fromFile
            : undefined;
    if (found !== undefined) prices.push({ startMs: term.startMs, ...found });
  }
  return prices;
}
