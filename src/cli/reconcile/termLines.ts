import { decimalText } from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { ReconcileTerm } from '../../reconciliation/index.ts';

/** How a term was found (REC-5), in words. */
const TERM_WORDS = {
  'as-read': 'as read',
  rebuilt: 'rebuilt back',
  advanced: 'advanced',
} as const;

/**
 * The `terms` lines of `reconcile --explain` (REC-5): each term the replay read a subscription in
 * over the month — as its resource states it, rebuilt back or advanced — with its price and where
 * the price came from, as `reconcileSubscriptions` returns them; none when every term is as read.
 *
 * @param terms - The subscription's terms of the month.
 * @returns The lines, `[label, text]`, the label on the first only.
 */
export function termLines(terms: readonly ReconcileTerm[]): string[][] {
  if (terms.every((term) => term.reading === 'as-read')) return [];
  return terms.map((term, i) => {
    const digits =
      term.price === null
        ? 2
        : (currencyExponents[term.price.currency as keyof typeof currencyExponents] ?? 2);
    const termPrice =
      term.price === null
        ? 'no price'
        : `${decimalText({ units: term.price.amount, scale: digits }, digits)} ${term.price.currency} a seat a period`;
    // where the price came from (REC-5): the file's lines of the term, the list, the resource
    const { priceSource } = term;
    const source =
      priceSource.from === 'price-list'
        ? `${priceSource.name} at the term's start`
        : priceSource.from === 'file'
          ? "the file's UnitPrice on the term's lines"
          : "the resource's own term, as neither the file nor the price list prices this one";
    const what = term.kind === 'renewal' ? 'a renewal' : 'the purchase';
    return [
      i === 0 ? 'terms' : '',
      `${TERM_WORDS[term.reading]} from ${term.start} (${what}): ${termPrice}, from ${source}`,
    ];
  });
}
