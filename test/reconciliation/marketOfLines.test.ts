import fc from 'fast-check';
import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { basic } from '../cli/commands/_prices.ts';

/** Partner Center's list of Business Basic P1Y billed monthly in three markets, two in EUR. */
const HEADER =
  'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment';
const row = (market: string, currency: string, price: string) =>
  Object.fromEntries(
    HEADER.split(',').map((name, i) => [
      name,
      [
        'CFQ7TTC0LH18',
        '0001',
        'P1Y',
        'Monthly',
        market,
        currency,
        price,
        '2/1/2023 12:00:00 AM',
        '11/30/9999 11:59:59 PM',
        'Commercial',
      ][i] as string,
    ]),
  );
/** DE 70.80 EUR a year (5.90 a month), FR 72.00 EUR (6.00), US 75.60 USD (6.30). */
const MARKETS = [row('DE', 'EUR', '70.80'), row('FR', 'EUR', '72.00'), row('US', 'USD', '75.60')];

/** A subscription bought 2026-07-01, billed its October cycle. */
const bought = (id: string, customer: string, seats: number) => ({
  ...basic(id, customer, seats, '2026-07-01T00:00:00Z', '2027-06-30T00:00:00Z'),
  creationDate: '2026-07-01T00:00:00Z',
});

/** October's cycle line of a subscription, its customer in `country`. */
const cycle = (id: string, country: string, seats: number, price: string, subtotal: string) => ({
  SubscriptionId: id,
  CustomerId: `${id}-customer`,
  CustomerCountry: country,
  ChargeType: 'cycleCharge',
  ChargeStartDate: '2026-10-01',
  ChargeEndDate: '2026-10-31',
  UnitPrice: price,
  EffectiveUnitPrice: price,
  Quantity: String(seats),
  BillableQuantity: String(seats),
  Subtotal: subtotal,
  Currency: 'EUR',
});

const DE = bought('sub-de', 'contoso', 10);
const FR = bought('sub-fr', 'fabrikam', 4);
const RESOURCES = [DE, FR];
const DE_LINE = cycle('sub-de', 'de', 10, '5.90', '59.00');
const ROWS = [DE_LINE, cycle('sub-fr', 'FR', 4, '6.00', '24.00')];
const options = { rules: newCommerce, period: '2026-10', prices: MARKETS };

describe('each subscription priced in its customer’s market (PL-7)', () => {
  it('PL-7: a file of two markets in one currency is priced by each line’s CustomerCountry (de read as DE): 10 × 5.90 = 59.00 and 4 × 6.00 = 24.00 EUR match, nothing at stake', () => {
    const found = reconcileSubscriptions(ROWS, RESOURCES, options);
    expect(found.issues).toEqual([]);
    expect(found.matched.map((m) => [m.subscriptionId, m.amounts.Subtotal])).toEqual([
      ['sub-de', '59.00'],
      ['sub-fr', '24.00'],
    ]);
    expect(found.atStake).toEqual([]);
    expect(found.findings).toEqual([]);
  });

  it('PL-7: options.market overrides the lines’ country: in FR the DE subscription’s 59.00 is 1.00 EUR less than 10 × 6.00 = 60.00', () => {
    const found = reconcileSubscriptions(ROWS, RESOURCES, { ...options, market: 'fr' });
    expect(found.different.map((d) => [d.subscriptionId, d.expected.Subtotal])).toEqual([
      ['sub-de', '60.00'],
    ]);
    expect(found.atStake).toEqual([{ currency: 'EUR', amount: '1.00', net: '-1.00' }]);
  });

  it('PL-7: a subscription with no line, in a list of several markets, is an issue saying its market is not known and to give options.market; given FR, its cycle is missing at 24.00', () => {
    const alone = reconcileSubscriptions([DE_LINE], RESOURCES, options);
    expect(alone.issues).toEqual([
      {
        subscriptionId: 'sub-fr',
        message:
          'the price list holds 3 markets (DE, FR, US) and no line of it names its customer’s country (CustomerCountry): give options.market to price it',
      },
    ]);
    expect(alone.findings.find((f) => f.subscriptionId === 'sub-fr')?.finding).toBe('issue');
    const inKorean = reconcileSubscriptions([DE_LINE], RESOURCES, { ...options, locale: ko });
    expect(inKorean.issues[0]?.message).toBe(
      'the price list에 시장이 3개(DE, FR, US) 있고 이 구독의 어느 줄에도 고객의 국가(CustomerCountry)가 없습니다: 가격을 정하려면 options.market을(를) 지정하세요',
    );
    const given = reconcileSubscriptions([DE_LINE], [FR], { ...options, market: 'FR' });
    expect(given.missing.map((m) => [m.subscriptionId, m.expected.Subtotal])).toEqual([
      ['sub-fr', '24.00'],
    ]);
  });

  it('PL-7: annual subscriptions billed annually with nothing due in October and no market given need none: no issue, no finding; one billed monthly of a customer with no line is still the issue naming options.market', () => {
    const annual = (id: string, customer: string) => ({
      ...bought(id, customer, 3),
      billingCycle: 'annual',
    });
    // the list prices the annual plan in each market too: only the market is unknown
    const yearlyRows = MARKETS.map((r) => ({ ...r, BillingPlan: 'Annual' }));
    const both = { ...options, prices: [...MARKETS, ...yearlyRows] };
    const yearly = reconcileSubscriptions(
      [DE_LINE],
      [DE, annual('sub-a1', 'northwind'), annual('sub-a2', 'adatum')],
      both,
    );
    expect(yearly.issues).toEqual([]);
    expect(yearly.findings.filter((f) => f.subscriptionId !== 'sub-de')).toEqual([]);
    expect(yearly.matched.map((m) => m.subscriptionId)).toEqual(['sub-de']);
    const due = reconcileSubscriptions([DE_LINE], [DE, annual('sub-a1', 'northwind'), FR], both);
    expect(due.issues.map((i) => i.subscriptionId)).toEqual(['sub-fr']);
    expect(due.issues[0]?.message).toMatch(/give options\.market to price it$/);
  });

  it('PL-7: a country the list does not hold (AT) has no price, and the issue names the market read from its line', () => {
    const found = reconcileSubscriptions(
      [cycle('sub-de', 'AT', 10, '5.90', '59.00')],
      [DE],
      options,
    );
    expect(found.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^the price list has no row for .* in EUR in the market AT \(CustomerCountry\)/,
      ),
    ]);
  });

  it('PL-7: lines of one subscription naming two countries are priced in the country of its first line in the file: FR’s 6.00, so its cycle printed as 5 + 5 seats matches at 60.00', () => {
    const half = (country: string) => ({
      ...cycle('sub-de', country, 10, '6.00', '30.00'),
      BillableQuantity: '5',
    });
    const found = reconcileSubscriptions([half('FR'), half('DE')], [DE], options);
    expect(found.matched.map((m) => [m.rows, m.amounts.Subtotal])).toEqual([[[2, 3], '60.00']]);
    const other = reconcileSubscriptions([half('DE'), half('FR')], [DE], options);
    expect(other.different.map((d) => d.expected.Subtotal)).toEqual(['59.00']);
  });

  it('PL-7: options.market that is not a two-letter code, or a market the list does not hold, is a RuleError naming options.market', () => {
    expect(() =>
      reconcileSubscriptions(ROWS, RESOURCES, { ...options, market: 'Germany' }),
    ).toThrow(/options\.market/);
    expect(() => reconcileSubscriptions(ROWS, RESOURCES, { ...options, market: 'JP' })).toThrow(
      /options\.market: expected a market the price list has rows of \(DE, FR, US\), got .*JP/,
    );
  });
});

