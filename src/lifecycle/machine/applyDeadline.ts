import { parseInstant } from '../../time/parseInstant.ts';
import type { DeadlineType } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';
import { nextTerm, startTerms } from './renewal.ts';

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
    case 'trial-converted':
      if (restart || type === 'trial-converted') {
        s.status = 'active';
        startTerms(s, at, atMs);
        return;
      }
      nextTerm(s, parseInstant(s.termAnchor, 'subscription.termAnchor'));
      return;
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
