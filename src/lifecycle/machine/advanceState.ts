import { fail } from '../../_internal/fail.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Deadline, Subscription } from '../types.ts';
import { applyDeadline } from './applyDeadline.ts';
import { deadlineOf } from './deadlineOf.ts';

/** Most time-driven events one call may apply (SPEC LC-10): advance in steps past that. */
const MAX_EVENTS = 10_000;

/**
 * Applies, in order, every time-driven event at or before `toMs`, pushing each onto `events`, and
 * returns the state with `asOf` = `to` (SPEC LC-10). Time comes from {@link deadlineOf} alone.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` past {@link MAX_EVENTS} events.
 */
export function advanceState(
  s: Subscription,
  toMs: number,
  to: string,
  events: Deadline[],
): Subscription {
  let state = s;
  let count = 0;
  for (let next = deadlineOf(state); next !== null; next = deadlineOf(state)) {
    const atMs = parseInstant(next.at, 'subscription');
    if (atMs > toMs) break;
    if (++count > MAX_EVENTS) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'to',
        `expected at most ${MAX_EVENTS} time-driven events in one advance (advance in steps)`,
        to,
      );
    }
    state = applyDeadline(state, next.type, next.at, atMs, false);
    events.push(next);
  }
  return state.asOf === to ? state : { ...state, asOf: to };
}
