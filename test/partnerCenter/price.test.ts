import fc from 'fast-check';
import type { Money, PriceListRow } from 'subscription-rules';
import {
  chargesBetween,
  fromPartnerCenterSubscription,
  nextCharge,
  purchaseCharges,
  transition,
} from 'subscription-rules';
import { money, partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { fromPartnerCenterSubscription as readNewCommerce } from 'subscription-rules/new-commerce';
import { describe, expect, it } from 'vitest';
import { outcome } from '../_calls.ts';
import { ruleErrorOf } from '../_errors.ts';
import { m365_2021, readableAsOf, saas2019, software2021 } from './_samples.ts';

const asOf = '2021-01-15T00:00:00Z';

describe('fromPartnerCenterSubscription with a price', () => {
  it('PCR-1, NCE-5: the 2021 Microsoft 365 resource read with a price-list row of 12.5000 USD credits 112.90 USD for a cancel on 2021-01-16 (10 seats, 3 of 31 days used)', () => {
    const row: PriceListRow = { UnitPrice: '12.5000', Currency: 'USD' };
    const { subscription } = fromPartnerCenterSubscription(m365_2021, { asOf, price: row });
    expect(subscription.price).toEqual({ amount: 1250, currency: 'USD' });
    const cancelled = transition(subscription, { type: 'cancel', at: '2021-01-16T12:00:00Z' });
    // r(r(12500 / 31) · 3 / 10) · 10 = r(403 · 0.3) · 10 = 121 · 10 = 1210 charged; 12500 − 1210
    expect(cancelled.ok && cancelled.effects[0]).toMatchObject({
      type: 'credit',
      outcome: 'prorated-credit',
      credit: { amount: 11_290, currency: 'USD' },
    });
    // read on its first day, the stated full-credit window still ends at 2021-01-15T00:00:00Z (±1 ms)
    const early = fromPartnerCenterSubscription(m365_2021, {
      asOf: '2021-01-14T18:00:00Z',
      price: row,
    }).subscription;
    const full = transition(early, { type: 'cancel', at: '2021-01-14T23:59:59.999Z' });
    expect(full.ok && full.effects[0]).toMatchObject({ credit: { amount: 12_500 } });
    const next = transition(early, { type: 'cancel', at: '2021-01-15T00:00:00.000Z' });
    expect(next.ok && next.effects[0]).toMatchObject({ outcome: 'prorated-credit' });
  });

  it('PCR-1, CHG-1: the resource read with its price bills in money: its purchase, the next cycle, a year of charges', () => {
    const row: PriceListRow = { UnitPrice: '12.5000', Currency: 'USD' };
    const { subscription } = readNewCommerce(m365_2021, { asOf, price: row });
    expect(
      purchaseCharges(subscription).map((c) => [c.kind, c.at, c.amount.amount, c.periodEnd]),
    ).toEqual([['purchase', '2021-01-14T16:57:14.498Z', 12_500, '2021-02-14T00:00:00.000Z']]);
    expect(nextCharge(subscription, asOf)).toMatchObject({
      kind: 'cycle',
      at: '2021-02-14T00:00:00.000Z',
      amount: { amount: 12_500, currency: 'USD' },
    });
    // the term ends 2022-01-14T00:00Z (commitmentEndDate 2022-01-13, inclusive): 11 cycles, then the renewal
    const year = chargesBetween(subscription, asOf, '2022-01-14T00:00:00Z');
    expect(year.map((c) => c.kind)).toEqual([...Array(11).fill('cycle'), 'renewal']);
    // read without a price: the same periods, no money, and the result says so
    const unpriced = readNewCommerce(m365_2021, { asOf }).subscription;
    expect(purchaseCharges(unpriced)).toEqual([]);
    const added = transition(unpriced, {
      type: 'change-quantity',
      at: '2021-01-20T00:00:00Z',
      quantity: 12,
    });
    expect(added.ok && [added.effects, added.unpriced]).toEqual([[], true]);
  });

  it('PL-2: a row with its term and plan prices the whole term: a P1Y monthly row of 75.60 USD bills 6.30 a month', () => {
    const row: PriceListRow = {
      UnitPrice: '75.60',
      Currency: 'USD',
      TermDuration: 'P1Y',
      BillingPlan: 'Monthly',
    };
    const { subscription } = readNewCommerce(m365_2021, { asOf, price: row });
    expect(subscription.price).toEqual({ amount: 630, currency: 'USD' });
    expect(nextCharge(subscription, asOf)).toMatchObject({
      kind: 'cycle',
      amount: { amount: 630 * 10, currency: 'USD' },
    });
    // the term or the plan alone says the same; the other is the subscription's
    for (const one of [{ TermDuration: 'p1y' }, { BillingPlan: 'monthly' }]) {
      const read = readNewCommerce(m365_2021, {
        asOf,
        price: { UnitPrice: '75.60', Currency: 'USD', ...one },
      }).subscription;
      expect(read.price).toEqual({ amount: 630, currency: 'USD' });
    }
    // another plan's row is not this subscription's price
    const error = ruleErrorOf(() =>
      readNewCommerce(m365_2021, { asOf, price: { ...row, BillingPlan: 'Annual' } }),
    );
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.price.BillingPlan']);
    expect(error.message).toBe(
      'options.price.BillingPlan: expected the subscription’s own Monthly, got "Annual"',
    );
    const huge = ruleErrorOf(() =>
      readNewCommerce(m365_2021, {
        asOf,
        price: { ...row, UnitPrice: '90071992547409.92' },
      }),
    );
    expect([huge.code, huge.path]).toEqual(['INVALID_AMOUNT', 'options.price.UnitPrice']);
  });

  it('PCR-1: a Money works as the row does, and the legacy 2019 SaaS takes its price per licence per term', () => {
    const price: Money = { amount: 1250, currency: 'USD' };
    expect(fromPartnerCenterSubscription(m365_2021, { asOf, price }).subscription).toEqual(
      fromPartnerCenterSubscription(m365_2021, {
        asOf,
        price: { UnitPrice: 12.5, Currency: 'USD' },
      }).subscription,
    );
    const saas = fromPartnerCenterSubscription(saas2019, {
      asOf: '2019-01-09T12:00:00Z',
      price: { UnitPrice: '1999.00', Currency: 'JPY' },
    }).subscription;
    expect([saas.program, saas.price]).toEqual(['legacy', { amount: 1999, currency: 'JPY' }]);
  });

  it('ERR-1, PRICE-1: a bad price is a RuleError at the caller’s field', () => {
    const at = (price: unknown) => {
      const error = ruleErrorOf(() =>
        fromPartnerCenterSubscription(m365_2021, { asOf, price: price as Money }),
      );
      return [error.code, error.path];
    };
    expect(at({ UnitPrice: '12.505', Currency: 'USD' })).toEqual([
      'INVALID_AMOUNT',
      'options.price.UnitPrice',
    ]);
    expect(at({ UnitPrice: '-1.00', Currency: 'USD' })).toEqual([
      'INVALID_AMOUNT',
      'options.price.UnitPrice',
    ]);
    expect(at({ UnitPrice: '12.50', Currency: 'usd' })).toEqual([
      'UNKNOWN_CURRENCY',
      'options.price.Currency',
    ]);
    expect(at({ amount: 12.5, currency: 'USD' })).toEqual([
      'INVALID_AMOUNT',
      'options.price.amount',
    ]);
    // 10 seats of it leave the safe integers (NCE-11: checked where it enters)
    expect(at({ amount: 2 ** 52, currency: 'USD' })).toEqual([
      'INVALID_AMOUNT',
      'options.price.amount',
    ]);
  });

  it('NCE-11, PCR-1: a price is checked against the seats a renewal into the same plan brings; a scheduled new term or billing frequency reads, its renewal unpriced (PCR details)', () => {
    const renewing = { ...m365_2021, scheduledNextTermInstructions: { quantity: 1_000_000 } };
    const many = ruleErrorOf(() =>
      fromPartnerCenterSubscription(renewing, {
        asOf,
        price: { UnitPrice: '90000000000.00', Currency: 'USD' },
      }),
    );
    expect([many.code, many.path]).toEqual(['INVALID_AMOUNT', 'options.price.UnitPrice']);
    expect(many.message).toContain('"90000000000.00"');
    // without a price the same resource reads (its renewal is priced by nobody)
    expect(fromPartnerCenterSubscription(renewing, { asOf }).subscription.price).toBeNull();
    const annual = fromPartnerCenterSubscription(software2021, {
      asOf: '2021-09-20T00:00:00Z',
      price: { UnitPrice: '3000.00', Currency: 'USD' },
    });
    expect(annual.subscription.price).toEqual({ amount: 300_000, currency: 'USD' });
    expect(annual.notes.map((n) => [n.path, n.messageId])).toContainEqual([
      'resource.scheduledNextTermInstructions',
      'resource.scheduled-unpriced',
    ]);
  });

  it('ERR-1: a long price text is refused at once (no backtracking), a row too large for its seats is named at UnitPrice with the caller’s text', () => {
    const long = `1.${'0'.repeat(200_000)}x`;
    const error = ruleErrorOf(() =>
      fromPartnerCenterSubscription(m365_2021, {
        asOf,
        price: { UnitPrice: long, Currency: 'USD' },
      }),
    );
    expect([error.code, error.path]).toEqual(['INVALID_AMOUNT', 'options.price.UnitPrice']);
    const large = ruleErrorOf(() =>
      fromPartnerCenterSubscription(m365_2021, {
        asOf,
        price: { UnitPrice: '90071992547409.91', Currency: 'USD' },
      }),
    );
    expect([large.code, large.path]).toEqual(['INVALID_AMOUNT', 'options.price.UnitPrice']);
    expect(large.message).toContain('"90071992547409.91"');
  });

  describe('properties', () => {
    it('PCR-1: a price changes the state read in its price alone (a scheduled new plan stays unpriced without a list), for every resource the arbitrary draws', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 2_000 * 86_400_000 }),
          money({ min: 0, max: 1_000_000 }),
          (resource, offset, price) => {
            const when = readableAsOf(resource, offset);
            const bare = outcome(() => fromPartnerCenterSubscription(resource, { asOf: when })) as {
              value?: { subscription: { price: unknown } };
            };
            const priced = outcome(() =>
              fromPartnerCenterSubscription(resource, { asOf: when, price }),
            ) as { value?: { subscription: { price: unknown } } };
            if (bare.value === undefined) {
              expect(priced).toEqual(bare);
              return;
            }
            expect(priced.value?.subscription).toEqual({ ...bare.value.subscription, price });
          },
        ),
      );
    });
  });
});
