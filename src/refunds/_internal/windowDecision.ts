import { MS_PER_DAY } from '../../kernel/units.ts';
import { refundMessages } from '../../messages/en/refunds.ts';
import { say } from '../../messages/say.ts';
import type { WindowCancellation } from '../../policy/types.ts';
import { windowEndAt } from '../../policy/windowEndAt.ts';
import { windowLength } from '../../policy/windowLength.ts';
import type { Money } from '../../pricing/money.ts';
import { roundHalfUp } from '../../pricing/rounding/roundHalfUp.ts';
import { unusedTermCredit } from '../../pricing/unusedTermCredit.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import type { CancellationDecision } from '../types.ts';

/**
 * The decision of a rule with a window [orderedAt, orderedAt + window) (TIME-3; REF-1, REF-2,
 * REF-3, REF-5, REF-6, REF-9). Works on epoch milliseconds already checked; formats each output
 * instant once and builds no closure, array or regular expression.
 *
 * @param rule - The product's window rule.
 * @param policyId - The deciding policy's ID.
 * @param orderedMs - The order, epoch ms.
 * @param atMs - The request, epoch ms, not before the order.
 * @param price - The checked price, if any.
 * @param term - The purchase's term, for a prorated credit.
 * @param currentTermEndMs - The current term's end, epoch ms, after `atMs`, if given.
 * @returns The decision.
 */
export function windowDecision(
  rule: WindowCancellation,
  policyId: string,
  orderedMs: number,
  atMs: number,
  price: Money | undefined,
  term: Term,
  currentTermEndMs: number | undefined,
): CancellationDecision {
  const window = rule.window;
  const endMs = windowEndAt(orderedMs, window);
  const [count, unit] = windowLength(window);
  const windowEndsAt = formatInstant(endMs, 'windowEndsAt');
  if (atMs >= endMs) {
    if (rule.after === 'not-cancellable') {
      return {
        outcome: 'not-cancellable',
        rule: rule.afterRule,
        policyId,
        ...say(refundMessages, 'refund.window-closed', { count, unit, windowEndsAt }),
        reason: 'window-closed',
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    if (currentTermEndMs === undefined) {
      return {
        outcome: 'cancel-at-renewal',
        rule: rule.afterRule,
        policyId,
        ...say(refundMessages, 'refund.cancel-at-renewal', { count, unit, windowEndsAt }),
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    const effectiveAt = formatInstant(currentTermEndMs, 'effectiveAt');
    return {
      outcome: 'cancel-at-renewal',
      rule: rule.afterRule,
      policyId,
      ...say(refundMessages, 'refund.cancel-at-renewal.at', {
        count,
        unit,
        windowEndsAt,
        effectiveAt,
      }),
      windowEndsAt,
      daysRemaining: 0,
      effectiveAt,
    };
  }
  const daysRemaining = Math.floor((endMs - atMs) / MS_PER_DAY);
  const outcome = rule.within;
  const message = say(refundMessages, `refund.${outcome}`, { count, unit, windowEndsAt });
  if (price === undefined) {
    return { outcome, rule: rule.withinRule, policyId, ...message, windowEndsAt, daysRemaining };
  }
  const amount =
    outcome === 'full-credit'
      ? price.amount
      : unusedTermCredit(price.amount, orderedMs, termEndAt(orderedMs, term, 1), atMs, roundHalfUp);
  return {
    outcome,
    rule: rule.withinRule,
    policyId,
    ...message,
    windowEndsAt,
    daysRemaining,
    credit: { amount, currency: price.currency },
  };
}
