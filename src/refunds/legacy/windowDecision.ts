import { MS_PER_DAY } from '../../kernel/units.ts';
import { legacyRefundMessages } from '../../messages/en/legacy/refunds.ts';
import { english } from '../../messages/english.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { WindowCancellation } from '../../policy/types.ts';
import { windowEndAt } from '../../policy/windowEndAt.ts';
import { windowLength } from '../../policy/windowLength.ts';
import type { Money } from '../../pricing/money.ts';
import { roundHalfUp } from '../../pricing/rounding/roundHalfUp.ts';
import { unusedTermCredit } from '../../pricing/unusedTermCredit.ts';
import { formatDerivedInstant } from '../../time/formatDerivedInstant.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import { statedWindow } from '../_internal/statedWindow.ts';
import type { CancellationDecision } from '../types.ts';

/**
 * The decision of a rule with a window [orderedAt, orderedAt + window) (TIME-3; REF-1, REF-2,
 * REF-3, REF-5, REF-6, REF-9). Works on epoch milliseconds already checked; formats each output
 * instant once and builds no closure, array or regular expression. A stated full-credit end
 * (`fullCreditUntil`, PCR-1) replaces the computed one: it ends a full-credit window, and before it
 * a prorated rule credits in full.
 *
 * @param rule - The product's window rule.
 * @param policyId - The deciding policy's ID.
 * @param orderedMs - The order, epoch ms.
 * @param atMs - The request, epoch ms, not before the order.
 * @param price - The checked price, if any.
 * @param term - The purchase's term, for a prorated credit.
 * @param currentTermEndMs - The current term's end, epoch ms, after `atMs`, if given.
 * @param fullCreditUntil - The purchase's stated full-credit end, as given.
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
  fullCreditUntil: unknown,
): CancellationDecision {
  const window = rule.window;
  const computedEndMs = windowEndAt(orderedMs, window);
  const full = rule.within === 'full-credit';
  const w = statedWindow(
    undefined,
    fullCreditUntil,
    orderedMs,
    computedEndMs,
    full ? computedEndMs : undefined,
    full,
  );
  const endMs = w.endMs;
  const [count, unit] = windowLength(window);
  // a stated window that differs from the rules' is named as such, without the rules' length
  const at = w.stated ? 'refund.stated' : 'refund';
  const windowEndsAt = formatDerivedInstant(endMs, 'windowEndsAt', orderedMs, 'purchase.orderedAt');
  // built without object spreads, which cost more here than the decision itself
  const params: MessageParams = w.stated ? { windowEndsAt } : { count, unit, windowEndsAt };
  if (atMs >= endMs) {
    if (rule.after === 'not-cancellable') {
      const messageId = `${at}.window-closed` as const;
      return {
        outcome: 'not-cancellable',
        rule: rule.afterRule,
        policyId,
        program: 'legacy',
        messageId,
        params,
        message: english(legacyRefundMessages, messageId, params),
        reason: 'window-closed',
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    if (currentTermEndMs === undefined) {
      const messageId = `${at}.cancel-at-renewal` as const;
      return {
        outcome: 'cancel-at-renewal',
        rule: rule.afterRule,
        policyId,
        program: 'legacy',
        messageId,
        params,
        message: english(legacyRefundMessages, messageId, params),
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    const effectiveAt = formatInstant(currentTermEndMs, 'purchase.currentTermEnd');
    const messageId = `${at}.cancel-at-renewal.at` as const;
    const withEnd: MessageParams = w.stated
      ? { windowEndsAt, effectiveAt }
      : { count, unit, windowEndsAt, effectiveAt };
    return {
      outcome: 'cancel-at-renewal',
      rule: rule.afterRule,
      policyId,
      program: 'legacy',
      messageId,
      params: withEnd,
      message: english(legacyRefundMessages, messageId, withEnd),
      windowEndsAt,
      daysRemaining: 0,
      effectiveAt,
    };
  }
  const daysRemaining = Math.floor((endMs - atMs) / MS_PER_DAY);
  const outcome =
    w.fullMs === undefined ? rule.within : atMs < w.fullMs ? 'full-credit' : 'prorated-credit';
  const messageId = `${at}.${outcome}` as const;
  const message = english(legacyRefundMessages, messageId, params);
  if (price === undefined) {
    return {
      outcome,
      rule: rule.withinRule,
      policyId,
      program: 'legacy',
      messageId,
      params,
      message,
      windowEndsAt,
      daysRemaining,
    };
  }
  const amount =
    outcome === 'full-credit'
      ? price.amount
      : unusedTermCredit(price.amount, orderedMs, termEndAt(orderedMs, term, 1), atMs, roundHalfUp);
  return {
    outcome,
    rule: rule.withinRule,
    policyId,
    program: 'legacy',
    messageId,
    params,
    message,
    windowEndsAt,
    daysRemaining,
    credit: { amount, currency: price.currency },
  };
}
