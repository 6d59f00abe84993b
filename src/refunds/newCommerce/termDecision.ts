import { MS_PER_DAY } from '../../kernel/units.ts';
import { newCommerceRefundMessages } from '../../messages/en/newCommerce/refunds.ts';
import type { RefundMessageId } from '../../messages/en/refunds.ts';
import { english } from '../../messages/english.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { TermWindowCancellation, WindowCancellation } from '../../policy/types.ts';
import { windowLength } from '../../policy/windowLength.ts';
import { billingPeriodCredit } from '../../pricing/billingPeriodCredit.ts';
import type { Money } from '../../pricing/money.ts';
import { formatDerivedInstant } from '../../time/formatDerivedInstant.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { statedWindow } from '../_internal/statedWindow.ts';
import type { CancellationDecision } from '../types.ts';
import type { NewCommerceTerm } from './readNewCommerceTerm.ts';
import { termWindowEnds } from './termWindowEnds.ts';

/**
 * The New Commerce decision of a window rule (NCE-3, NCE-4, NCE-5): the window opens at the term's
 * start (the order for perpetual software); a term window gives `firstDay` before 00:00:00Z of the
 * day after that date, `within` later in the window, `after` at and after its end — a window never
 * outlives its term (decided: only a policy of one's own can make it that long). A full credit is
 * P·Q; a prorated one Partner Center's proration over the billing period containing `at` (a product
 * without a term has no period, so nothing is prorated: it is credited whole). A window the
 * purchase states (`cancellableUntil`, `fullCreditUntil`) replaces the computed one (PCR-1); where
 * it differs, the message speaks of the stated window.
 *
 * @param rule - The product's window or term-window rule.
 * @param policyId - The deciding policy's ID.
 * @param term - Where the window opens and how the purchase is billed.
 * @param atMs - The request, epoch ms, not before the term's start.
 * @param price - The checked unit price, if any; `quantity` seats of it.
 * @param quantity - Seats, ≥ 1, with price × quantity a safe integer.
 * @param currentTermEndMs - The current term's end, after `atMs`, if given.
 * @param stated - The purchase's stated windows, as given.
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
  stated: { readonly cancellableUntil?: unknown; readonly fullCreditUntil?: unknown },
): CancellationDecision {
  const termWindow = rule.type === 'term-window';
  const computed = termWindowEnds(rule, term.startMs, term.endMs);
  const firstDayEndMs = computed.firstDayEndMs;
  const w = statedWindow(
    stated.cancellableUntil,
    stated.fullCreditUntil,
    term.startMs,
    computed.endMs,
    computed.fullMs,
    computed.fullOnly,
  );
  // a window never outlives its term, a stated one neither
  const endMs = Math.min(w.endMs, term.endMs);
  const windowEndsAt = formatDerivedInstant(endMs, 'windowEndsAt', term.startMs, term.startPath);
  const [count, unit] = windowLength(rule.window);
  // a stated window that differs from the rules' is named as such, without the rules' length
  const at = w.stated ? 'refund.term.stated' : 'refund.term';
  // built without object spreads, which cost more here than the decision itself
  const params: MessageParams = w.stated ? { windowEndsAt } : { count, unit, windowEndsAt };
  if (atMs >= endMs) {
    const ruleId = termWindow ? rule.rule : rule.afterRule;
    if (rule.after === 'not-cancellable') {
      const messageId = `${at}.window-closed` as const;
      return {
        outcome: 'not-cancellable',
        rule: ruleId,
        policyId,
        program: 'new-commerce',
        messageId,
        params,
        message: english(newCommerceRefundMessages, messageId, params),
        reason: 'window-closed',
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    if (currentTermEndMs === undefined) {
      const messageId = `${at}.cancel-at-renewal` as const;
      return {
        outcome: 'cancel-at-renewal',
        rule: ruleId,
        policyId,
        program: 'new-commerce',
        messageId,
        params,
        message: english(newCommerceRefundMessages, messageId, params),
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
      rule: ruleId,
      policyId,
      program: 'new-commerce',
      messageId,
      params: withEnd,
      message: english(newCommerceRefundMessages, messageId, withEnd),
      windowEndsAt,
      daysRemaining: 0,
      effectiveAt,
    };
  }
  // a stated full-credit end that differs replaces the first day (PCR-1)
  const firstDay = termWindow && atMs < firstDayEndMs && (w.fullMs === undefined || !w.stated);
  const outcome =
    w.fullMs !== undefined
      ? atMs < w.fullMs
        ? 'full-credit'
        : 'prorated-credit'
      : termWindow
        ? firstDay
          ? rule.firstDay
          : rule.within
        : rule.within;
  const daysRemaining = Math.floor((endMs - atMs) / MS_PER_DAY);
  const first = firstDay && outcome === 'full-credit';
  const messageId: RefundMessageId = first ? 'refund.term.first-day' : `${at}.${outcome}`;
  const shown: MessageParams = first ? { windowEndsAt } : params;
  const decision = {
    outcome,
    rule: termWindow ? rule.rule : rule.withinRule,
    policyId,
    program: 'new-commerce' as const,
    messageId,
    params: shown,
    message: english(newCommerceRefundMessages, messageId, shown),
    windowEndsAt,
    daysRemaining,
  };
  if (price === undefined) return decision;
  const amount =
    outcome === 'full-credit' || term.periodMonths === 0
      ? price.amount * quantity
      : billingPeriodCredit(
          price.amount,
          quantity,
          // a purchase's periods count from its term's start (a state knows its anchor)
          { startMs: term.startMs, endMs: term.endMs },
          term.periodMonths,
          atMs,
        );
  return {
    outcome,
    rule: decision.rule,
    policyId,
    program: 'new-commerce',
    messageId,
    params: shown,
    message: decision.message,
    windowEndsAt,
    daysRemaining,
    credit: { amount, currency: price.currency },
  };
}
