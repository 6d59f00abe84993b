import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Money } from '../../pricing/money.ts';

/**
 * Checks that `quantity` seats at a state's unit price stay a safe integer (PRICE-1): a quantity
 * asked for by an event, whose price the state already holds.
 *
 * @throws {@link RuleError} `INVALID_QUANTITY` at `path`, naming the most seats that price allows.
 */
export function checkSeatsAtPrice(price: Money | null, quantity: number, path: string): void {
  if (price === null || price.amount === 0 || Number.isSafeInteger(price.amount * quantity)) return;
  fail(
    RuleErrorCode.INVALID_QUANTITY,
    path,
    'expected at most {max} seats at the unit price of the subscription',
    quantity,
    Math.floor(Number.MAX_SAFE_INTEGER / price.amount),
  );
}
