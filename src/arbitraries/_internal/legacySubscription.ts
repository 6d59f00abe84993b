import * as fc from 'fast-check';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { advance } from '../../lifecycle/advance.ts';
import { createSubscription } from '../../lifecycle/createSubscription.ts';
import type {
  Subscription,
  SubscriptionEvent,
  SubscriptionInput,
  SubscriptionProduct,
} from '../../lifecycle/legacy/types.ts';
import { transition } from '../../lifecycle/transition.ts';
import { policyInForceAt } from '../../policy/policyInForceAt.ts';
import type { LegacyPolicy, SuspensionReason } from '../../policy/types.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { money } from '../money.ts';

type Step = readonly [
  gapMs: number,
  type: SubscriptionEvent['type'],
  reason: SuspensionReason,
  flag: boolean,
  quantity: number,
];

/** Waits between events: minutes to hours, days to months, and whole terms. */
const gap: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 150 * MS_PER_DAY }),
  fc.constantFrom(31 * MS_PER_DAY, 366 * MS_PER_DAY, 400 * MS_PER_DAY),
);

/**
 * Legacy states (LC-1 … LC-13): created with a random product, quantity, billing cycle, price,
 * sometimes a trial, under `fixed` (else the policy in force at each order), then random events
 * replayed through `transition` (a refusal keeps the state), then sometimes time let pass with
 * `advance`. Valid by construction: every state is what the library returned.
 */
export function legacySubscription(
  products: readonly SubscriptionProduct[],
  from: number,
  to: number,
  maxEvents: number,
  currencies: readonly CurrencyCode[] | undefined,
  fixed: LegacyPolicy | undefined,
): fc.Arbitrary<Subscription> {
  if (fixed !== undefined) {
    for (const product of products) {
      if (fixed.products[product]?.terms == null) {
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'constraints.policy',
          'expected {product} to be a subscription product (with terms) in the policy',
          fixed.id,
          product,
        );
      }
    }
  }
  const policyOptions = fixed === undefined ? undefined : { policy: fixed };
  const step: fc.Arbitrary<Step> = fc.tuple(
    gap,
    fc.constantFrom<SubscriptionEvent['type']>(
      'cancel',
      'suspend',
      'reactivate',
      'set-auto-renew',
      'change-quantity',
    ),
    fc.constantFrom<SuspensionReason>(
      ...(fixed?.suspension.reasons ?? ['customer-request', 'nonpayment', 'fraud']),
    ),
    fc.boolean(),
    fc.integer({ min: 1, max: 500 }),
  );
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.integer({ min: from, max: to }),
      annual: fc.boolean(),
      trial: fc.boolean(),
      quantity: fc.integer({ min: 1, max: 500 }),
      datesAtCreation: fc.oneof(
        { arbitrary: fc.constant(true), weight: 4 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
      openedDaysBefore: fc.integer({ min: 0, max: 1_500 }),
      billingDaysAfterOpening: fc.integer({ min: 0, max: 90 }),
      price: fc.option(money({ currencies: currencies }), { nil: undefined }),
      steps: fc.array(step, { maxLength: maxEvents }),
      rest: fc.option(gap, { nil: undefined }),
    })
    .map((draw) => {
      const policy = fixed ?? policyInForceAt(draw.orderedMs);
      const rules = policy.products[draw.product];
      const openedMs = draw.orderedMs - draw.openedDaysBefore * MS_PER_DAY;
      const billingMs = Math.min(
        openedMs + draw.billingDaysAfterOpening * MS_PER_DAY,
        draw.orderedMs,
      );
      const dates = {
        accountOpenedAt: formatInstant(openedMs, 'accountOpenedAt'),
        firstBillingPeriodStart: formatInstant(billingMs, 'firstBillingPeriodStart'),
      };
      const input: SubscriptionInput = {
        product: draw.product,
        quantity: draw.quantity,
        orderedAt: formatInstant(draw.orderedMs, 'orderedAt'),
        ...(rules?.billingCycleRequired
          ? { billingCycle: draw.annual ? 'annual' : 'monthly' }
          : {}),
        ...(rules?.freeTrial && draw.trial ? { freeTrial: true } : {}),
        ...(draw.datesAtCreation ? dates : {}),
        ...(draw.price === undefined ? {} : { price: draw.price }),
      };
      let state = createSubscription(input, policyOptions);
      for (const [wait, type, reason, flag, quantity] of draw.steps) {
        const at = formatInstant(Date.parse(state.asOf) + wait, 'at');
        const event: SubscriptionEvent =
          type === 'suspend'
            ? { type, at, reason, ...(draw.datesAtCreation ? {} : dates) }
            : type === 'set-auto-renew'
              ? { type, at, enabled: flag }
              : type === 'change-quantity'
                ? { type, at, quantity }
                : { type, at };
        const result = transition(state, event, policyOptions);
        if (result.ok) state = result.subscription;
      }
      if (draw.rest !== undefined) {
        state = advance(
          state,
          formatInstant(Date.parse(state.asOf) + draw.rest, 'to'),
        ).subscription;
      }
      return state;
    });
}
