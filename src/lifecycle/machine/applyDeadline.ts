import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import type { DeadlineType, Subscription } from '../types.ts';

/**
 * A new state with a time-driven event applied at `at` (SPEC LC-2, LC-4, LC-7, LC-8). A renewal
 * continues the run of terms from `termAnchor` (TIME-4) unless `restart` is set, when the term run
 * restarts at `at` (a trial conversion, or a renewal caught up by a reactivation, LC-7).
 */
export function applyDeadline(
  s: Subscription,
  type: DeadlineType,
  at: string,
  atMs: number,
  restart: boolean,
): Subscription {
  switch (type) {
    case 'renewed':
    case 'trial-converted': {
      const term = s.term as Term;
      if (restart || type === 'trial-converted') {
        return {
          ...s,
          status: 'active',
          asOf: at,
          trialEndsAt: null,
          termAnchor: at,
          termNumber: 1,
          termStart: at,
          termEnd: formatInstant(termEndAt(atMs, term, 1), 'termEnd'),
        };
      }
      const next = s.termNumber + 1;
      const anchor = parseInstant(s.termAnchor, 'subscription.termAnchor');
      return {
        ...s,
        asOf: at,
        termNumber: next,
        termStart: s.termEnd,
        termEnd: formatInstant(termEndAt(anchor, term, next), 'termEnd'),
      };
    }
    case 'cancelled':
      return { ...s, status: 'cancelled', asOf: at };
    case 'expired':
      return { ...s, status: 'expired', asOf: at };
    case 'data-deleted':
      return { ...s, status: 'deleted', asOf: at };
  }
}
