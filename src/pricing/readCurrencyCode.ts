import type { CurrencyCode } from './CurrencyCode.ts';
import { currencyExponents } from './data/currencyExponents.ts';

/**
 * The one currency rule for codes typed by people (PRICE-1): three ASCII letters in any case that
 * name an active ISO 4217 code once in upper case — `usd`, `Usd` and `USD` are all `USD`; `XXX`,
 * `US$`, ` USD` and `toString` are no code. `money()` (and so the playground), the schemas entry
 * and the command line all read a currency through it, so none of them accepts a code another
 * refuses.
 *
 * Decided: the case is forgiven because a code is unambiguous in either case and people write
 * `usd`; nothing else is (no spaces trimmed, no symbols, no withdrawn codes). Only ASCII letters are
 * upper-cased, so `ınr` (dotless i), which `toUpperCase()` would make `INR`, is no code. A
 * {@link Money} value already holds the code in upper case; functions that take one check it as it
 * is and do not call this.
 *
 * @param value - A code as typed, or anything else.
 * @returns The code in upper case, or `undefined` when `value` is not one; the caller says why in
 *   its own terms (a `RuleError` `UNKNOWN_CURRENCY`, a schema issue, a flag's message).
 */
export function readCurrencyCode(value: unknown): CurrencyCode | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value)) return undefined;
  const code = value.toUpperCase();
  return Object.hasOwn(currencyExponents, code) ? (code as CurrencyCode) : undefined;
}
