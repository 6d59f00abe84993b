import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/** The message of a price too large for its quantity (shared with refunds). */
const PRICE = 'expected a price ≥ 0 (times the quantity, a safe integer)';

/**
 * Checks that a unit price's amount is ≥ 0 and, times `quantity`, a safe integer (PRICE-1). A
 * negative price is told as such, not as a price too large.
 *
 * @throws {@link RuleError} `INVALID_AMOUNT` at `path`.
 */
export function checkLinePrice(amount: number, quantity: number, path: string): void {
  if (amount < 0) fail(RuleErrorCode.INVALID_AMOUNT, path, 'must not be negative', amount);
  if (!Number.isSafeInteger(amount * quantity))
    fail(RuleErrorCode.INVALID_AMOUNT, path, PRICE, amount);
}
