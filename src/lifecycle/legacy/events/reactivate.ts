import { parseInstant } from '../../../time/parseInstant.ts';
import { accepted } from '../machine/accepted.ts';
import { deadlineOf } from '../machine/deadlineOf.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { ReactivateEvent } from '../types.ts';

/**
 * `reactivate` (LC-7, SUS-3): back to the status before the suspension. A trial end or term
 * end that passed while suspended (or falls exactly now) takes effect now, once, as the deadline
 * table's `caughtUp` column says: the trial converts (or expires), the renewal starts a fresh term
 * anchored now, a scheduled cancellation or an auto-renew that was off ends the subscription now
 * (decided). At or after `expiresAt` the subscription is already `deleted`, so the event never
 * reaches here (`TERMINAL`).
 */
export const reactivate: EventHandler<ReactivateEvent> = {
  read() {},
  apply(_event, context) {
    const { state, at, atMs } = context;
    state.status = state.suspension?.resumeTo ?? 'active';
    state.suspension = null;
    const missed = deadlineOf(state);
    if (missed !== null && parseInstant(missed.at, 'subscription') <= atMs) {
      context.applyDeadline(state, missed.type, at, atMs, true);
      context.events.push({ type: missed.type, at });
    }
    return accepted(state, context);
  },
};
