import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceCancelEvent } from '../eventTypes.ts';
import { cancelDecision } from '../machine/cancelDecision.ts';
import { creditAt } from '../machine/charges.ts';
import { type CreditPart, creditFor } from '../machine/credit.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { accepted, refused } from '../machine/results.ts';

/**
 * `cancel` (NCE-4, NCE-7, NCE-11): a marketplace SaaS trial ends at no cost; a Microsoft trial
 * takes no cancellation (turn auto-renew off instead); a running subscription asks the decision
 * for its current term: a credit for every seat and `cancelled` now, a SaaS cancellation scheduled
 * for the term's end (active only), or `NOT_CANCELLABLE` after the window. In an Extended Service
 * Term, any time, for the month's unused days (EST-4).
 */
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
    if (state.cancelAtRenewal)
      return refused(
        'CANCELLATION_SCHEDULED',
        say(t, 'lifecycle.refused.cancellation-scheduled', { termEnd: state.termEnd as string }),
      );
    // in an Extended Service Term: at any time, the month's unused days back by NCE-5 (EST-4)
    const decision =
      state.extendedServiceTerm === undefined
        ? cancelDecision(state, context.at)
        : ({ outcome: 'prorated-credit', rule: 'EST-4' } as const);
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
