import {
  advance,
  cancellationDecision,
  createSubscription,
  extendedServiceTermPrice,
  fromPartnerCenterSubscription,
  type NewCommercePurchase,
  periodPrice,
  readPriceList,
  reservationRefund,
  suspensionExpiry,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;

const seats = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  price: usd(1250),
  orderedAt: '2026-11-20T10:00:00Z',
} as const satisfies NewCommercePurchase;

const probe = (run: () => unknown) => {
  const { code, path, message } = ruleErrorOf(run);
  return { code, path, message };
};

describe('an error names the real fault', () => {
  it('ERR-1, PCR details: a negative price says it must not be negative, wherever a price comes in', () => {
    expect(probe(() => createSubscription({ ...seats, price: usd(-1250) }))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'input.price.amount',
      message: 'input.price.amount: must not be negative, got -1250',
    });
    expect(
      probe(() => cancellationDecision({ ...seats, price: usd(-1) }, seats.orderedAt)),
    ).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'purchase.price.amount',
      message: 'purchase.price.amount: must not be negative, got -1',
    });
    expect(probe(() => extendedServiceTermPrice({ basePrice: usd(-400) })).message).toBe(
      'input.basePrice.amount: must not be negative, got -400',
    );
    expect(
      probe(() =>
        reservationRefund(
          {
            id: 'vm',
            type: 'virtual-machines',
            term: 'P1Y',
            billingPlan: 'monthly',
            purchasedAt: '2026-01-15T00:00:00Z',
            price: usd(-100),
          },
          '2026-02-01T00:00:00Z',
        ),
      ).message,
    ).toBe('reservation.price.amount: must not be negative, got -100');
    const row = {
      UnitPrice: '-75.60',
      Currency: 'USD',
      TermDuration: 'P1Y',
      BillingPlan: 'Monthly',
    };
    expect(probe(() => periodPrice(row)).message).toBe(
      'row.UnitPrice: must not be negative, got "-75.60"',
    );
    // a resource read with a negative price, as a row or as money
    const resource = {
      quantity: 10,
      productType: { id: 'OnlineServicesNCE' },
      effectiveStartDate: '2026-11-20T10:00:00Z',
      commitmentEndDate: '2027-11-19T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
    };
    const asOf = '2026-11-21T00:00:00Z';
    for (const UnitPrice of ['-12.50', -12.5])
      expect(
        probe(() =>
          fromPartnerCenterSubscription(resource, { asOf, price: { UnitPrice, Currency: 'USD' } }),
        ),
      ).toEqual({
        code: 'INVALID_AMOUNT',
        path: 'options.price.UnitPrice',
        message: `options.price.UnitPrice: must not be negative, got ${JSON.stringify(UnitPrice)}`,
      });
    expect(
      probe(() => fromPartnerCenterSubscription(resource, { asOf, price: usd(-5) })).message,
    ).toBe('options.price.amount: must not be negative, got -5');
  });

  it('ERR-2, PCR details: a price list row with a negative price is an issue saying so', () => {
    const list = readPriceList(
      'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n' +
        'CFQ7TTC0LH18,0001,P1Y,Annual,US,USD,-48,2023-02-01T00:00:00Z,9999-11-30T23:59:59Z\n',
    );
    expect(list.issues.map((issue) => issue.message)).toEqual([
      "line 2, UnitPrice: expected a price that is not negative, got '-48'",
    ]);
  });

  it('ERR-1, PCR details: an instant past the years a Date can hold names the caller’s field and an ISO instant, never epoch milliseconds', () => {
    expect(probe(() => createSubscription({ ...seats, orderedAt: new Date(8.64e15) }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: 'input.orderedAt',
      message:
        'input.orderedAt: expected an instant in the years 0000–9999, got Date +275760-09-13T00:00:00.000Z',
    });
    // an offset that moves the caller's text before the year 0000: the caller's own text
    expect(
      probe(() => createSubscription({ ...seats, orderedAt: '0000-01-01T00:00:00+01:00' })).message,
    ).toBe(
      'input.orderedAt: expected an instant in the years 0000–9999, got "0000-01-01T00:00:00+01:00"',
    );
  });

  it('ERR-1, PCR details: an instant computed past the year 9999 names the caller’s field it came from, as an ISO instant', () => {
    expect(
      probe(() => createSubscription({ ...seats, orderedAt: '9999-06-01T00:00:00Z' })),
    ).toEqual({
      code: 'OUT_OF_RANGE',
      path: 'input.orderedAt',
      message:
        'input.orderedAt: expected an instant from which termEnd is in the years 0000–9999, got "9999-06-01T00:00:00.000Z"',
    });
    expect(
      probe(() =>
        cancellationDecision(
          { ...seats, orderedAt: '9999-12-30T00:00:00Z' },
          '9999-12-30T00:00:00Z',
        ),
      ).message,
    ).toBe(
      'purchase.orderedAt: expected an instant from which windowEndsAt is in the years 0000–9999, got "9999-12-30T00:00:00.000Z"',
    );
    const monthly = createSubscription({
      ...seats,
      term: 'P1M',
      orderedAt: '9999-10-20T00:00:00Z',
    });
    expect(probe(() => advance(monthly, '9999-12-25T00:00:00Z')).message).toBe(
      'subscription.termEnd: expected an instant from which termEnd is in the years 0000–9999, got "9999-12-20T00:00:00.000Z"',
    );
    const expiry = probe(() =>
      suspensionExpiry({
        suspendedAt: '9999-12-30T00:00:00Z',
        accountOpenedAt: '2020-01-01T00:00:00Z',
        firstBillingPeriodStart: '2020-01-01T00:00:00Z',
      }),
    );
    expect(expiry).toMatchObject({ code: 'OUT_OF_RANGE', path: 'input.suspendedAt' });
    expect(expiry.message).not.toMatch(/\d{13}/);
  });
});
