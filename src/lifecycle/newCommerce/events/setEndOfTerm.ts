import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { extendedServiceTermMessages as e } from '../../../messages/en/newCommerce/extendedServiceTerm.ts';
import { say } from '../../../messages/say.ts';
import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { SetEndOfTermEvent } from '../eventTypes.ts';
import { bad } from '../machine/bad.ts';
import { chooseEndOfTerm } from '../machine/chooseEndOfTerm.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { estEligibility, estRules } from '../machine/estEligibility.ts';
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
    const { action, basePrice, monthlyPlan } = event;
    if (!(END_OF_TERM_ACTIONS as readonly unknown[]).includes(action))
      bad('event.action', 'expected one of {allowed}', action, END_OF_TERM_ACTIONS.join(', '));
    // the base is read with the state's seats and currency where it is applied
    if (basePrice !== undefined && action !== 'extended-service-term')
      bad('event.basePrice', 'expected none unless action is extended-service-term', basePrice);
    if (monthlyPlan !== undefined && (basePrice === undefined || typeof monthlyPlan !== 'boolean'))
      bad('event.monthlyPlan', 'expected true or false, with a basePrice', monthlyPlan);
  },
  apply(event, context) {
    const { state } = context;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    // only an eligible term continues into an Extended Service Term (EST-1), the refusal says why
    const reason = event.action === 'extended-service-term' ? estEligibility(state) : 'eligible';
    if (reason !== 'eligible')
      return refused('NOT_ALLOWED', say(e, 'lifecycle.nce.refused.est-not-eligible', { reason }));
    if (state.cancelAtRenewal && event.action !== 'cancel')
      return refused(
        'CANCELLATION_SCHEDULED',
        say(t, 'lifecycle.refused.auto-renew-blocked', { termEnd: state.termEnd as string }),
      );
    if (event.basePrice !== undefined) {
      const path = 'event.basePrice';
      const base = {
        basePrice: readPlanPrice(event.basePrice, state.quantity, path, state.price),
        monthlyPlan: event.monthlyPlan ?? true,
      };
      // the month's price, uplift included, must stay a safe integer for every seat (PRICE-1); the
      // state is eligible here, so its policy has the section
      readPlanPrice(
        estQuote(base, estRules(state) as ExtendedServiceTermRules).unitPrice,
        state.quantity,
        path,
        null,
      );
      state.extendedServiceTermBase = base;
    }
    return chooseEndOfTerm(state, event.action, context, false);
  },
};
