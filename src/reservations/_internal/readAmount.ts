import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Money } from '../../pricing/money.ts';
import { readMoney } from '../../pricing/readMoney.ts';

/**
 * Money of at least 0 (RES-1: a price, a cancelled commitment).
 *
 * @param value - The caller's value.
 * @param path - Its dot path.
 * @returns The money, a new object.
 * @throws {@link RuleError} the codes of `readMoney`; `INVALID_AMOUNT` at `<path>.amount` below 0.
 */
export function readAmount(value: unknown, path: string): Money {
  const money = readMoney(value, path);
  if (money.amount < 0) {
    fail(RuleErrorCode.INVALID_AMOUNT, `${path}.amount`, 'must not be negative', money.amount);
  }
  return money;
}
