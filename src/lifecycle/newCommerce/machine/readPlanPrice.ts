import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import type { Money } from '../../../pricing/money.ts';
import { readUnitPrice } from '../../readUnitPrice.ts';

/**
 * The unit price of a new plan (MID-1, MID-2, MID-4): money whose amount times `seats` is a safe
 * integer (PRICE-1, NCE-11), in the currency of the subscription's price when it has one
 * (PRICE-8).
 *
 * @throws {@link RuleError} at `path` for a missing or too large price; `CURRENCY_MISMATCH` at
 *   `path.currency`.
 */
export function readPlanPrice(
  value: unknown,
  seats: number,
  path: string,
  current: Money | null,
): Money {
  const price = readUnitPrice(value, seats, path);
  if (current !== null && price.currency !== current.currency)
    fail(
      RuleErrorCode.CURRENCY_MISMATCH,
      `${path}.currency`,
      'expected {currency}, the currency of the subscription’s price',
      price.currency,
      current.currency,
    );
  return price;
}
