import fc from 'fast-check';
import type {
  NewCommerceEffect,
  NewCommerceEvent,
  NewCommerceSubscription,
} from 'subscription-rules';
import {
  advance,
  createSubscription,
  purchaseCharges,
  transition,
} from 'subscription-rules/new-commerce';

const DAY = 86_400_000;

/** A priced license-based subscription's month or two, and the resource fetched after it. */
export interface PricedHistory {
  /** Every charge and credit it brought, in time order. */
  readonly effects: readonly NewCommerceEffect[];
  /** Its state at the end. */
  readonly end: NewCommerceSubscription;
  /** The instant the history ends at: the end of the file's last day. */
  readonly to: string;
}

/** A change a history draws: on which day after the purchase, what, and how many seats. */
const change = fc.record({
  day: fc.integer({ min: 0, max: 24 }),
  kind: fc.constantFrom('add', 'add', 'add', 'remove', 'cancel'),
  seats: fc.integer({ min: 1, max: 6 }),
  minute: fc.integer({ min: 0, max: 1439 }),
});

/**
 * Priced New Commerce histories as a partner's month sees them (CHG-1, CHG-2, NCE-5): 1 to 20
 * seats of a one-month or one-year term billed monthly, bought in October 2026 at any minute, then
 * seats added (several on one day among them), removed within their window and cancellations, in
 * the order the file's days can say (on one day, seats added before any removed, a cancellation
 * last), and time let pass to `to`, the end of the file's billing month for every subscription
 * of it. Refused changes are left out.
 *
 * @param to - The instant every history of one file ends at.
 * @returns The arbitrary.
 */
export function pricedHistory(to: string): fc.Arbitrary<PricedHistory> {
  const toMs = Date.parse(to);
  return fc
    .record({
      term: fc.constantFrom('P1M', 'P1Y'),
      seats: fc.integer({ min: 1, max: 20 }),
      price: fc.integer({ min: 100, max: 40_000 }),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KRW'),
      day: fc.integer({ min: 1, max: 20 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      changes: fc.array(change, { maxLength: 6 }),
    })
    .map((drawn) => {
      const orderedMs = Date.UTC(2026, 9, drawn.day) + drawn.minute * 60_000;
      let state = createSubscription({
        program: 'new-commerce',
        product: 'license-based',
        term: drawn.term as 'P1M',
        billingFrequency: 'monthly',
        quantity: drawn.seats,
        orderedAt: new Date(orderedMs).toISOString(),
        price: { amount: drawn.price, currency: drawn.currency as 'USD' },
      });
      const effects: NewCommerceEffect[] = [...purchaseCharges(state)];
      const order = { add: 0, remove: 1, cancel: 2 } as const;
      const sorted = [...drawn.changes].sort(
        (a, b) => a.day - b.day || order[a.kind] - order[b.kind] || a.minute - b.minute,
      );
      const startDay = Math.floor(orderedMs / DAY);
      let cursor = orderedMs;
      for (const c of sorted) {
        if (state.status === 'cancelled') break;
        // a minute after the purchase at the earliest: Partner Center takes no change at its instant
        const atMs = Math.max(
          (startDay + c.day) * DAY + c.minute * 60_000,
          cursor,
          orderedMs + 60_000,
        );
        // the file's day cannot say which came first when the order drawn is not the day's
        if (Math.floor(atMs / DAY) !== startDay + c.day || atMs > toMs) continue;
        const at = new Date(atMs).toISOString();
        const passed = advance(state, at);
        const event: NewCommerceEvent =
          c.kind === 'cancel'
            ? { type: 'cancel', at }
            : {
                type: 'change-quantity',
                at,
                quantity: state.quantity + (c.kind === 'add' ? c.seats : -c.seats),
              };
        if (event.type === 'change-quantity' && event.quantity < 1) continue;
        const result = transition(passed.subscription, event);
        if (!result.ok) continue;
        effects.push(...passed.effects);
        effects.push(...result.effects.filter((e) => e.type !== 'cancellation-scheduled'));
        state = result.subscription;
        cursor = atMs;
      }
      if (toMs > cursor) {
        const passed = advance(state, to);
        effects.push(...passed.effects);
        state = passed.subscription;
      }
      return { effects, end: state, to };
    });
}

/**
 * The Partner Center Subscription resource of a history's end, as the API returns it when fetched
 * after the file (PCR-1): its seats, status and current term.
 *
 * @param id - The subscription's id.
 * @param history - The history.
 * @returns The resource.
 */
export function resourceAfter(id: string, history: PricedHistory): Record<string, unknown> {
  const { end } = history;
  const termEnd = end.termEnd === null ? null : Date.parse(end.termEnd);
  return {
    id,
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Standard',
    quantity: end.quantity,
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    effectiveStartDate: end.orderedAt,
    commitmentEndDate:
      termEnd === null ? null : new Date(Math.floor(termEnd / DAY) * DAY - DAY).toISOString(),
    status: end.status === 'cancelled' ? 'deleted' : 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: end.term,
    isMicrosoftProduct: true,
  };
}
