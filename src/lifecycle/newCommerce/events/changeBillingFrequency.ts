import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { midTermMessages as m } from '../../../messages/en/newCommerce/midTerm.ts';
import { say } from '../../../messages/say.ts';
import { newCommerceRulesInForceAt } from '../../../policy/newCommerceRulesInForceAt.ts';
import type { NewCommerceTermProduct } from '../../../policy/vocabulary/newCommerceBilling.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { ChangeBillingFrequencyEvent } from '../eventTypes.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { periodAt } from '../machine/periods.ts';
import { planPrice } from '../machine/planPrice.ts';
import { readBillingFields } from '../machine/readBillingFields.ts';
import { requireSoldPlan } from '../machine/requireSoldPlan.ts';
import { accepted, refused } from '../machine/results.ts';

/**
 * `change-billing-frequency` (MID-2, MID-5): where the policy in force at `at` allows the term's
 * frequency to change mid-term (`P3Y` monthly ⇄ annual until 2025-04-01, none after), the change
 * waits as `pendingBillingFrequency` for the next billing period's start, at the event's `price`
 * or, without one, the price list's row for the new frequency at `at` (PL-3, its `priceFrom` kept
 * for the first charge at the new frequency), when the time-driven
 * `billing-frequency-changed` applies it. Drops the scheduled renewal changes. Refused
 * `NOT_ALLOWED` — the message pointing to `schedule-renewal` — where the policy allows none, in
 * the term's last billing period, or for the frequency it already has.
 */
export const changeBillingFrequency: EventHandler<ChangeBillingFrequencyEvent> = {
  from: ['active'],
  read(event) {
    readBillingFields(undefined, event.billingFrequency, event.price, [false, true, false]);
  },
  check(event, state) {
    // the term is the subscription's: a frequency it is never billed at names both
    requireSoldPlan(state.product, state.term, event.billingFrequency, 'subscription.term');
  },
  apply(event, context) {
    const { state, atMs } = context;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    const termEnd = state.termEnd as string;
    const current = state.billingFrequency;
    const to = event.billingFrequency;
    if (to === current)
      return refused(
        'NOT_ALLOWED',
        say(m, 'lifecycle.nce.refused.frequency-same', { billingFrequency: to }),
      );
    // a platform rule dated by the request (MID-2)
    const rules = newCommerceRulesInForceAt(atMs);
    const allowed = rules.products[
      state.product as NewCommerceTermProduct
    ].midTermFrequencyChanges?.some(
      (change) =>
        change.term === state.term &&
        change.frequencies.includes(current as typeof to) &&
        change.frequencies.includes(to),
    );
    if (allowed !== true)
      return refused(
        'NOT_ALLOWED',
        say(m, 'lifecycle.nce.refused.frequency-not-allowed', {
          term: state.term as string,
          policyId: rules.id,
          termEnd,
        }),
      );
    const period = periodAt(state, atMs);
    if (period.endMs >= parseInstant(termEnd, 'subscription.termEnd'))
      return refused(
        'NOT_ALLOWED',
        say(m, 'lifecycle.nce.refused.frequency-last-period', { termEnd }),
      );
    const { price, priceFrom } = planPrice(
      event.price,
      state.quantity,
      'event.price',
      state.price,
      context.prices,
      state.priceKey,
      state.term as string,
      to,
      atMs,
    );
    state.pendingBillingFrequency = {
      billingFrequency: to,
      price,
      from: formatInstant(period.endMs, 'from'),
      ...(priceFrom === undefined ? {} : { priceFrom }),
    };
    state.scheduled = null;
    return accepted(state, context);
  },
};
