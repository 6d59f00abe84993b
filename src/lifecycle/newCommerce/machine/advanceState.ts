import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceDeadline } from '../eventTypes.ts';
import type { NewCommerceSubscription } from '../types.ts';
import { applyDeadline } from './applyDeadline.ts';
import { cloneState, type NewCommerceDraft } from './cloneState.ts';
import { deadlineOf } from './deadlineOf.ts';

/** Most time-driven events one call may apply (LC-10): advance in steps past that. */
const MAX_EVENTS = 10_000;

/**
 * Applies, in order, every time-driven event at or before `toMs`, pushing each onto `events`, and
 * returns a fresh draft with `asOf` = `to` (NCE-8, NCE-10).
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` past {@link MAX_EVENTS} events.
 */
export function advanceState(
  s: NewCommerceSubscription,
  toMs: number,
  to: string,
  events: NewCommerceDeadline[],
): NewCommerceDraft {
  const state = cloneState(s);
  const start = events.length;
  for (let next = deadlineOf(state); next !== null; next = deadlineOf(state)) {
    const atMs = parseInstant(next.at, 'subscription');
    if (atMs > toMs) break;
    if (events.length - start >= MAX_EVENTS) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'to',
        'expected at most {max} time-driven events in one advance (advance in steps)',
        to,
        MAX_EVENTS,
      );
    }
    events.push(applyDeadline(state, next.type, next.at, atMs));
  }
  state.asOf = to;
  return state;
}
