import { parseInstant } from '../../../time/parseInstant.ts';
import type { DeadlineType } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';
import { nextTerm, startTerms } from './renewal.ts';
import { deadlineTable } from './table.ts';

/**
 * Applies a time-driven event at `at` to a draft state, in place, as its row of the deadline table
 * says (LC-2, LC-4, LC-7, LC-8): its status, and its change to the run of terms, on time or
 * `caughtUp` by a reactivation (when a renewal restarts the run at `at` instead of continuing it
 * from `termAnchor`, TIME-4).
 */
export function applyDeadline(
  s: DraftSubscription,
  type: DeadlineType,
  at: string,
  atMs: number,
  caughtUp: boolean,
): void {
  const row = deadlineTable[type];
  const terms = caughtUp ? row.caughtUp : row.onTime;
  s.asOf = at;
  s.status = row.status;
  if (terms === 'start') startTerms(s, at, atMs);
  else if (terms === 'next') nextTerm(s, parseInstant(s.termAnchor, 'subscription.termAnchor'));
}
