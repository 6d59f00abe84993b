import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { findMarket } from './findMarket.ts';
import type { MarketCode } from './MarketCode.ts';

/**
 * The market a code or name stands for (MKT-2), or a `RuleError` at `path`.
 *
 * @param value - The caller's value.
 * @param path - The dot path of the value, for the error.
 * @returns The market code.
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`, `INVALID_ARGUMENT` when it
 *   is not a string, `UNKNOWN_MARKET` when no market answers to it.
 */
export function requireMarket(value: unknown, path: string): MarketCode {
  if (typeof value !== 'string') {
    if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, path, 'expected a market', value);
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a market code or name', value);
  }
  return (
    findMarket(value) ??
    fail(RuleErrorCode.UNKNOWN_MARKET, path, 'expected a Partner Center market code or name', value)
  );
}
