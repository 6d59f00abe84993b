import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireMarketCode } from './_internal/requireMarketCode.ts';
import { marketNames } from './data/marketNames.ts';
import type { MarketCode } from './MarketCode.ts';

/** The display names of the last locale asked for, so a loop over markets builds them once. */
let last: { readonly locale: string; readonly names: Intl.DisplayNames } | undefined;

/**
 * The display name of a market (MKT-4), in `locale` through `Intl.DisplayNames` where the
 * runtime knows the region, else the library's English name. Partner Center's own codes (`XK`,
 * `XS`, `XE`, `XJ`) always take the English table's name (`Saba`, not a runtime's guess), and so
 * does any code a runtime without full ICU data does not know.
 *
 * Every English name this returns resolves back to its code with {@link resolveMarket}.
 *
 * Decided: the code may be written in any letter case; an invalid locale tag is a `RuleError`
 * rather than the runtime's `RangeError`.
 *
 * @param code - A Partner Center market code.
 * @param locale - A BCP 47 language tag.
 * @returns The market's name in `locale`.
 * @throws {@link RuleError} `UNKNOWN_MARKET` (path `code`) when `code` is not a market code;
 *   `INVALID_ARGUMENT` (path `locale`) when `locale` is not a valid language tag.
 * @example
 * ```ts
 * import { marketName } from 'subscription-rules';
 * marketName('SZ');
 * //=> 'Eswatini'
 * marketName('XS');
 * //=> 'Saba'
 * marketName('DE', 'fr');
 * //=> 'Allemagne'
 * ```
 * @category Markets
 */
export function marketName(code: MarketCode, locale = 'en'): string {
  const market = requireMarketCode(code, 'code');
  if (typeof locale !== 'string') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a language tag', locale);
  }
  const english = marketNames[market];
  // No ISO 3166-1 code starts with X: these are Partner Center's own.
  if (market.startsWith('X') || typeof Intl.DisplayNames !== 'function') return english;
  if (last?.locale !== locale) {
    try {
      last = { locale, names: new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }) };
    } catch {
      fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a BCP 47 language tag', locale);
    }
  }
  return last.names.of(market) ?? english;
}
