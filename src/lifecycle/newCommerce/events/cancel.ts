import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceCancelEvent } from '../eventTypes.ts';
import { cancelDecision } from '../machine/cancelDecision.ts';
import { creditAt } from '../machine/charges.ts';
import type { NewCommerceDraft } from '../machine/cloneState.ts';
import { type CreditPart, creditFor } from '../machine/credit.ts';
import type { EventContext, EventHandler } from '../machine/EventHandler.ts';
import { accepted, refused } from '../machine/results.ts';
import type { NewCommerceTransitionResult } from '../resultTypes.ts';

/**
 * `cancel` (NCE-4, NCE-7, NCE-11): a marketplace SaaS trial ends at no cost; a Microsoft trial
 * takes no cancellation (turn auto-renew off instead); a running subscription asks the decision
 * for its current term: a credit for every seat and `cancelled` now, a SaaS cancellation scheduled
 * for the term's end (active only), or `NOT_CANCELLABLE` after the window. In an Extended Service
 * Term, any time, for the month's unused days (EST-4).
 */
/**
 * A cancellation inside an Extended Service Term (EST-4): no window, `cancelled` at once, the
 * month's unused days credited for every seat by NCE-5 (the day of `at` used).
 */
function cancelEst(state: NewCommerceDraft, context: EventContext): NewCommerceTransitionResult {
  const { at, atMs } = context;
  const credit = creditFor(state, state.quantity, atMs, false);
  const effect = creditAt(
    state,
    'cancel',
    'prorated-credit',
    state.quantity,
    at,
    atMs,
    credit,
    'EST-4',
  );
  state.status = 'cancelled';
  return accepted(state, context, [effect]);
}

export const cancel: EventHandler<NewCommerceCancelEvent> = {
  from: ['trial', 'active', 'suspended'],
  read() {},
  apply(_event, context) {
    const { state } = context;
    if (state.status === 'trial') {
      if (state.product !== 'marketplace-saas') {
        return refused(
          'NOT_ALLOWED',
          say(t, 'lifecycle.refused.trial-cancel', {
            product: state.product,
            trialEndsAt: state.trialEndsAt as string,
          }),
        );
      }
      state.status = 'cancelled';
      return accepted(state, context);
    }
    // in an Extended Service Term: at any time, the month's unused days back (EST-4)
    if (state.extendedServiceTerm !== undefined) return cancelEst(state, context);
    if (state.cancelAtRenewal)
      return refused(
        'CANCELLATION_SCHEDULED',
        say(t, 'lifecycle.refused.cancellation-scheduled', { termEnd: state.termEnd as string }),
      );
    const decision = cancelDecision(state, context.at);
    switch (decision.outcome) {
      case 'full-credit':
      case 'prorated-credit':
      case 'no-refund': {
        // a credit over the state's own billing periods, which know the term's anchor (NCE-11:
        // the last one ends at termEnd) and what a short period charged (MID-3); a purchase only
        // knows the term's start
        const parts: CreditPart[] = [];
        const credit =
          decision.outcome === 'no-refund'
            ? decision.credit
            : creditFor(
                state,
                state.quantity,
                context.atMs,
                decision.outcome === 'full-credit',
                parts,
              );
        const effect = creditAt(
          state,
          'cancel',
          decision.outcome,
          state.quantity,
          context.at,
          context.atMs,
          credit,
          decision.rule,
        );
        // a full credit of seats added inside the period: one credit per charge it reverses
        const effects =
          parts.length < 2
            ? [effect]
            : parts
                .filter((part) => part[0] > 0)
                .map(([quantity, amount, days]) => ({
                  ...effect,
                  quantity,
                  credit: { amount, currency: (credit as Money).currency },
                  days,
                }));
        state.status = 'cancelled';
        state.scheduled = null;
        // a billing frequency change waiting ends with the subscription (MID-5)
        delete state.pendingBillingFrequency;
        return accepted(state, context, effects);
      }
      case 'cancel-at-renewal':
        if (state.status === 'active') {
          state.cancelAtRenewal = true;
          state.autoRenew = false;
          state.endOfTerm = 'cancel';
          state.scheduled = null;
          return accepted(state, context, [
            { type: 'cancellation-scheduled', at: state.termEnd as string, rule: decision.rule },
          ]);
        }
        return refused(
          'NOT_CANCELLABLE',
          say(t, 'lifecycle.refused.window-closed-reactivate', {
            termStart: state.termStart as string,
          }),
        );
      default: // not-cancellable (a New Commerce decision never asks for a support request)
        return refused('NOT_CANCELLABLE', decision);
    }
  },
};
