import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/**
 * Checks a licence quantity (LC-1, LC-9, PRICE-4): an integer ≥ 1 that is a safe integer.
 *
 * @param value - The quantity as given.
 * @param path - Its dot path (`input.quantity`, `event.quantity`).
 * @returns The quantity.
 * @throws {@link RuleError} `MISSING_FIELD` when absent, `INVALID_QUANTITY` otherwise.
 */
export function readQuantity(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_QUANTITY,
      path,
      'expected an integer ≥ 1',
      value,
    );
  }
  return value as number;
}
