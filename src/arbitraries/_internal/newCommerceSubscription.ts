import * as fc from 'fast-check';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { advance } from '../../lifecycle/advance.ts';
import { createSubscription } from '../../lifecycle/createSubscription.ts';
import type { NewCommerceEvent } from '../../lifecycle/newCommerce/eventTypes.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
  NewCommerceSubscriptionProduct,
} from '../../lifecycle/newCommerce/types.ts';
import { upgrade } from '../../lifecycle/newCommerce/upgrade.ts';
import { nextDeadline } from '../../lifecycle/nextDeadline.ts';
import { transition } from '../../lifecycle/transition.ts';
import type { SuspensionReason } from '../../policy/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from '../../policy/vocabulary/newCommerceBilling.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { SUSPENSION_REASONS } from '../../policy/vocabulary/suspensionReasons.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type { Money } from '../../pricing/money.ts';
import { formatCalendarDate } from '../../time/formatCalendarDate.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { money } from '../money.ts';
import { frequencyChange, termChange } from './midTermChanges.ts';
import { renewalChanges } from './renewalChanges.ts';

type Step = readonly [
  gapMs: number,
  type: NewCommerceEvent['type'],
  reason: SuspensionReason,
  pick: number,
  quantity: number,
];

/** Waits between events: inside the first day's and the 7-day windows, months, and whole terms. */
const gap: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 10 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 150 * MS_PER_DAY }),
  fc.constantFrom(31 * MS_PER_DAY, 366 * MS_PER_DAY),
);

/** The time let pass at the end: enough, sometimes, for a three-year term to end and be deleted. */
const rest: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 60 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 500 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 1_400 * MS_PER_DAY }),
);

const TYPES: readonly NewCommerceEvent['type'][] = [
  'cancel',
  'change-quantity',
  'set-auto-renew',
  'schedule-renewal',
  'suspend',
  'reactivate',
  'change-term',
  'change-billing-frequency',
  'set-end-of-term',
];

/** A term and billing frequency of `product`'s NCE-2 table, chosen by `pick`. */
function billing(
  product: NewCommerceSubscriptionProduct,
  pick: number,
): { term: NewCommerceTerm; billingFrequency: BillingFrequency } | undefined {
  if (product === 'marketplace-usage' || product === 'azure-plan') return undefined;
  const table: Readonly<Record<string, readonly BillingFrequency[]>> =
    NEW_COMMERCE_BILLING[product];
  const terms = Object.keys(table) as NewCommerceTerm[];
  const term = terms[pick % terms.length] as NewCommerceTerm;
  const frequencies = table[term] as readonly BillingFrequency[];
  return {
    term,
    billingFrequency: frequencies[Math.floor(pick / 4) % frequencies.length] as BillingFrequency,
  };
}

/**
 * An inclusive end date inside the nominal first term of `term` from `orderedMs` (MID-3): a day
 * after the order's date and not after the nominal end, chosen by `pick`.
 */
/** `set-end-of-term` (EST-2): one of the three options, the Extended Service Term priced or not. */
function endOfTerm(at: string, pick: number, price: Money): NewCommerceEvent {
  const action = END_OF_TERM[pick % 3] as (typeof END_OF_TERM)[number];
  if (action !== 'extended-service-term' || pick % 4 === 1)
    return { type: 'set-end-of-term', at, action };
  return {
    type: 'set-end-of-term',
    at,
    action,
    basePrice: price,
    ...(pick % 4 === 3 ? { monthlyPlan: false } : {}),
  };
}

const END_OF_TERM = ['renew', 'extended-service-term', 'cancel'] as const;

function alignedDate(orderedMs: number, term: NewCommerceTerm, pick: number): string {
  const firstDay = Math.floor(orderedMs / MS_PER_DAY);
  const lastDay =
    Math.floor(newCommerceTermEndAt(orderedMs, NEW_COMMERCE_TERM_MONTHS[term], 1) / MS_PER_DAY) - 1;
  return formatCalendarDate((firstDay + 1 + (pick % (lastDay - firstDay))) * MS_PER_DAY, 'date');
}

/**
 * A `schedule-renewal` (NCE-7) of `renewalChanges`, and for a seat-based term sometimes an end
 * date for the next term inside its nominal length (MID-3).
 */
