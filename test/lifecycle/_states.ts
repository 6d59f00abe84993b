import fc from 'fast-check';
import type { Subscription, SubscriptionEvent, SubscriptionInput } from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

/** Valid creation inputs over every subscription product, with and without trials and prices. */
export const subscriptionInput: fc.Arbitrary<SubscriptionInput> = fc
  .record({
    product: fc.constantFrom(
      'marketplace-saas',
      'marketplace-usage',
      'software-subscription',
      'windows-7-esu',
    ),
    billingCycle: fc.constantFrom('monthly', 'annual'),
    trial: fc.boolean(),
    quantity: fc.integer({ min: 1, max: 500 }),
    orderedAt: fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) }),
    gapDays: fc.integer({ min: 0, max: 60 }),
    price: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
  })
  .map(({ product, billingCycle, trial, quantity, orderedAt, gapDays, price }) => ({
    product,
    ...(product === 'marketplace-saas' ? { billingCycle, freeTrial: trial } : {}),
    quantity,
    orderedAt: iso(orderedAt),
    accountOpenedAt: iso(orderedAt - 400 * DAY),
    firstBillingPeriodStart: iso(orderedAt - (400 - gapDays) * DAY),
    ...(price === undefined ? {} : { price: { amount: price, currency: 'USD' as const } }),
  }));

/** An event of any type, `afterMs` after some instant (filled in by the caller). */
export const eventShape: fc.Arbitrary<(at: string) => SubscriptionEvent> = fc.oneof(
  fc.constant((at: string): SubscriptionEvent => ({ type: 'cancel', at })),
  fc.constantFrom('customer-request', 'nonpayment', 'fraud').map(
    (reason) =>
      (at: string): SubscriptionEvent => ({ type: 'suspend', at, reason }),
  ),
  fc.constant((at: string): SubscriptionEvent => ({ type: 'reactivate', at })),
  fc.boolean().map(
    (enabled) =>
      (at: string): SubscriptionEvent => ({ type: 'set-auto-renew', at, enabled }),
  ),
  fc.integer({ min: 1, max: 900 }).map(
    (quantity) =>
      (at: string): SubscriptionEvent => ({ type: 'change-quantity', at, quantity }),
  ),
);

/** Gaps between events: minutes to months, so windows, trials, terms and suspensions all end. */
export const gap: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2 * DAY }),
  fc.integer({ min: 0, max: 150 * DAY }),
);

/**
 * A reachable state in any of the six statuses: the public `subscription()` arbitrary, which
 * replays random events through `transition` (refused ones leave it as it was), then `advance`.
 */
export const reachableSubscription: fc.Arbitrary<Subscription> = subscription({
  program: 'legacy',
  from: '2019-01-01T00:00:00Z',
  to: '2030-01-01T00:00:00Z',
});

/** An instant `0 … 400` days after the state's `asOf`. */
export function laterThan(state: Subscription, ms: number): string {
  return iso(Date.parse(state.asOf) + ms);
}
