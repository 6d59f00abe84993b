import { findMarket } from './findMarket.ts';
import type { MarketCode } from './MarketCode.ts';

/**
 * The market a code or an English name stands for, or `undefined` (MKT-2): the same reading
 * as {@link resolveMarket}, for a form field or a search box where "no such market" is an
 * ordinary answer rather than an error.
 *
 * Decided: any value is accepted, and anything that is not a string is `undefined`, so it never
 * throws.
 *
 * @param text - A market code (any case) or an English name; anything else gives `undefined`.
 * @returns The market's code, or `undefined` when no market answers to `text`.
 * @example
 * ```ts
 * import { tryResolveMarket } from 'subscription-rules';
 * tryResolveMarket('Åland Islands');
 * //=> 'AX'
 * tryResolveMarket('Atlantis');
 * //=> undefined
 * ```
 * @category Markets
 */
export function tryResolveMarket(text: unknown): MarketCode | undefined {
  return typeof text === 'string' ? findMarket(text) : undefined;
}
