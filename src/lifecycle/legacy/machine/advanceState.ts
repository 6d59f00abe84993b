import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { isAtOrBefore } from '../../../time/isAtOrBefore.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { Deadline, Subscription } from '../types.ts';
import { applyDeadline } from './applyDeadline.ts';
import { cloneState, type DraftSubscription } from './cloneState.ts';
import { deadlineOf } from './deadlineOf.ts';
import { nextTerm } from './renewal.ts';

/** Most time-driven events one call may apply (LC-10): advance in steps past that. */
const MAX_EVENTS = 10_000;

function tooMany(to: string): never {
  return fail(
    RuleErrorCode.INVALID_ARGUMENT,
    'to',
    'expected at most {max} time-driven events in one advance (advance in steps)',
    to,
    MAX_EVENTS,
  );
}

/**
 * Applies, in order, every time-driven event at or before `to`, pushing each onto `events`, and
 * returns a fresh draft state with `asOf` = `to` (LC-10). Time comes from {@link deadlineOf}
 * alone; what each event does, from {@link applyDeadline}. A run of renewals parses the anchor once
 * and compares epoch milliseconds, one {@link nextTerm} after another.
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
      const anchorMs = parseInstant(state.termAnchor, 'subscription.termAnchor');
      let endMs = parseInstant(next.at, 'subscription.termEnd');
      while (endMs <= toMs) {
        if (events.length - start >= MAX_EVENTS) tooMany(to);
        events.push({ type: 'renewed', at: state.termEnd as string });
        endMs = nextTerm(state, anchorMs);
      }
      continue;
    }
    if (events.length - start >= MAX_EVENTS) tooMany(to);
    applyDeadline(state, next.type, next.at, parseInstant(next.at, 'subscription'), false);
    events.push(next);
  }
  state.asOf = to;
  return state;
}
