import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceDraft } from '../../lifecycle/newCommerce/machine/cloneState.ts';
import {
  estEligible,
  estRules,
  newestEstRules,
} from '../../lifecycle/newCommerce/machine/estEligibility.ts';
import { estQuote } from '../../lifecycle/newCommerce/machine/estQuote.ts';
import { readPlanPrice } from '../../lifecycle/newCommerce/machine/readPlanPrice.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';

/**
 * The state read with the caller's Extended Service Term base (EST-3, EST-7), checked as
 * `set-end-of-term` checks one: a price of one month, × the seats a safe integer with the uplift
 * too, in the currency of the state's price. An eligible term keeps it for the months after its
 * end; a state read as in its Extended Service Term takes it as that term's base, and its month's
 * price when the caller gave no `price`. Any other state is returned as it is.
 *
 * @throws {@link RuleError} at `options.extendedServiceTermBase…` for a bad base.
 */
export function withEstBase(
  state: NewCommerceSubscription,
  options: PartnerCenterReadOptions,
): NewCommerceSubscription {
  const given = options.extendedServiceTermBase;
  if (given === undefined) return state;
  const path = 'options.extendedServiceTermBase';
  if (typeof given !== 'object' || given === null)
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object', given);
  const monthlyPlan = given.monthlyPlan ?? true;
  if (typeof monthlyPlan !== 'boolean')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.monthlyPlan`,
      'expected true or false',
      monthlyPlan,
    );
  const est = state.extendedServiceTerm;
  if (est === undefined && !estEligible(state)) return state;
  const base = {
    basePrice: readPlanPrice(given.basePrice, state.quantity, `${path}.basePrice`, state.price),
    monthlyPlan,
  };
  const quote = estQuote(base, estRules(state) ?? newestEstRules());
  // the month's price, uplift included, must stay a safe integer for every seat (PRICE-1)
  readPlanPrice(quote.unitPrice, state.quantity, `${path}.basePrice`, null);
  const d = { ...state } as NewCommerceDraft;
  if (est === undefined) d.extendedServiceTermBase = base;
  else {
    d.extendedServiceTerm = { since: est.since, basePrice: quote.basePrice, uplift: quote.uplift };
    if (options.price === undefined) d.price = quote.unitPrice;
  }
  return d as NewCommerceSubscription;
}
