import { daysBetween } from '../time/daysBetween.ts';
import { multiplyDivide } from './_internal/multiplyDivide.ts';
import type { RoundingRule } from './rounding/RoundingRule.ts';

/**
 * The arithmetic of PRICE-6 on values already checked: round(amount × unusedDays / termDays),
 * with termDays the UTC days from the term's start to its end (TIME-5), the day of `atMs` counted
 * as used, and unusedDays never below 0 (so an instant at or past the term's end credits nothing).
 * Shared by `prorate` and `cancellationDecision` so both always agree.
 *
 * @param amount - The price in minor units.
 * @param startMs - The term's start, epoch ms.
 * @param endMs - The term's end, epoch ms; at least one UTC day after the start.
 * @param atMs - The instant of the request, epoch ms, not before the start.
 * @param rule - The rounding rule.
 * @returns The credit in minor units.
 */
export function unusedTermCredit(
  amount: number,
  startMs: number,
  endMs: number,
  atMs: number,
  rule: RoundingRule,
): number {
  const termDays = daysBetween(startMs, endMs);
  const unusedDays = Math.max(0, termDays - (daysBetween(startMs, atMs) + 1));
  return multiplyDivide(amount, unusedDays, termDays, rule);
}
