import type { PolicyDuration } from '../../../policy/types.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { windowEndAt } from '../../../policy/windowEndAt.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { newCommerceTermEndAt } from '../../../time/newCommerceTermEndAt.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { SeatBatch } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { cancellationWindow, policyIdAt } from './policyRules.ts';

/**
 * A batch of `quantity` seats added at `at` (NCE-6): reducible until the end of the licence-based
 * window from `at` under the state's policy; never reducible for the other products.
 */
export function seatBatch(
  s: NewCommerceDraft,
  quantity: number,
  at: string,
  atMs: number,
): SeatBatch {
  return {
    quantity,
    addedAt: at,
    reducibleUntil:
      s.product === 'license-based'
        ? formatInstant(
            windowEndAt(
              atMs,
              cancellationWindow(s.policyId, 'license-based', null) as PolicyDuration,
            ),
            'reducibleUntil',
          )
        : null,
  };
}

/**
 * Starts a term at `at`, in place (NCE-8, NCE-11): a trial's conversion (`first`) or a renewal. The
 * policy becomes the one in force at `at`; the scheduled changes apply and are cleared; the whole
 * quantity becomes one batch added at `at`; windows a resource stated for the old term are
 * dropped (PCR-1). Term ends count from the run's anchor (NCE-3), which
 * restarts when the term's length changes.
 *
 * @returns The new `policyId` when it changed, else `undefined`.
 */
export function startTerm(
  s: NewCommerceDraft,
  at: string,
  atMs: number,
  first: boolean,
): string | undefined {
  const scheduled = s.scheduled;
  const term = (scheduled?.term ?? s.term) as NewCommerceTerm;
  if (first || term !== s.term) {
    s.termAnchor = at;
    s.termNumber = 1;
  } else {
    s.termNumber += 1;
  }
  if (scheduled !== null) {
    s.term = term;
    s.billingFrequency = scheduled.billingFrequency ?? s.billingFrequency;
    s.quantity = scheduled.quantity ?? s.quantity;
    s.price = scheduled.price ?? s.price;
    s.scheduled = null;
  }
  const policyId = policyIdAt(atMs);
  const changed = policyId !== s.policyId ? policyId : undefined;
  s.policyId = policyId;
  s.status = 'active';
  s.trialEndsAt = null;
  s.termStart = at;
  s.termEnd = formatInstant(
    newCommerceTermEndAt(
      parseInstant(s.termAnchor, 'subscription.termAnchor'),
      NEW_COMMERCE_TERM_MONTHS[term],
      s.termNumber,
    ),
    'termEnd',
  );
  s.seats = [seatBatch(s, s.quantity, at, atMs)];
  // the windows Partner Center stated described the old term (PCR-1)
  delete s.cancellableUntil;
  delete s.fullCreditUntil;
  return changed;
}
