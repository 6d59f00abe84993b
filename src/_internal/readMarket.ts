import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import type { MarketCode } from '../markets/MarketCode.ts';
import { fail } from './fail.ts';

/**
 * Reads a market argument into its Partner Center code (SPEC MKT-1, MKT-2): a two-letter code in any
 * case (`'au'` → `'AU'`). Names are not read here yet: this is the one place that will call
 * `resolveMarket` once the markets area lands, so every pricing function then accepts names too.
 *
 * @param value - The market.
 * @param path - The dot path to name in an error.
 * @returns The market code, in upper case.
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`; `INVALID_ARGUMENT` when it
 *   is not a string; `UNKNOWN_MARKET` when no market has that code.
 */
export function readMarket(value: unknown, path: string): MarketCode {
  if (typeof value !== 'string') {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a market code',
      value,
    );
  }
  if (Object.hasOwn(marketNames, value)) return value as MarketCode;
  const code = value.length === 2 ? value.toUpperCase() : '';
  if (!Object.hasOwn(marketNames, code)) {
    fail(
      RuleErrorCode.UNKNOWN_MARKET,
      path,
      'expected a Partner Center market code (MKT-1)',
      value,
    );
  }
  return code as MarketCode;
}
