import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { compareExact, type Exact, readExact } from './exact.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/**
 * A caller's decimal (ERR-1): decimal text as the file dialect writes it, or a number read
 * through `String(n)`.
 *
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` at `path`.
 */
export function requireDecimal(value: unknown, path: string): Exact {
  const read = typeof value === 'string' || typeof value === 'number' ? readExact(value) : null;
  if (read === undefined || read === null)
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected text of the form {pattern}',
      value,
      '-1234.56',
    );
  return read;
}

/**
 * A caller's percentage, 0 to 100 (ERR-1); `undefined` is `fallback`.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `path`.
 */
export function requirePercentage(value: unknown, path: string, fallback: Exact): Exact {
  if (value === undefined) return fallback;
  const read = requireDecimal(value, path);
  if (read.units < 0n || compareExact(read, HUNDRED) > 0)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a percentage from 0 to 100 as decimal text',
      value,
    );
  return read;
}

/**
 * A caller's currency (ERR-1): an active ISO 4217 code in upper case.
 *
 * @throws {@link RuleError} `MISSING_FIELD` or `UNKNOWN_CURRENCY` at `path`.
 */
export function requireCurrency(value: unknown, path: string): CurrencyCode {
  if (typeof value !== 'string' || !Object.hasOwn(currencyExponents, value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.UNKNOWN_CURRENCY,
      path,
      'expected an active ISO 4217 code in upper case',
      value,
    );
  return value as CurrencyCode;
}

/**
 * A caller's object (ERR-1).
 *
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` at `path`.
 */
export function requireObject(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected an object',
      value,
    );
  return value as Readonly<Record<string, unknown>>;
}
