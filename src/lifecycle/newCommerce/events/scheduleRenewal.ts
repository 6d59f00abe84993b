import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../../policy/vocabulary/newCommerceTerms.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { parseCalendarDate } from '../../../time/parseCalendarDate.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { checkSeatsAtPrice } from '../../_internal/checkSeatsAtPrice.ts';
import { readQuantity } from '../../_internal/readQuantity.ts';
import { readUnitPrice } from '../../readUnitPrice.ts';
import type { ScheduleRenewalEvent } from '../eventTypes.ts';
import { alignedEnd } from '../machine/alignedEnd.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { readBillingFields } from '../machine/readBillingFields.ts';
import { requireSoldPlan } from '../machine/requireSoldPlan.ts';
import { accepted, refused } from '../machine/results.ts';

/** None of the term, billing frequency and price is required: each may be left as it is. */
const NONE_REQUIRED = [false, false, false] as const;

/**
 * `schedule-renewal` (NCE-7, NCE-11, MID-3): changes for the next term (quantity, term, billing
 * frequency, price, and an aligned end date for a seat-based term), replacing any scheduled
 * before; needs auto-renew on. The new term and billing
 * frequency must be a combination the product is sold with (NCE-2); a priced subscription that
 * changes either must say the new price.
 */
export const scheduleRenewal: EventHandler<ScheduleRenewalEvent> = {
  from: ['active'],
  read(event) {
    const { quantity, term, billingFrequency, price, customTermEndDate } = event;
    if (
      quantity === undefined &&
      term === undefined &&
      billingFrequency === undefined &&
      price === undefined &&
      customTermEndDate === undefined
    )
      fail(
        RuleErrorCode.MISSING_FIELD,
        'event',
        'expected at least one of quantity, term, billingFrequency, price, customTermEndDate',
        event,
      );
    if (customTermEndDate !== undefined)
      parseCalendarDate(customTermEndDate, 'event.customTermEndDate');
    if (quantity !== undefined) readQuantity(quantity, 'event.quantity');
    readBillingFields(term, billingFrequency, price, NONE_REQUIRED);
  },
  check(event, state) {
    if (event.term === undefined && event.billingFrequency === undefined) return;
    requireSoldPlan(
      state.product,
      event.term ?? state.term,
      event.billingFrequency ?? state.billingFrequency,
      event.term === undefined ? 'subscription.term' : 'event.term',
    );
  },
  apply(event, context) {
    const { state } = context;
    if (!state.autoRenew) {
      return refused('NOT_ALLOWED', say(t, 'lifecycle.refused.auto-renew-off'));
    }
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    const term = event.term ?? state.term;
    const billingFrequency = event.billingFrequency ?? state.billingFrequency;
    requireNewCommerceBilling(state.product, term, billingFrequency, 'event');
    const changes = term !== state.term || billingFrequency !== state.billingFrequency;
    if (changes && state.price !== null && event.price === undefined)
      fail(
        RuleErrorCode.MISSING_FIELD,
        'event.price',
        'expected the new price with a new term or billing frequency',
        event.price,
      );
    // the renewal keeps the currency (PRICE-8), and its price times its seats stays a safe
    // integer (PRICE-1, NCE-11): checked here, so the renewal itself cannot fail on it
    const seats = event.quantity ?? state.quantity;
    let price = null;
    if (event.price !== undefined) {
      price = readUnitPrice(event.price, seats, 'event.price');
      if (state.price !== null && price.currency !== state.price.currency)
        fail(
          RuleErrorCode.CURRENCY_MISMATCH,
          'event.price.currency',
          'expected {currency}, the currency of the subscription’s price',
          price.currency,
          state.price.currency,
        );
    } else checkSeatsAtPrice(state.price, seats, 'event.quantity');
    // the next term aligned to a date (MID-3): a seat-based term, ending inside the nominal one
    const custom = event.customTermEndDate;
    if (custom !== undefined) {
      if (state.product !== 'license-based' && state.product !== 'software-subscription')
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'event.customTermEndDate',
          'expected no customTermEndDate for {product}',
          custom,
          state.product,
        );
      alignedEnd(
        custom,
        parseInstant(state.termEnd, 'subscription.termEnd'),
        NEW_COMMERCE_TERM_MONTHS[term as NewCommerceTerm],
        'event.customTermEndDate',
      );
    }
    const scheduled = {
      quantity: event.quantity ?? null,
      term: event.term ?? null,
      billingFrequency: event.billingFrequency ?? null,
      price,
    };
    state.scheduled =
      custom === undefined ? scheduled : { ...scheduled, customTermEndDate: custom };
    return accepted(state, context);
  },
};
