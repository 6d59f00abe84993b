import { MS_PER_DAY } from '../../../kernel/units.ts';
import type { PolicyDuration } from '../../../policy/types.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { windowEndAt } from '../../../policy/windowEndAt.ts';
import { formatDerivedInstant } from '../../../time/formatDerivedInstant.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { newCommerceTermEndAt } from '../../../time/newCommerceTermEndAt.ts';
import { parseCalendarDate } from '../../../time/parseCalendarDate.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { SeatBatch } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { cancellationWindow, policyIdAt } from './policyRules.ts';

/**
 * A batch of `quantity` seats added at `at` (NCE-6): reducible until the end of the licence-based
 * window from `at` under the state's policy; never reducible for the other products, nor in an
 * Extended Service Term (EST-4).
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
    // a month of Extended Service Term takes no reduction (EST-4)
    reducibleUntil:
      s.product === 'license-based' && s.extendedServiceTerm === undefined
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
 * Starts a term at `at`, in place (NCE-8, NCE-11, MID-1, MID-3): a trial's conversion or a term
 * change (`first`), or a renewal. The policy becomes the one in force at `at`; the scheduled
 * changes apply and are cleared; the whole quantity becomes one batch added at `at`; windows a
 * resource stated for the old term and a billing frequency change of it are dropped (PCR-1,
 * MID-2). Term ends count from the run's anchor (NCE-3), which restarts when the term's length
 * changes, after an aligned term and with one (MID-3: an aligned term ends at 00:00Z after its
 * `customTermEndDate`, or at `endMs` when given; the terms after it are nominal, anchored on its
 * end). A term that would end past the year 9999 is named by `fromPath`, the caller's field `at`
 * comes from.
 *
 * @returns The new `policyId` when it changed, else `undefined`.
 */
export function startTerm(
  s: NewCommerceDraft,
  at: string,
  atMs: number,
  first: boolean,
  endMs?: number,
  fromPath = 'subscription.termEnd',
): string | undefined {
  const scheduled = s.scheduled;
  const term = (scheduled?.term ?? s.term) as NewCommerceTerm;
  const months = NEW_COMMERCE_TERM_MONTHS[term];
  const custom = scheduled?.customTermEndDate;
  const alignedEnd =
    endMs ??
    (custom === undefined
      ? undefined
      : parseCalendarDate(custom, 'subscription.scheduled.customTermEndDate') + MS_PER_DAY);
  if (first || term !== s.term || alignedEnd !== undefined || endedAligned(s)) {
    s.termAnchor = at;
    s.termNumber = 1;
  } else {
    s.termNumber += 1;
  }
  if (scheduled !== null) {
    s.term = term;
    s.billingFrequency = scheduled.billingFrequency ?? s.billingFrequency;
    s.quantity = scheduled.quantity ?? s.quantity;
    // a renewal into another plan without its price is unpriced, never billed at the old plan's
    // (PCR details, decided 2026-11-28: a resource does not carry the new plan's price)
    const samePlan = scheduled.term === null && scheduled.billingFrequency === null;
    s.price = scheduled.price ?? (samePlan ? s.price : null);
    s.scheduled = null;
  }
  const policyId = policyIdAt(atMs);
  const changed = policyId !== s.policyId ? policyId : undefined;
  s.policyId = policyId;
  s.status = 'active';
  s.trialEndsAt = null;
  s.termStart = at;
  s.termEnd = formatDerivedInstant(
    alignedEnd ??
      newCommerceTermEndAt(
        parseInstant(s.termAnchor, 'subscription.termAnchor'),
        months,
        s.termNumber,
      ),
    'termEnd',
    at,
    fromPath,
  );
  s.seats = [seatBatch(s, s.quantity, at, atMs)];
  // the windows Partner Center stated, and a billing frequency change, were the old term's
  delete s.cancellableUntil;
  delete s.fullCreditUntil;
  delete s.pendingBillingFrequency;
  delete s.billingPeriodsFrom;
  return changed;
}

/**
 * Whether the term a state is in ends before its nominal end (MID-3): an aligned first term, or a
 * term read with an earlier end. The next term then starts a new run anchored on that end.
 */
export function endedAligned(s: NewCommerceDraft): boolean {
  if (s.termEnd === null || s.termAnchor === null || s.term === null) return false;
  return (
    parseInstant(s.termEnd, 'subscription.termEnd') !==
    newCommerceTermEndAt(
      parseInstant(s.termAnchor, 'subscription.termAnchor'),
      NEW_COMMERCE_TERM_MONTHS[s.term],
      s.termNumber,
    )
  );
}
