import fc from 'fast-check';
import type { Money, NewCommerceSubscription, PartnerCenterSubscription } from 'subscription-rules';
import { advance, fromPartnerCenterSubscription, readPriceList } from 'subscription-rules';
import { money, partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { outcome } from '../_calls.ts';
import { basic, csv } from '../prices/_lists.ts';
import { m365_2021, readableAsOf } from './_samples.ts';

/** Rows in force from 2020 on. */
const row = (fields: Parameters<typeof basic>[0]) =>
  basic({ EffectiveStartDate: '2020-01-01T00:00:00.0000000Z', ...fields });
/** Business Basic, P1Y: billed monthly 75.60 a year (6.30 a month), billed annually 72.00. */
const priceList = readPriceList(
  csv([
    row({ UnitPrice: '75.60' }),
    row({ BillingPlan: 'Annual', UnitPrice: '72.00' }),
    row({ TermDuration: 'P1M', UnitPrice: '7.56' }),
  ]),
);
const priceKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const price: Money = { amount: 630, currency: 'USD' };
const asOf = '2021-06-01T00:00:00Z';
/** The term's end, where the scheduled renewal starts: 00:00Z after `commitmentEndDate`. */
const RENEWAL = '2022-01-14T00:00:00.000Z';

/** Business Basic with a renewal scheduled: 12 seats, and the term and cycle given. */
const scheduling = (termDuration: string, billingCycle: string): PartnerCenterSubscription => ({
  ...m365_2021,
  scheduledNextTermInstructions: {
    product: { termDuration, billingCycle },
    quantity: 12,
  },
});
const state = (r: PartnerCenterSubscription, options: object = {}) =>
  fromPartnerCenterSubscription(r, { asOf, price, ...options })
    .subscription as NewCommerceSubscription;

describe('fromPartnerCenterSubscription of a scheduled renewal with a price (PCR details, decided 2026-11-28)', () => {
  it('PCR details: a renewal scheduled into the same term and billing cycle (as Partner Center writes it, "Monthly") reads with the price — it was refused before', () => {
    const read = fromPartnerCenterSubscription(scheduling('P1Y', 'Monthly'), { asOf, price });
    const s = read.subscription as NewCommerceSubscription;
    expect(s.price).toEqual(price);
    expect(s.scheduled).toEqual({ quantity: 12, term: null, billingFrequency: null, price: null });
    expect(read.notes.map((n) => n.messageId)).not.toContain('resource.scheduled-unpriced');
    // renewed at the term end at the same plan and price, 12 seats: 12 × 6.30 = 75.60
    const after = advance(s, RENEWAL);
    expect([after.subscription.quantity, after.subscription.price]).toEqual([12, price]);
    expect(after.effects.at(-1)).toMatchObject({
      kind: 'renewal',
      amount: { amount: 7_560, currency: 'USD' },
    });
    // and 1 ms before the renewal nothing has moved
    const before = advance(s, '2022-01-13T23:59:59.999Z').subscription;
    expect([before.quantity, before.termEnd]).toEqual([10, RENEWAL]);
  });

  it('PCR details: a renewal scheduled into another plan takes its price from the price list’s row for it at the renewal (PL-3): 72.00 a year billed annually', () => {
    const read = fromPartnerCenterSubscription(scheduling('P1Y', 'Annual'), {
      asOf,
      price,
      priceList,
      priceKey,
    });
    const s = read.subscription as NewCommerceSubscription;
    expect(s.price).toEqual(price);
    expect(s.scheduled).toEqual({
      quantity: 12,
      term: null,
      billingFrequency: 'annual',
      price: { amount: 7_200, currency: 'USD' },
    });
    expect(read.notes.map((n) => n.messageId)).not.toContain('resource.scheduled-unpriced');
    const renewed = advance(s, RENEWAL);
    expect(renewed.subscription.price).toEqual({ amount: 7_200, currency: 'USD' });
    // 12 seats × 72.00 billed at the renewal
    expect(renewed.effects.at(-1)).toMatchObject({
      kind: 'renewal',
      amount: { amount: 86_400, currency: 'USD' },
    });
    // a monthly term's row for a P1M renewal: 7.56 a month
    expect(state(scheduling('P1M', 'monthly'), { priceList, priceKey }).scheduled?.price).toEqual({
      amount: 756,
      currency: 'USD',
    });
  });

  it('PCR details: without a price list the resource still reads — its term at the price, the renewal into another plan unpriced with a note naming priceList; advanced past it, the state is unpriced, never billed at the old plan’s price', () => {
    const read = fromPartnerCenterSubscription(scheduling('P1Y', 'Annual'), { asOf, price });
    const s = read.subscription as NewCommerceSubscription;
    expect(s.price).toEqual(price);
    expect(s.scheduled).toEqual({
      quantity: 12,
      term: null,
      billingFrequency: 'annual',
      price: null,
    });
    const note = read.notes.find((n) => n.messageId === 'resource.scheduled-unpriced');
    expect(note).toMatchObject({ path: 'resource.scheduledNextTermInstructions' });
    expect(note?.message).toContain('options.priceList');
    // the term before the renewal still bills its months at 6.30 × 10
    const before = advance(s, '2022-01-13T23:59:59.999Z');
    expect(before.unpriced).toBeUndefined();
    expect(before.subscription.price).toEqual(price);
    // from the renewal on, no price is known: unpriced, no charge at 6.30 for an annual plan
    const after = advance(s, RENEWAL);
    expect(after.subscription.billingFrequency).toBe('annual');
    expect(after.subscription.price).toBeNull();
    expect(after.unpriced).toBe(true);
    expect(after.effects.filter((e) => e.kind === 'renewal')).toEqual([]);
    // advanced with the list, the renewal takes its row then (PL-3)
    const listed = advance({ ...s, priceKey }, RENEWAL, { priceList });
    expect(listed.subscription.price).toEqual({ amount: 7_200, currency: 'USD' });
  });

  it('PCR details: a price list without the state’s key, or without a row for the new plan, leaves the renewal unpriced with a note saying which', () => {
    const noKey = fromPartnerCenterSubscription(scheduling('P1Y', 'Annual'), {
      asOf,
      price,
      priceList,
    });
    expect(
      noKey.notes.find((n) => n.messageId === 'resource.scheduled-unpriced')?.message,
    ).toContain('options.priceKey');
    const noRow = fromPartnerCenterSubscription(scheduling('P1Y', 'Annual'), {
      asOf,
      price,
      priceList: readPriceList(csv([row({ UnitPrice: '75.60' })])),
      priceKey,
    });
    expect((noRow.subscription as NewCommerceSubscription).scheduled?.price).toBeNull();
    expect(noRow.notes.find((n) => n.messageId === 'resource.scheduled-not-listed')).toMatchObject({
      path: 'resource.scheduledNextTermInstructions',
    });
  });

  describe('properties', () => {
    it('PCR details: a priced read accepts every resource the unpriced read accepts, and differs from it only in its price, its scheduled renewal’s price and its notes (2,000 draws)', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 2_000 * 86_400_000 }),
          money({ min: 0, max: 1_000_000 }),
          fc.boolean(),
          (resource, offset, given, withList) => {
            const when = readableAsOf(resource, offset);
            const bare = outcome(() => fromPartnerCenterSubscription(resource, { asOf: when })) as {
              value?: { subscription: { price: unknown; scheduled?: { price: unknown } | null } };
            };
            if (bare.value === undefined) return;
            const options = withList
              ? {
                  asOf: when,
                  price: given,
                  priceList,
                  priceKey: { ...priceKey, Currency: given.currency },
                }
              : { asOf: when, price: given };
            const priced = outcome(() => fromPartnerCenterSubscription(resource, options)) as {
              value?: { subscription: { price: unknown; scheduled?: { price: unknown } | null } };
              error?: { code: string };
            };
            // the price may only be refused for itself: too large for the seats it is charged on
            if (priced.value === undefined) {
              expect(priced.error?.code).toBe('INVALID_AMOUNT');
              return;
            }
            const { subscription: bareState } = bare.value;
            const {
              price: _price,
              scheduled,
              priceKey: _key,
              ...rest
            } = priced.value.subscription as typeof bareState & { priceKey?: unknown };
            const { price: _barePrice, scheduled: bareScheduled, ...bareRest } = bareState;
            expect(rest).toEqual(bareRest);
            expect(scheduled == null ? scheduled : { ...scheduled, price: null }).toEqual(
              bareScheduled,
            );
          },
        ),
        { numRuns: 2_000 },
      );
    });
  });
});
