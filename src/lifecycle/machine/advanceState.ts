import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { isAtOrBefore } from '../../time/isAtOrBefore.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import type { Deadline, Subscription } from '../types.ts';
import { applyDeadline } from './applyDeadline.ts';
import { cloneState, type DraftSubscription } from './cloneState.ts';
import { deadlineOf } from './deadlineOf.ts';

/** Most time-driven events one call may apply (SPEC LC-10): advance in steps past that. */
const MAX_EVENTS = 10_000;

function tooMany(to: string): never {
  return fail(
    RuleErrorCode.INVALID_ARGUMENT,
    'to',
    `expected at most ${MAX_EVENTS} time-driven events in one advance (advance in steps)`,
    to,
  );
}

/**
 * Applies, in order, every time-driven event at or before `to`, pushing each onto `events`, and
 * returns a fresh draft state with `asOf` = `to` (SPEC LC-10). Time comes from {@link deadlineOf}
 * alone; a run of renewals is computed on epoch milliseconds, one term end after another from the
 * anchor, without building a state per renewal.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` past {@link MAX_EVENTS} events.
 */
export function advanceState(
  s: Subscription,
  toMs: number,
  to: string,
  events: Deadline[],
): DraftSubscription {
  const state = cloneState(s);
  const start = events.length;
  for (
    let next = deadlineOf(state);
    next !== null && isAtOrBefore(next.at, to, 'subscription');
    next = deadlineOf(state)
  ) {
    if (next.type === 'renewed') {
      const term = state.term as Term;
      const anchorMs = parseInstant(state.termAnchor, 'subscription.termAnchor');
      let n = state.termNumber;
      let endText = next.at;
      let endMs = parseInstant(endText, 'subscription.termEnd');
      while (endMs <= toMs) {
        if (events.length - start >= MAX_EVENTS) tooMany(to);
        events.push({ type: 'renewed', at: endText });
        state.termStart = endText;
        n += 1;
        endMs = termEndAt(anchorMs, term, n);
        endText = formatInstant(endMs, 'termEnd');
      }
      state.termNumber = n;
      state.termEnd = endText;
      state.asOf = state.termStart as string;
      continue;
    }
    if (events.length - start >= MAX_EVENTS) tooMany(to);
    applyDeadline(state, next.type, next.at, parseInstant(next.at, 'subscription'), false);
    events.push(next);
  }
  state.asOf = to;
  return state;
}
