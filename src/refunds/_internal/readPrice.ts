import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Money } from '../../pricing/money.ts';
import { readMoney } from '../../pricing/readMoney.ts';

/**
 * A purchase's optional price (REF-6, NCE-5): money of at least 0, whose product with the
 * quantity (1 for a legacy purchase) is a safe integer.
 *
 * @throws {@link RuleError} the codes of `readMoney`; `INVALID_AMOUNT` at `purchase.price.amount`.
 */
export function readPrice(value: unknown, quantity: number): Money | undefined {
  if (value === undefined) return undefined;
  const price = readMoney(value, 'purchase.price');
  if (price.amount < 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'purchase.price.amount',
      'must not be negative',
      price.amount,
    );
  if (!Number.isSafeInteger(price.amount * quantity)) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'purchase.price.amount',
      'expected a price ≥ 0 (times the quantity, a safe integer)',
      price.amount,
    );
  }
  return price;
}
