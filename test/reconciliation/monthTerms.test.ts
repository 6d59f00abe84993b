import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { type Row, resource, SUBSCRIPTION } from '../cli/commands/_reconcileFiles.ts';

/** A month-to-month subscription bought 2026-06-05, 12 seats when fetched. */
const monthly = (effectiveStartDate: string, commitmentEndDate: string) =>
  resource(12, {
    creationDate: '2026-06-05T08:00:00Z',
    effectiveStartDate,
    commitmentEndDate,
    termDuration: 'P1M',
  });
/** Its October renewal as the file bills it: 12 seats at 12.50. */
const renewal: Row = {
  SubscriptionId: SUBSCRIPTION,
  ChargeType: 'renew',
  ChargeStartDate: '2026-10-05',
  ChargeEndDate: '2026-11-04',
  UnitPrice: '12.50',
  EffectiveUnitPrice: '12.50',
  BillableQuantity: '12',
  Subtotal: '150.00',
  Currency: 'USD',
};
/** The list: 13.00 a month for the month-to-month term, whatever the day. */
const list = [
  {
    ProductId: 'CFQ7TTC0LDPB',
    SkuId: '0001',
    TermDuration: 'P1M',
    BillingPlan: 'Monthly',
    Currency: 'USD',
    UnitPrice: '13.00',
  },
];
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('the terms of the month the library returns (REC-5)', () => {
  it('REC-5: a resource fetched after the month is rebuilt back: the term holding the first instant (priced as the resource, no line of its own) and the renewal billed in it (the file’s UnitPrice), none outside the month', () => {
    const found = reconcileSubscriptions(
      [renewal],
      [monthly('2026-11-05T00:00:00Z', '2026-12-04T00:00:00Z')],
      { rules: newCommerce, period: '2026-10' },
    );
    expect(found.terms).toEqual([
      {
        subscriptionId: SUBSCRIPTION,
        terms: [
          {
            start: '2026-09-05T00:00:00.000Z',
            end: '2026-10-05T00:00:00.000Z',
            reading: 'rebuilt',
            kind: 'renewal',
            seats: 12,
            price: usd(1250),
            priceSource: { from: 'resource' },
          },
          {
            start: '2026-10-05T00:00:00.000Z',
            end: '2026-11-05T00:00:00.000Z',
            reading: 'rebuilt',
            kind: 'renewal',
            seats: 12,
            price: usd(1250),
            priceSource: { from: 'file' },
          },
        ],
      },
    ]);
  });

  it('REC-5: a resource fetched before the month’s end is advanced by the rules: the renewal priced by the list’s row at its start (13.00), the term as read by the list too', () => {
    const found = reconcileSubscriptions(
      [renewal],
      [monthly('2026-09-05T00:00:00Z', '2026-10-04T00:00:00Z')],
      { rules: newCommerce, period: '2026-10', prices: list },
    );
    expect(found.terms).toEqual([
      {
        subscriptionId: SUBSCRIPTION,
        terms: [
          {
            start: '2026-09-05T00:00:00.000Z',
            end: '2026-10-05T00:00:00.000Z',
            reading: 'as-read',
            kind: 'renewal',
            seats: 12,
            price: usd(1300),
            priceSource: {
              from: 'price-list',
              name: 'the price list',
              at: '2026-09-05T00:00:00.000Z',
            },
          },
          {
            start: '2026-10-05T00:00:00.000Z',
            end: '2026-11-05T00:00:00.000Z',
            reading: 'advanced',
            kind: 'renewal',
            seats: 12,
            price: usd(1300),
            priceSource: {
              from: 'price-list',
              name: 'the price list',
              at: '2026-10-05T00:00:00.000Z',
            },
          },
        ],
      },
    ]);
  });

  it('REC-5: a resource whose term holds the month’s first instant is as read; so is one starting 1 ms before or after it: the term rebuilt before the latter holds no day of the month and is not listed', () => {
    const read = (start: string) =>
      reconcileSubscriptions(
        [{ ...renewal, ChargeStartDate: '2026-10-01', ChargeEndDate: '2026-10-31' }],
        [monthly(start, '2026-10-31T00:00:00Z')],
        { rules: newCommerce, period: '2026-10' },
      ).terms.flatMap((one) => one.terms.map((term) => [term.reading, term.start, term.end]));
    expect(read('2026-10-01T00:00:00.000Z')).toEqual([
      ['as-read', '2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(read('2026-10-01T00:00:00.001Z')).toEqual([
      ['as-read', '2026-10-01T00:00:00.001Z', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(read('2026-09-30T23:59:59.999Z')).toEqual([
      ['as-read', '2026-09-30T23:59:59.999Z', '2026-11-01T00:00:00.000Z'],
    ]);
  });

  it('REC-5: a resource not replayed (none given for the file’s lines) has no terms; a file without its columns has none', () => {
    expect(
      reconcileSubscriptions([renewal], [], { rules: newCommerce, period: '2026-10' }).terms,
    ).toEqual([]);
    expect(
      reconcileSubscriptions([{ SubscriptionId: SUBSCRIPTION }], [], { rules: newCommerce }).terms,
    ).toEqual([]);
  });

  it('REC-5: the terms survive a JSON round trip unchanged, and the rows and resources given are not changed', () => {
    const rows = [renewal];
    const resources = [monthly('2026-11-05T00:00:00Z', '2026-12-04T00:00:00Z')];
    const before = structuredClone([rows, resources, list]);
    const found = reconcileSubscriptions(rows, resources, {
      rules: newCommerce,
      period: '2026-10',
      prices: list,
    });
    expect(found.terms).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(found.terms))).toEqual(found.terms);
    expect([rows, resources, list]).toEqual(before);
  });
});
