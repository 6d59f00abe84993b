import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import type { DeadlineType } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * Applies a time-driven event at `at` to a draft state, in place (SPEC LC-2, LC-4, LC-7, LC-8). A
 * renewal continues the run of terms from `termAnchor` (TIME-4) unless `restart` is set, when the
 * run restarts at `at` (a trial conversion, or a renewal caught up by a reactivation, LC-7).
 */
export function applyDeadline(
  s: DraftSubscription,
  type: DeadlineType,
  at: string,
  atMs: number,
  restart: boolean,
): void {
  s.asOf = at;
  switch (type) {
    case 'renewed':
    case 'trial-converted': {
      const term = s.term as Term;
      if (restart || type === 'trial-converted') {
        s.status = 'active';
        s.trialEndsAt = null;
        s.termAnchor = at;
        s.termNumber = 1;
        s.termStart = at;
        s.termEnd = formatInstant(termEndAt(atMs, term, 1), 'termEnd');
        return;
      }
      s.termNumber += 1;
      s.termStart = s.termEnd;
      s.termEnd = formatInstant(
        termEndAt(parseInstant(s.termAnchor, 'subscription.termAnchor'), term, s.termNumber),
        'termEnd',
      );
      return;
    }
    case 'cancelled':
      s.status = 'cancelled';
      return;
    case 'expired':
      s.status = 'expired';
      return;
    case 'data-deleted':
      s.status = 'deleted';
  }
}