function scheduleRenewal(
  state: NewCommerceSubscription,
  at: string,
  pick: number,
  quantity: number,
  price: Money,
): NewCommerceEvent {
  const changes = renewalChanges(state.product, pick, quantity, price);
  if (
    pick % 5 !== 4 ||
    (state.product !== 'license-based' && state.product !== 'software-subscription')
  )
    return { type: 'schedule-renewal', at, ...changes };
  // the term the event would change: the state's at `at`
  const current = advance(state, at).subscription;
  const term = changes.term ?? current.term;
  if (term === null || current.termEnd === null)
    return { type: 'schedule-renewal', at, ...changes };
  return {
    type: 'schedule-renewal',
    at,
    ...changes,
    customTermEndDate: alignedDate(Date.parse(current.termEnd), term, Math.floor(pick / 5)),
  };
}

/**
 * New Commerce states (NCE-7, NCE-8): created with a random product, term, billing frequency,
 * quantity, price, sometimes a 30-day trial or a first term aligned to an end date (MID-3) or a
 * SKU at end of sale (EST-1),
 * sometimes seats upgraded to another offer (MID-4: the source's seats left, the same subscription
 * for the new offer, or the new subscription of a partial upgrade with the seats it inherited),
 * then random events replayed through `transition`
 * (a refusal keeps the state), then sometimes time let pass with `advance`. With
 * `statedWindows`, some start with the windows a Partner Center resource states for the first
 * term (PCR-1), as `fromPartnerCenterSubscription` keeps them. Valid by construction: every state
 * is what the library returned.
 */
export function newCommerceSubscription(
  products: readonly NewCommerceSubscriptionProduct[],
  from: number,
  to: number,
  maxEvents: number,
  currencies: readonly CurrencyCode[] | undefined,
  statedWindows = false,
): fc.Arbitrary<NewCommerceSubscription> {
  return newCommerceRun(products, from, to, maxEvents, currencies, statedWindows, false).map(
    (run) => run.end,
  );
}

/**
 * A run of the New Commerce machine: the state created (`start`), the events it accepted, in
 * order, the instant time was let pass to (`to`, at or after the last event) and the state there
 * (`end`). With `priced`, every run has a price.
 */
