import type { Money } from '../pricing/money.ts';
import { readMoney } from '../pricing/readMoney.ts';
import { checkLinePrice } from './_internal/checkLinePrice.ts';

/**
 * Reads a unit price where it enters a subscription (PRICE-1, NCE-11, decided 2026-11-24): money
 * whose amount is ≥ 0 and, times `quantity` — the most seats the state can hold with it — a safe
 * integer, so no later credit or charge of those seats can leave the safe integers. Returns a fresh
 * object: the state never shares the caller's.
 *
 * @param value - The price as given.
 * @param quantity - The seats it will be charged for (an integer ≥ 1, already checked).
 * @param path - The caller's field, e.g. `input.price`.
 * @throws {@link RuleError} `INVALID_AMOUNT` at `<path>.amount`, and readMoney's errors.
 */
export function readUnitPrice(value: unknown, quantity: number, path: string): Money {
  const price = readMoney(value, path);
  checkLinePrice(price.amount, quantity, `${path}.amount`);
  return { amount: price.amount, currency: price.currency };
}
