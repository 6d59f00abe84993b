import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { largestRemainder } from './_internal/largestRemainder.ts';
import type { Money } from './money.ts';
import { readMoney } from './readMoney.ts';

/**
 * Splits an amount into parts proportional to integer weights, by largest remainder (PRICE-7):
 * each part is its exact share rounded down, and the minor units left over go one each to the parts
 * whose shares lost the most, ties to the earlier index. The parts sum to the total exactly and each
 * is within one minor unit of its exact share. A negative total (a credit) is split as its absolute
 * value, then every part negated, so `allocate(-x, w)` mirrors `allocate(x, w)`.
 *
 * Decided: a weight of 0 gets a part of 0; the weights' sum must be a safe integer.
 *
 * @param total - The amount to split.
 * @param weights - One non-negative integer weight per part, at least one of them > 0.
 * @returns One amount per weight, in the total's currency.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for no weights, all weights zero, a negative or
 *   non-integer weight (path `weights.<i>`), or weights whose sum is past the safe integers; the
 *   codes of a bad total.
 * @example
 * ```ts
 * import { allocate } from 'subscription-rules';
 * allocate({ amount: 100, currency: 'USD' }, [1, 1, 1]);
 * //=> [{ amount: 34, currency: 'USD' }, { amount: 33, currency: 'USD' }, { amount: 33, currency: 'USD' }]
 * allocate({ amount: -5, currency: 'USD' }, [3, 7]).map((part) => part.amount);
 * //=> [-2, -3]
 * ```
 * @category Prices
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  const { amount, currency } = readMoney(total, 'total');
  if (!Array.isArray(weights) || weights.length === 0) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'weights',
      'expected a non-empty list of weights',
      weights,
    );
  }
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight: unknown = weights[i];
    if (!Number.isSafeInteger(weight) || (weight as number) < 0) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `weights.${i}`,
        'expected an integer weight ≥ 0',
        weight,
      );
    }
    sum += weight as number;
  }
  if (sum === 0 || !Number.isSafeInteger(sum)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'weights',
      'expected weights with a sum > 0 within the safe integers',
      weights,
    );
  }
  const parts = largestRemainder(Math.abs(amount), weights, sum);
  return parts.map((part) => ({ amount: amount < 0 ? -part + 0 : part, currency }));
}