describe('a subscription with no line priced in its customer’s market (PL-7)', () => {
  /** A line of fabrikam's, as Partner Center prints its customer (CustomerId, any case). */
  const fabrikam = (country: string, customer = 'fabrikam') => ({
    ...cycle('sub-fr', country, 4, '6.00', '24.00'),
    CustomerId: customer,
  });
  /** fabrikam's second subscription, 2 seats, that the file has no line of. */
  const SECOND = bought('sub-fr2', 'fabrikam', 2);

  it('PL-7: a subscription with no line, its October cycle due, is priced in the CustomerCountry of its customer’s other lines (the customer of its links.self.uri): missing at 2 × 6.00 = 12.00 EUR, no issue', () => {
    const found = reconcileSubscriptions([fabrikam('FR', ' FABRIKAM ')], [FR, SECOND], options);
    expect(found.issues).toEqual([]);
    expect(found.missing.map((m) => [m.subscriptionId, m.expected.Subtotal])).toEqual([
      ['sub-fr2', '12.00'],
    ]);
    expect(found.atStake).toEqual([{ currency: 'EUR', amount: '12.00', net: '-12.00' }]);
  });

  it('PL-7: options.market overrides the customer’s country for a subscription with no line: in DE its cycle is missing at 2 × 5.90 = 11.80', () => {
    const found = reconcileSubscriptions([fabrikam('FR')], [FR, SECOND], {
      ...options,
      market: 'DE',
    });
    expect(found.missing.map((m) => [m.subscriptionId, m.expected.Subtotal])).toEqual([
      ['sub-fr2', '11.80'],
    ]);
  });

  it('PL-7: a customer whose lines name two countries gives its subscription with no line none: the issue naming options.market, never a country guessed', () => {
    const other = { ...fabrikam('DE'), SubscriptionId: 'sub-fr3' };
    const found = reconcileSubscriptions(
      [fabrikam('FR'), other],
      [FR, bought('sub-fr3', 'fabrikam', 1), SECOND],
      options,
    );
    expect(found.issues).toEqual([
      {
        subscriptionId: 'sub-fr2',
        message:
          'the price list holds 3 markets (DE, FR, US) and no line of it names its customer’s country (CustomerCountry): give options.market to price it',
      },
    ]);
  });

  it('PL-7: the market a subscription with no line is priced in does not depend on the order of the lines of its customer and of others', () => {
    const lines = [
      fabrikam('FR'),
      { ...fabrikam('FR'), SubscriptionId: 'sub-fr3', BillableQuantity: '1', Subtotal: '6.00' },
      { ...DE_LINE, CustomerId: 'contoso' },
    ];
    const resources = [DE, FR, bought('sub-fr3', 'fabrikam', 1), SECOND];
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: 1 }), (some) => {
        const found = reconcileSubscriptions(some, resources, options);
        const second = found.findings.find((f) => f.subscriptionId === 'sub-fr2');
        const fabrikamBilled = some.some((line) => line.CustomerId === 'fabrikam');
        // priced in FR where a line of fabrikam's says so, else nothing says its market
        expect(second?.finding).toBe(fabrikamBilled ? 'missing' : 'issue');
        if (fabrikamBilled)
          expect(found.missing.find((m) => m.subscriptionId === 'sub-fr2')?.expected.Subtotal).toBe(
            '12.00',
          );
      }),
      { numRuns: 40 },
    );
  });
});
