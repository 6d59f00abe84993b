import { MS_PER_DAY } from '../../../kernel/units.ts';
import { windowEndAt } from '../../../policy/windowEndAt.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { startOfUtcDay } from '../../../time/startOfUtcDay.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { cancellationWindow } from './policyRules.ts';

/** What a cancellation of a running (active or suspended) subscription would do at `atMs` (NCE-4). */
export interface CancelDecision {
  readonly outcome:
    | 'full-credit'
    | 'prorated-credit'
    | 'no-refund'
    | 'cancel-at-renewal'
    | 'not-cancellable';
  /** The end of the span the outcome holds for (exclusive), or the scheduled cancellation's instant. */
  readonly until: string | null;
  readonly rule: string;
}

/**
 * The cancellation decision for the current term (NCE-4, NCE-11): licence-based and software
 * subscriptions get a full credit on the term's first UTC day, a prorated one to the window's
 * end, and no cancellation after; marketplace SaaS a full credit in its window and a cancellation
 * scheduled for the term's end after; marketplace usage no refund, at any time (REF-4).
 */
export function cancelDecision(
  s: NewCommerceDraft | NewCommerceSubscription,
  atMs: number,
): CancelDecision {
  if (s.product === 'marketplace-usage')
    return { outcome: 'no-refund', until: null, rule: 'REF-4' };
  const startMs = parseInstant(s.termStart, 'subscription.termStart');
  const window = cancellationWindow(s.policyId, s.product, s.billingFrequency);
  if (window === undefined) return { outcome: 'no-refund', until: null, rule: 'REF-4' };
  const endMs = windowEndAt(startMs, window);
  const end = formatInstant(endMs, 'windowEndsAt');
  if (s.product === 'marketplace-saas') {
    return atMs < endMs
      ? { outcome: 'full-credit', until: end, rule: 'NCE-4' }
      : { outcome: 'cancel-at-renewal', until: s.termEnd, rule: 'NCE-4' };
  }
  const fullMs = startOfUtcDay(startMs) + MS_PER_DAY;
  if (atMs < fullMs && fullMs <= endMs)
    return {
      outcome: 'full-credit',
      until: formatInstant(fullMs, 'fullCreditUntil'),
      rule: 'NCE-4',
    };
  return atMs < endMs
    ? { outcome: 'prorated-credit', until: end, rule: 'NCE-4' }
    : { outcome: 'not-cancellable', until: null, rule: 'NCE-4' };
}
