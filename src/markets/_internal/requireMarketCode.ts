import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { MarketCode } from '../MarketCode.ts';
import { marketCodeOf } from './marketCodeOf.ts';

/**
 * A market code in any letter case, as its upper-case {@link MarketCode} (MKT-1); names are
 * not read here (that is {@link resolveMarket}'s job, and its tables are not needed for a code).
 *
 * @param value - The caller's value.
 * @param path - The dot path of the value, for the error.
 * @returns The market code.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `value` is not a string, `UNKNOWN_MARKET` when
 *   it is not the code of a market.
 */
export function requireMarketCode(value: unknown, path: string): MarketCode {
  if (typeof value !== 'string') {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a market code', value);
  }
  return (
    marketCodeOf(value) ??
    fail(RuleErrorCode.UNKNOWN_MARKET, path, 'expected a Partner Center market code', value)
  );
}
