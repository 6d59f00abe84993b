import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { readMoney } from '../../../pricing/readMoney.ts';
import type { SetEndOfTermEvent } from '../eventTypes.ts';
import { chooseEndOfTerm, refuseIneligible } from '../machine/chooseEndOfTerm.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { estRulesAt } from '../machine/estEligibility.ts';
import { estQuote } from '../machine/estQuote.ts';
import { END_OF_TERM_ACTIONS } from '../machine/readEndOfTerm.ts';
import { readPlanPrice } from '../machine/readPlanPrice.ts';
import { refused } from '../machine/results.ts';

/**
 * `set-end-of-term` (EST-2): what the term's end does — `renew` (auto-renew on), continue into a
 * paid Extended Service Term (EST-3: an eligible subscription only, else `NOT_ALLOWED` naming who
 * can, EST-1), or `cancel` (disabled at once at the term's end when eligible, else expired). A
 * trial takes `renew` or `cancel`. `basePrice` (with `monthlyPlan`) prices the Extended Service
 * Term; a choice of it with no price known warns which price is needed. A scheduled SaaS
 * cancellation keeps the option at `cancel`.
 */
export const setEndOfTerm: EventHandler<SetEndOfTermEvent> = {
  from: ['trial', 'active'],
  read(event) {
    if (!(END_OF_TERM_ACTIONS as readonly unknown[]).includes(event.action))
      fail(
        event.action === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        'event.action',
        'expected one of {allowed}',
        event.action,
        END_OF_TERM_ACTIONS.join(', '),
      );
    const est = event.action === 'extended-service-term';
    if (event.basePrice !== undefined) {
      if (!est)
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'event.basePrice',
          'expected none unless action is extended-service-term',
          event.basePrice,
        );
      readMoney(event.basePrice, 'event.basePrice');
    }
    if (event.monthlyPlan !== undefined) {
      if (event.basePrice === undefined)
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'event.monthlyPlan',
          'expected it only with a basePrice',
          event.monthlyPlan,
        );
      if (typeof event.monthlyPlan !== 'boolean')
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'event.monthlyPlan',
          'expected true or false',
          event.monthlyPlan,
        );
    }
  },
  apply(event, context) {
    const { state } = context;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    if (event.action === 'extended-service-term') {
      const refusal = refuseIneligible(state);
      if (refusal !== undefined) return refusal;
    }
    if (state.cancelAtRenewal && event.action !== 'cancel')
      return refused(
        'CANCELLATION_SCHEDULED',
        say(t, 'lifecycle.refused.auto-renew-blocked', { termEnd: state.termEnd as string }),
      );
    if (event.basePrice !== undefined) {
      const basePrice = readPlanPrice(
        event.basePrice,
        state.quantity,
        'event.basePrice',
        state.price,
      );
      const base = { basePrice, monthlyPlan: event.monthlyPlan ?? true };
      // the month's price, uplift included, must stay a safe integer for every seat (PRICE-1)
      const quote = estQuote(base, estRulesAt(state.termEnd as string) as ExtendedServiceTermRules);
      readPlanPrice(quote.unitPrice, state.quantity, 'event.basePrice', null);
      state.extendedServiceTermBase = base;
    }
    return chooseEndOfTerm(state, event.action, context, false);
  },
};
