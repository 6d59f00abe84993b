import fc from 'fast-check';
import type {
  NewCommerceEvent,
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
} from 'subscription-rules';
import { advance, createSubscription, transition } from 'subscription-rules';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** 10 seats of a licence-based P1Y monthly subscription at 12.50 USD, bought 2026-11-20T10:00Z. */
export const licence: NewCommerceSubscriptionInput = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
};

/** The instant `ms` as the library writes it. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** The accepted state of `event`, or a failure naming the refusal. */
export function apply(
  state: NewCommerceSubscription,
  event: NewCommerceEvent,
): NewCommerceSubscription {
  const result = transition(state, event);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.code} ${result.message}`);
  return result.subscription;
}

/** Valid New Commerce inputs across the products, terms, trials and the four policies' years. */
export const newCommerceInput: fc.Arbitrary<NewCommerceSubscriptionInput> = fc
  .record({
    kind: fc.constantFrom(
      { product: 'license-based', term: 'P1M', billingFrequency: 'monthly' },
      { product: 'license-based', term: 'P1Y', billingFrequency: 'monthly' },
      { product: 'license-based', term: 'P1Y', billingFrequency: 'annual' },
      { product: 'license-based', term: 'P3Y', billingFrequency: 'triennial' },
      { product: 'software-subscription', term: 'P1Y', billingFrequency: 'annual' },
      { product: 'software-subscription', term: 'P3Y', billingFrequency: 'monthly' },
      { product: 'marketplace-saas', term: 'P1M', billingFrequency: 'monthly' },
      { product: 'marketplace-saas', term: 'P2Y', billingFrequency: 'annual' },
      { product: 'marketplace-usage' },
    ) as fc.Arbitrary<Pick<NewCommerceSubscriptionInput, 'product' | 'term' | 'billingFrequency'>>,
    orderedAt: fc.integer({ min: Date.UTC(2021, 8, 1), max: Date.UTC(2030, 0, 1) }),
    quantity: fc.integer({ min: 1, max: 25 }),
    price: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    trial: fc.boolean(),
  })
  .map(({ kind, orderedAt, quantity, price, trial }) => ({
    program: 'new-commerce' as const,
    ...kind,
    quantity,
    orderedAt: iso(orderedAt),
    ...(price === undefined ? {} : { price: { amount: price, currency: 'USD' as const } }),
    ...(trial && kind.product !== 'marketplace-usage' ? { trial: {} } : {}),
  }));

/** A New Commerce event at `at`, of any type, with plausible fields. */
export const eventAt = (at: string): fc.Arbitrary<NewCommerceEvent> =>
  fc.oneof(
    fc.constant<NewCommerceEvent>({ type: 'cancel', at }),
    fc
      .integer({ min: 1, max: 30 })
      .map((quantity): NewCommerceEvent => ({ type: 'change-quantity', at, quantity })),
    fc.boolean().map((enabled): NewCommerceEvent => ({ type: 'set-auto-renew', at, enabled })),
    fc
      .integer({ min: 1, max: 30 })
      .map((quantity): NewCommerceEvent => ({ type: 'schedule-renewal', at, quantity })),
    fc.constant<NewCommerceEvent>({ type: 'suspend', at, reason: 'nonpayment' }),
    fc.constant<NewCommerceEvent>({ type: 'reactivate', at }),
  );

/** Gaps between steps: hours near the windows, weeks across terms. */
export const gap: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 3 * DAY }),
  fc.integer({ min: 0, max: 120 * DAY }),
);

/** New Commerce states reached by creating one and sending it random events at random gaps. */
export const newCommerceState: fc.Arbitrary<NewCommerceSubscription> = fc
  .tuple(
    newCommerceInput,
    fc.array(fc.tuple(gap, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 30 })), {
      maxLength: 6,
    }),
  )
  .map(([input, steps]) => {
    let state = createSubscription(input);
    for (const [wait, kind, n] of steps) {
      const at = iso(Date.parse(state.asOf) + wait);
      const events: NewCommerceEvent[] = [
        { type: 'cancel', at },
        { type: 'change-quantity', at, quantity: n },
        { type: 'set-auto-renew', at, enabled: n % 2 === 0 },
        { type: 'schedule-renewal', at, quantity: n },
        { type: 'suspend', at, reason: 'nonpayment' },
        { type: 'reactivate', at },
      ];
      const result = transition(state, events[kind] as NewCommerceEvent);
      state = result.ok ? result.subscription : advance(state, at).subscription;
    }
    return state;
  });

/** r: to the nearest integer, half away from zero, of a non-negative n / d (bigint). */
const round = (n: bigint, d: bigint): bigint => (2n * (n % d) >= d ? n / d + 1n : n / d);

/**
 * Partner Center's proration written again (NCE-5, CHG-2), with bigint: what `quantity` seats at
 * `price` a period of `days` days cost for `used` of them, r(r(P·Q / D) · U / Q) · Q. For the whole
 * period (U = D) it may exceed P·Q by a few minor units where the daily rate rounds up.
 */
export function prorated(price: number, quantity: number, days: number, used: number): number {
  const q = BigInt(quantity);
  return Number(round(round(BigInt(price) * q, BigInt(days)) * BigInt(used), q) * q);
}
