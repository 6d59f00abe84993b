import type * as fc from 'fast-check';
import { marketArbitrary } from '../_internal/marketArbitrary.ts';
import type { MarketCode } from '../markets/MarketCode.ts';

/**
 * How {@link market} writes a market: `'code'` (`DE`), `'name'` (its English name, `Germany`),
 * `'alias'` (an alternative or former name, `Swaziland`; the name for a market that has none), or
 * `'any-case'` (a code or name in random upper and lower case, with spaces around: ` gErMaNy `).
 */
export type MarketForm = 'code' | 'name' | 'alias' | 'any-case';

/** Options of {@link market}. */
export interface MarketConstraints {
  /**
   * The markets drawn from.
   *
   * @defaultValue every Partner Center market (MKT-1)
   */
  readonly codes?: readonly MarketCode[] | undefined;
  /**
   * The ways of writing a market drawn from, each equally often.
   *
   * @defaultValue `['code', 'name', 'alias', 'any-case']`
   */
  readonly forms?: readonly MarketForm[] | undefined;
}

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
