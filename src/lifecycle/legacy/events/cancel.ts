import { decideCancellation } from '../../../refunds/legacy/decideCancellation.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { purchaseOf } from '../machine/purchaseOf.ts';
import { refused } from '../machine/refused.ts';
import type { CancelEvent, Subscription } from '../types.ts';

/**
 * `cancel` (LC-3): in `trial`, cancelled now at no cost and with no effect (decided); in
 * `active`, whatever the refund decision of REF says — credited and cancelled now, scheduled for the
 * term's end (stays active, auto-renew off), or refused `NOT_CANCELLABLE` /
 * `SUPPORT_REQUEST_REQUIRED`, the last two codes of the table's refusal order. A second cancel
 * while one is scheduled never reaches here (`CANCELLATION_SCHEDULED`, checked before).
 */
export const cancel: EventHandler<CancelEvent> = {
  read() {},
  apply(_event, context) {
    const { state, at, policy } = context;
    if (state.status === 'trial') {
      state.status = 'cancelled';
      return accepted(state, context);
    }
    const decision = decideCancellation(purchaseOf(state as Subscription), at, policy);
    switch (decision.outcome) {
      case 'full-credit':
      case 'prorated-credit':
      case 'no-refund': {
        const effect =
          decision.credit === undefined
            ? { type: 'credit' as const, outcome: decision.outcome, rule: decision.rule }
            : {
                type: 'credit' as const,
                outcome: decision.outcome,
                credit: decision.credit,
                rule: decision.rule,
              };
        state.status = 'cancelled';
        return accepted(state, context, [effect]);
      }
      case 'cancel-at-renewal':
        state.cancelAtRenewal = true;
        state.autoRenew = false;
        return accepted(state, context, [
          { type: 'cancellation-scheduled', at: state.termEnd as string, rule: decision.rule },
        ]);
      case 'not-cancellable':
        return refused('NOT_CANCELLABLE', decision);
      case 'support-request':
        return refused('SUPPORT_REQUEST_REQUIRED', decision);
    }
  },
};
