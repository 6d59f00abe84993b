import { formatDerivedInstant } from '../../../time/formatDerivedInstant.ts';
import type { Term } from '../../../time/Term.ts';
import { termEndAt } from '../../../time/termEndAt.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * The renewal formula, in place (LC-4, TIME-4): the next term of the run starts where the
 * current one ends, and ends `termNumber` terms after `termAnchor`, the run's first start (never one
 * term after the last end, so a term from the 31st comes back to the 31st). Every renewal goes
 * through here: one at a time ({@link applyDeadline}), a run of them ({@link advanceState}), and
 * the first term of a new run ({@link startTerms}).
 *
 * @param s - A draft with a term; its `termEnd` becomes its `termStart`.
 * @param anchorMs - `termAnchor` in epoch milliseconds (a caller renewing many times parses it once).
 * @param fromPath - The caller's field the term's start comes from, named if its end falls past
 *   the year 9999.
 * @returns The new `termEnd` in epoch milliseconds.
 */
export function nextTerm(
  s: DraftSubscription,
  anchorMs: number,
  fromPath = 'subscription.termEnd',
): number {
  s.termNumber += 1;
  s.termStart = s.termEnd;
  const endMs = termEndAt(anchorMs, s.term as Term, s.termNumber);
  s.termEnd = formatDerivedInstant(endMs, 'termEnd', s.termStart as string, fromPath);
  return endMs;
}

/**
 * Starts a new run of terms at `at`, in place (LC-2, LC-7): a trial that converts, or a renewal
 * that a reactivation catches up. The trial, if any, is over; `at` is the new anchor, and the first
 * term is the anchor's {@link nextTerm}; `fromPath` names the caller's field `at` comes from.
 */
export function startTerms(
  s: DraftSubscription,
  at: string,
  atMs: number,
  fromPath = 'subscription.termEnd',
): void {
  s.trialEndsAt = null;
  s.termAnchor = at;
  s.termNumber = 0;
  s.termEnd = at;
  nextTerm(s, atMs, fromPath);
}
