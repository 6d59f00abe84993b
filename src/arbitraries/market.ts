import type * as fc from 'fast-check';
import { marketArbitrary } from './_internal/marketArbitrary.ts';
import type { MarketConstraints } from './MarketConstraints.ts';

/**
 * Markets written the ways people write them: codes, English names, alternative and former names,
 * and any of these in odd casing. Every sample resolves with `resolveMarket` (MKT-2); use it to
 * learn the code a sample stands for.
 *
 * @param constraints - The markets and the ways of writing them.
 * @returns An arbitrary of market text.
 * @throws `RuleError` `UNKNOWN_MARKET` for a code that is not a Partner Center market,
 *   `INVALID_ARGUMENT` for an unknown form or an empty list.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { market } from 'subscription-rules/arbitraries';
 * fc.sample(market({ codes: ['SZ'], forms: ['alias'] }), 1);
 * //=> ['Swaziland']
 * ```
 * @category Arbitraries
 */
export function market(constraints?: MarketConstraints): fc.Arbitrary<string> {
  return marketArbitrary(constraints, 'constraints');
}