export function newCommerceRun(
  products: readonly NewCommerceSubscriptionProduct[],
  from: number,
  to: number,
  maxEvents: number,
  currencies: readonly CurrencyCode[] | undefined,
  statedWindows: boolean,
  priced: boolean,
): fc.Arbitrary<{
  start: NewCommerceSubscription;
  events: NewCommerceEvent[];
  to: string;
  end: NewCommerceSubscription;
}> {
  const step: fc.Arbitrary<Step> = fc.tuple(
    gap,
    fc.constantFrom(...TYPES),
    fc.constantFrom(...SUSPENSION_REASONS),
    fc.nat({ max: 1_000 }),
    fc.integer({ min: 1, max: 500 }),
  );
  const price = money({ currencies, min: 0, max: 10_000_000 });
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.integer({ min: from, max: to }),
      pick: fc.nat({ max: 1_000 }),
      trial: fc.oneof(
        { arbitrary: fc.constant(false), weight: 2 },
        { arbitrary: fc.constant(true), weight: 1 },
      ),
      convertsTo: fc.boolean(),
      // a first term aligned to an end date (MID-3): none, or a day into the nominal term
      aligned: fc.option(fc.nat({ max: 1_200 }), { nil: undefined, freq: 3 }),
      quantity: fc.integer({ min: 1, max: 500 }),
      price: priced ? price : fc.option(price, { nil: undefined }),
      renewalPrice: price,
      steps: fc.array(step, { maxLength: maxEvents }),
      // then time: none, through the next deadlines, or a long wait
      time: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 2 },
        {
          arbitrary: fc.array(fc.integer({ min: 0, max: 20 * MS_PER_DAY }), {
            minLength: 1,
            maxLength: 4,
          }),
          weight: 2,
        },
        { arbitrary: rest, weight: 1 },
      ),
      // the windows a Partner Center resource states (PCR-1): kind 0 not cancellable, 1 a
      // cancellation end, 2 a full-credit end, 3 both (the full credit ending first)
      stated: statedWindows
        ? fc.option(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 20 * MS_PER_DAY })), {
            nil: undefined,
          })
        : fc.constant(undefined),
    })
    .map((draw) => {
      const sold = billing(draw.product, draw.pick);
      const trial = draw.trial && sold !== undefined;
      const input: NewCommerceSubscriptionInput = {
        program: 'new-commerce',
        product: draw.product,
        quantity: trial ? 1 + (draw.quantity % 25) : draw.quantity,
        orderedAt: formatInstant(draw.orderedMs, 'orderedAt'),
        ...(sold === undefined || (trial && draw.product !== 'marketplace-saas') ? {} : sold),
        ...(trial
          ? {
              trial:
                draw.convertsTo && draw.product !== 'marketplace-saas' ? { convertsTo: sold } : {},
            }
          : {}),
        ...(draw.price === undefined ? {} : { price: draw.price }),
        ...(draw.aligned === undefined ||
        trial ||
        sold === undefined ||
        (draw.product !== 'license-based' && draw.product !== 'software-subscription')
          ? {}
          : { customTermEndDate: alignedDate(draw.orderedMs, sold.term, draw.aligned) }),
        // a SKU at end of sale, with or without conversion SKUs (EST-1), now and then
        ...(draw.pick % 7 === 3
          ? { endOfSale: 'end-of-sale' as const }
          : draw.pick % 7 === 5
            ? { endOfSale: 'end-of-sale-with-conversions' as const }
            : {}),
      };
      let state = createSubscription(input);
      if (draw.stated !== undefined && state.termStart !== null) {
        const [kind, after] = draw.stated;
        const startMs = Date.parse(state.termStart);
        state = {
          ...state,
          ...(kind === 0
            ? { cancellableUntil: null }
            : kind === 2
              ? {}
              : { cancellableUntil: formatInstant(startMs + after, 'cancellableUntil') }),
          ...(kind < 2
            ? {}
            : {
                fullCreditUntil: formatInstant(
                  startMs + Math.floor(after / (kind - 1)),
                  'fullCreditUntil',
                ),
              }),
        };
      }
      const start = state;
      const events: NewCommerceEvent[] = [];
      for (const [wait, type, reason, pick, quantity] of draw.steps) {
        const at = formatInstant(Date.parse(state.asOf) + wait, 'at');
        const renewalPrice =
          state.price === null
            ? draw.renewalPrice
            : { ...state.price, amount: draw.renewalPrice.amount };
        // a mid-term change suits the plan held at `at`: a renewal on the way may change it
        const held =
          type === 'change-term' || type === 'change-billing-frequency'
            ? advance(state, at).subscription
            : state;
        const event: NewCommerceEvent =
          type === 'suspend'
            ? { type, at, reason }
            : type === 'set-auto-renew'
              ? { type, at, enabled: pick % 3 === 0 }
              : type === 'change-quantity'
                ? { type, at, quantity }
                : type === 'schedule-renewal'
                  ? scheduleRenewal(state, at, pick, quantity, renewalPrice)
                  : type === 'change-term'
                    ? { type, at, ...termChange(held.product, held.term, pick, renewalPrice) }
                    : type === 'change-billing-frequency'
                      ? {
                          type,
                          at,
                          ...frequencyChange(
                            held.product,
                            held.term,
                            held.billingFrequency,
                            pick,
                            renewalPrice,
                          ),
                        }
                      : type === 'set-end-of-term'
                        ? endOfTerm(at, pick, renewalPrice)
                        : { type, at };
        // a state's life may include an upgrade (MID-4), which is no event: not in a history
        if (!priced && type === 'change-quantity' && pick % 6 === 5) {
          const upgraded = upgrade(state, {
            at,
            // the seats it holds at `at`: a renewal on the way may have changed them
            quantity: Math.min(quantity, advance(state, at).subscription.quantity),
            to: { offerId: `UPGRADE:${pick}`, price: renewalPrice },
          });
          // the source's seats left, or the upgraded seats: the new subscription of a partial one
          if (upgraded.ok)
            state = upgraded.source === null || pick % 4 === 1 ? upgraded.target : upgraded.source;
          continue;
        }
        const result = transition(state, event);
        if (result.ok) {
          state = result.subscription;
          events.push(event);
        }
      }
      // through the next few deadlines, stopping a little after each: a state just expired,
      // just disabled, just renewed
      for (const after of Array.isArray(draw.time) ? draw.time : []) {
        const next = nextDeadline(state);
        if (next === null) break;
        state = advance(state, formatInstant(Date.parse(next.at) + after, 'to')).subscription;
      }
      if (typeof draw.time === 'number') {
        state = advance(
          state,
          formatInstant(Date.parse(state.asOf) + draw.time, 'to'),
        ).subscription;
      }
      return { start, events, to: state.asOf, end: state };
    });
}
