import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { extendedServiceTermMessages as e } from '../../../messages/en/newCommerce/extendedServiceTerm.ts';
import { midTermMessages as m } from '../../../messages/en/newCommerce/midTerm.ts';
import { say } from '../../../messages/say.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { readQuantity } from '../../_internal/readQuantity.ts';
import type { ChangeTermEvent } from '../eventTypes.ts';
import { billed, chargeAt, creditAt } from '../machine/charges.ts';
import { creditFor } from '../machine/credit.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { planPrice } from '../machine/planPrice.ts';
import { promoteTerm } from '../machine/promoteTerm.ts';
import { readBillingFields } from '../machine/readBillingFields.ts';
import { requireSoldPlan } from '../machine/requireSoldPlan.ts';
import { accepted, refused } from '../machine/results.ts';
import { startTerm } from '../machine/terms.ts';

/**
 * `change-term` (MID-1, MID-5): a licence-based subscription moves to a longer term now. The
 * current billing period's unused days are credited for every seat by NCE-5 (the day of `at`
 * used, also on the term's first day); a new term starts at `at` under the policy in force then,
 * with its own cancellation window and one batch of every seat; its first billing period is
 * charged whole at the new price: the event's `price`, else the price list's row for the new
 * term and billing frequency at `at` (PL-3), the charge naming it (`priceFrom`). Drops the scheduled renewal changes and a billing frequency
 * change waiting. A term that is not longer is refused `NOT_ALLOWED` (Partner Center never
 * shortens a term mid-term); another product `NOT_SUPPORTED`. From an Extended Service Term
 * (EST-4) it converts to a committed term at `at` with the `quantity` given (default every seat),
 * crediting the month's unused days; elsewhere a `quantity` is refused `NOT_ALLOWED`.
 */
export const changeTerm: EventHandler<ChangeTermEvent> = {
  from: ['active'],
  read(event) {
    readBillingFields(event.term, event.billingFrequency, event.price, [true, true, false]);
    if (event.quantity !== undefined) readQuantity(event.quantity, 'event.quantity');
  },
  check(event, state) {
    requireSoldPlan(state.product, event.term, event.billingFrequency, 'event.term');
  },
  apply(event, context) {
    const { state, atMs, at } = context;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    const current = state.term as keyof typeof NEW_COMMERCE_TERM_MONTHS;
    const termEnd = state.termEnd as string;
    // leaving an Extended Service Term takes any term: it is no committed term (EST-4, EST-7)
    const est = state.extendedServiceTerm !== undefined;
    if (!est && NEW_COMMERCE_TERM_MONTHS[event.term] <= NEW_COMMERCE_TERM_MONTHS[current])
      return refused(
        'NOT_ALLOWED',
        say(m, 'lifecycle.nce.refused.term-not-longer', { term: current, to: event.term, termEnd }),
      );
    if (state.product !== 'license-based')
      return refused(
        'NOT_SUPPORTED',
        say(m, 'lifecycle.nce.refused.term-change-product', { product: state.product, termEnd }),
      );
    // seats are given only when leaving an Extended Service Term (EST-4)
    if (event.quantity !== undefined && !est)
      return refused(
        'NOT_ALLOWED',
        say(e, 'lifecycle.nce.refused.term-change-quantity', { quantity: state.quantity }),
      );
    const quantity = state.quantity;
    const seats = event.quantity ?? quantity;
    const { price, priceFrom } = planPrice(
      event.price,
      Math.max(seats, quantity),
      'event.price',
      state.price,
      context.prices,
      state.priceKey,
      event.term,
      event.billingFrequency,
      atMs,
    );
    // the old period's unused days, at the old price, before the new term replaces it (NCE-5)
    const credit = creditAt(
      state,
      'term-change-source',
      'prorated-credit',
      quantity,
      at,
      atMs,
      creditFor(state, quantity, atMs, false),
      'MID-1',
    );
    state.term = event.term;
    state.billingFrequency = event.billingFrequency;
    state.price = price;
    state.scheduled = null;
    // the old term's promotion is lost; one given for the new term and cycle applies (PL-5)
    promoteTerm(state, price, undefined, false, context.promotions, atMs, at);
    if (est) {
      // a committed term again: it renews at its end (decided, EST-4)
      delete state.extendedServiceTerm;
      state.quantity = seats;
      state.autoRenew = true;
      state.endOfTerm = 'renew';
    }
    startTerm(state, at, atMs, true, undefined, 'event.at');
    if (!billed(state)) return accepted(state, context, [credit]);
    const charge = chargeAt(state, 'term-change', seats, at, atMs);
    return accepted(state, context, [
      credit,
      priceFrom === undefined ? charge : { ...charge, priceFrom },
    ]);
  },
};
