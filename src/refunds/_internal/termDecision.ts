import { MS_PER_DAY } from '../../kernel/units.ts';
import { refundMessages } from '../../messages/en/refunds.ts';
import { say } from '../../messages/say.ts';
import type { TermWindowCancellation, WindowCancellation } from '../../policy/types.ts';
import { windowEndAt } from '../../policy/windowEndAt.ts';
import { windowLength } from '../../policy/windowLength.ts';
import { billingPeriodCredit } from '../../pricing/billingPeriodCredit.ts';
import type { Money } from '../../pricing/money.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import type { CancellationDecision } from '../types.ts';
import type { NewCommerceTerm } from './readNewCommerceTerm.ts';

/**
 * The New Commerce decision of a window rule (NCE-3, NCE-4, NCE-5): the window opens at the term's
 * start (the order for perpetual software); a term window gives `firstDay` before 00:00:00Z of the
 * day after that date, `within` later in the window, `after` at and after its end — a window never
 * outlives its term (decided: only a policy of one's own can make it that long). A full credit is
 * P·Q; a prorated one Partner Center's proration over the billing period containing `at` (a product
 * without a term has no period, so nothing is prorated: it is credited whole).
 *
 * @param rule - The product's window or term-window rule.
 * @param policyId - The deciding policy's ID.
 * @param term - Where the window opens and how the purchase is billed.
 * @param atMs - The request, epoch ms, not before the term's start.
 * @param price - The checked unit price, if any; `quantity` seats of it.
 * @param quantity - Seats, ≥ 1, with price × quantity a safe integer.
 * @param currentTermEndMs - The current term's end, after `atMs`, if given.
 * @returns The decision.
 */
export function termDecision(
  rule: WindowCancellation | TermWindowCancellation,
  policyId: string,
  term: NewCommerceTerm,
  atMs: number,
  price: Money | undefined,
  quantity: number,
  currentTermEndMs: number | undefined,
): CancellationDecision {
  const termWindow = rule.type === 'term-window';
  const endMs = Math.min(windowEndAt(term.startMs, rule.window), term.endMs);
  const windowEndsAt = formatInstant(endMs, 'windowEndsAt');
  const [count, unit] = windowLength(rule.window);
  if (atMs >= endMs) {
    const ruleId = termWindow ? rule.rule : rule.afterRule;
    if (rule.after === 'not-cancellable') {
      return {
        outcome: 'not-cancellable',
        rule: ruleId,
        policyId,
        ...say(refundMessages, 'refund.term.window-closed', { count, unit, windowEndsAt }),
        reason: 'window-closed',
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    const effectiveAt =
      currentTermEndMs === undefined ? undefined : formatInstant(currentTermEndMs, 'effectiveAt');
    const decision: CancellationDecision = {
      outcome: 'cancel-at-renewal',
      rule: ruleId,
      policyId,
      ...(effectiveAt === undefined
        ? say(refundMessages, 'refund.term.cancel-at-renewal', { count, unit, windowEndsAt })
        : say(refundMessages, 'refund.term.cancel-at-renewal.at', {
            count,
            unit,
            windowEndsAt,
            effectiveAt,
          })),
      windowEndsAt,
      daysRemaining: 0,
    };
    return effectiveAt === undefined ? decision : { ...decision, effectiveAt };
  }
  const firstDay = termWindow && atMs < startOfUtcDay(term.startMs) + MS_PER_DAY;
  const outcome = termWindow ? (firstDay ? rule.firstDay : rule.within) : rule.within;
  const daysRemaining = Math.floor((endMs - atMs) / MS_PER_DAY);
  const decision = {
    outcome,
    rule: termWindow ? rule.rule : rule.withinRule,
    policyId,
    ...(firstDay && outcome === 'full-credit'
      ? say(refundMessages, 'refund.term.first-day', { windowEndsAt })
      : say(refundMessages, `refund.term.${outcome}`, { count, unit, windowEndsAt })),
    windowEndsAt,
    daysRemaining,
  };
  if (price === undefined) return decision;
  const amount =
    outcome === 'full-credit' || term.periodMonths === 0
      ? price.amount * quantity
      : billingPeriodCredit(price.amount, quantity, term.startMs, term.periodMonths, atMs);
  return { ...decision, credit: { amount, currency: price.currency } };
}
