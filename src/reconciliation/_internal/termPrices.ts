import type { FileWindow } from './FileChange.ts';
import type { FileGroup } from './LineGroups.ts';
import type { PriceFound } from './priceList.ts';
import { termResource } from './termResource.ts';
import { termsOfMonth } from './termsOfMonth.ts';

/** The price of each term read back or forward to the month, by the term's start (epoch ms). */
export type TermPrices = readonly { readonly startMs: number; readonly price: PriceFound }[];

/**
 * The prices of a subscription's terms that the resource does not state (REC-5, PL-3): each term
 * rebuilt back or advanced to the month, priced by a price list at its own start (`priceOf` of the
 * resource as it stood in that term: a renewal at the list's row of its instant, PL-4); `undefined`
 * when the month holds the resource's own term only.
 *
 * @param resource - The resource, as fetched.
 * @param window - The month's days.
 * @param groups - The file's groups of it.
 * @param priceOf - The list's price of a resource.
 * @returns The prices, or `undefined`.
 */
export function termPrices(
  resource: Readonly<Record<string, unknown>>,
  window: FileWindow | undefined,
  groups: readonly FileGroup[],
  priceOf: (resource: Readonly<Record<string, unknown>>) => PriceFound,
): TermPrices | undefined {
  if (window === undefined) return undefined;
  const terms = termsOfMonth(resource, window, groups);
  if (terms === undefined || terms.length === 1) return undefined;
  const prices: { startMs: number; price: PriceFound }[] = [];
  for (const term of terms)
    if (term.read !== 'as-read')
      prices.push({ startMs: term.startMs, price: priceOf(termResource(resource, term)) });
  return prices;
}
