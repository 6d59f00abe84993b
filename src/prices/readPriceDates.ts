import { ALWAYS_YEAR, OPEN_YEAR, priceDate } from './_internal/priceDate.ts';

/**
 * A price-list row's `EffectiveStartDate` and `EffectiveEndDate` as {@link readPriceList} reads
 * them (PL-1), for a reader of a list of its own (the reconcile command's `--prices`): ISO 8601 or
 * `M/D/YYYY h:mm AM`, UTC, the end to the last millisecond of its unit, the placeholder years as
 * ±Infinity.
 *
 * @param start - The start cell's text.
 * @param end - The end cell's text.
 * @returns The first and last instants the row holds, or `undefined` when a date is none.
 */
export function readPriceDates(
  start: string,
  end: string,
): { readonly startMs: number; readonly endMs: number } | undefined {
  const from = priceDate(start.trim());
  const to = priceDate(end.trim());
  if (from === undefined || to === undefined) return undefined;
  return {
    startMs: from.year <= ALWAYS_YEAR ? -Infinity : from.at,
    endMs: to.year >= OPEN_YEAR ? Infinity : to.at + to.unit - 1,
  };
}
