import { multiplyDivide } from './_internal/multiplyDivide.ts';
import { roundHalfUp } from './rounding/roundHalfUp.ts';

/**
 * An amount's share, exactly: round(amount × part / whole), half away from zero (PRICE-5), in
 * integer arithmetic (BigInt where the product passes 2^53), so the one rounding is the only one.
 * What an area outside pricing prorates with (RES-1: the unused days' share of a reservation's
 * price, the payments not yet due, an amount in USD).
 *
 * @param amount - A safe integer count of minor units.
 * @param part - The share's numerator, an integer.
 * @param whole - Its denominator, an integer ≥ 1.
 * @returns The rounded share; past the safe integers only when `part` > `whole`, which the caller
 *   checks.
 */
export function shareOf(amount: number, part: number, whole: number): number {
  return multiplyDivide(amount, part, whole, roundHalfUp);
}
