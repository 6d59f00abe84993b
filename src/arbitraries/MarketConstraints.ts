import type { MarketCode } from '../markets/MarketCode.ts';

/** Every way `market` writes a market, in the order it draws them. */
export const MARKET_FORMS = ['code', 'name', 'alias', 'any-case'] as const;

/**
 * How `market` writes a market: `'code'` (`DE`), `'name'` (its English name, `Germany`),
 * `'alias'` (an alternative or former name, `Swaziland`; the name for a market that has none), or
 * `'any-case'` (a code or name in random upper and lower case, with spaces around: ` gErMaNy `).
 */
export type MarketForm = (typeof MARKET_FORMS)[number];

/** Options of `market`. */
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
