import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { currencyExponents } from './data/currencyExponents.ts';
import type { Money } from './money.ts';

/**
 * Checks a {@link Money} argument cheaply (ERR-1, PRICE-1): an object whose `amount` is a safe
 * integer and whose `currency` is an active ISO 4217 code in upper case.
 *
 * @param value - The argument.
 * @param path - Its dot path, e.g. `price` or `input.listPrice`.
 * @returns A new `{ amount, currency }`: the caller's object is never kept (PURE-1).
 * @throws {@link RuleError} `MISSING_FIELD`, `INVALID_ARGUMENT`, `INVALID_AMOUNT` or `UNKNOWN_CURRENCY`.
 */
export function readMoney(value: unknown, path: string): Money {
  if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, path, 'expected money', value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected money as { amount, currency }', value);
  }
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof currency !== 'string' || !Object.hasOwn(currencyExponents, currency)) {
    fail(
      currency === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.UNKNOWN_CURRENCY,
      `${path}.currency`,
      'expected an active ISO 4217 code in upper case',
      currency,
    );
  }
  if (!Number.isSafeInteger(amount)) {
    fail(
      amount === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_AMOUNT,
      `${path}.amount`,
      'expected a safe integer count of minor units',
      amount,
    );
  }
  return { amount, currency } as Money;
}
