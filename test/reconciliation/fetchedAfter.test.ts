import fc from 'fast-check';
import {
  chargesBetween,
  fromPartnerCenterSubscription,
  type NewCommerceSubscription,
  readPriceList,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import { invoiceLines, reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { type Row, resource, SUBSCRIPTION } from '../cli/commands/_reconcileFiles.ts';

/** A month-to-month subscription bought 2026-06-05, 12 seats when fetched in November. */
const monthly = (effectiveStartDate: string, commitmentEndDate: string) =>
  resource(12, {
    creationDate: '2026-06-05T08:00:00Z',
    effectiveStartDate,
    commitmentEndDate,
    termDuration: 'P1M',
  });
/** Its October renewal as the file bills it: 10 seats at 12.50 (no Quantity column). */
const renewal: Row = {
  SubscriptionId: SUBSCRIPTION,
  ChargeType: 'renew',
  ChargeStartDate: '2026-10-05',
  ChargeEndDate: '2026-11-04',
  UnitPrice: '12.50',
  EffectiveUnitPrice: '12.50',
  BillableQuantity: '10',
  Subtotal: '125.00',
  Currency: 'USD',
};

describe('a term rebuilt back from a resource fetched after the month (REC-5)', () => {
  it('REC-5: a rebuilt term billed for other seats at the same price says the resource was fetched after the month, so a seat change since is not visible in it, in the four languages; the same line on the term as read has no such note', () => {
    const late = monthly('2026-11-05T00:00:00Z', '2026-12-04T00:00:00Z');
    const messages = [undefined, ko, zhHans, zhHant].map((locale) => {
      const found = reconcileSubscriptions([renewal], [late], {
        rules: newCommerce,
        period: '2026-10',
        ...(locale === undefined ? {} : { locale }),
      });
      expect(found.different.map((d) => [d.chargeType, d.fields])).toEqual([
        ['renew', ['Subtotal', 'BillableQuantity']],
      ]);
      return found.different[0]?.message;
    });
    expect(messages).toEqual([
      "renewed on 2026-10-05, billing period 2026-10-05 to 2026-11-04: 12.50 × 12 = 150.00 USD; billed 10 seats for 125.00 USD; the term is rebuilt back from a resource fetched after the month, its seats the resource's: a seat change since then is not visible in it",
      expect.stringMatching(/^2026-10-05 갱신.*; .*이후의 시트 변경은/),
      expect.stringMatching(/^2026-10-05续订.*；.*之后的席位更改/),
      expect.stringMatching(/^2026-10-05續約.*；.*之後的授權變更/),
    ]);
    // the renewal of 2026-10-05 is the resource's own term: its seats are the resource's to compare
    const own = reconcileSubscriptions(
      [renewal],
      [monthly('2026-10-05T00:00:00Z', '2026-11-04T00:00:00Z')],
      { rules: newCommerce, period: '2026-10' },
    );
    expect(own.different.map((d) => d.message)).toEqual([
      'renewed on 2026-10-05, billing period 2026-10-05 to 2026-11-04: 12.50 × 12 = 150.00 USD; billed 10 seats for 125.00 USD',
    ]);
  });

  it('REC-5: a rebuilt term billed at another price per seat has no such note: the seats are not all that differs', () => {
    const late = monthly('2026-11-05T00:00:00Z', '2026-12-04T00:00:00Z');
    const found = reconcileSubscriptions([{ ...renewal, Subtotal: '126.00' }], [late], {
      rules: newCommerce,
      period: '2026-10',
    });
    expect(found.different.map((d) => d.message)).toEqual([
      'renewed on 2026-10-05, billing period 2026-10-05 to 2026-11-04: 12.50 × 12 = 150.00 USD; billed 10 seats for 126.00 USD',
    ]);
  });
});

describe('a rebuilt term priced by the file’s own UnitPrice for it (REC-5)', () => {
  /** The list: 12.50 a month for the month-to-month term, whatever the day. */
  const list = [
    {
      ProductId: 'CFQ7TTC0LDPB',
      SkuId: '0001',
      TermDuration: 'P1M',
      BillingPlan: 'Monthly',
      Currency: 'USD',
      UnitPrice: '12.50',
    },
  ];
  /** The October renewal as the file bills it: 12 seats at 13.00, the file's own price. */
  const october: Row = {
    ...renewal,
    ChargeStartDate: '2026-10-01',
    ChargeEndDate: '2026-10-31',
    UnitPrice: '13.00',
    EffectiveUnitPrice: '13.00',
    BillableQuantity: '12',
    Subtotal: '156.00',
  };
  const bought = (effectiveStartDate: string, commitmentEndDate: string) =>
    resource(12, {
      creationDate: '2026-06-01T08:00:00Z',
      effectiveStartDate,
      commitmentEndDate,
      termDuration: 'P1M',
    });

  it('REC-5: a term rebuilt back takes the file’s UnitPrice for it (13.00 × 12 = 156.00, matched) before the list’s row at its start (12.50)', () => {
    const found = reconcileSubscriptions(
      [october],
      [bought('2026-11-01T00:00:00Z', '2026-11-30T00:00:00Z')],
      { rules: newCommerce, period: '2026-10', prices: list },
    );
    expect([found.matched.length, found.different, found.atStake]).toEqual([1, [], []]);
  });

  it('REC-5: the term holding the month’s first instant, starting at it or 1 ms after it, is the resource’s own: priced by the list at its start (12.50 × 12 = 150.00), the file’s 156.00 a difference', () => {
    for (const start of ['2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.001Z']) {
      const found = reconcileSubscriptions([october], [bought(start, '2026-10-31T00:00:00Z')], {
        rules: newCommerce,
        period: '2026-10',
        prices: list,
      });
      expect(
        found.different.map((d) => [d.expected.Subtotal, d.actual.Subtotal]),
        start,
      ).toEqual([['150.00', '156.00']]);
    }
  });

  it('REC-5: without a list, each term takes its own lines’ UnitPrice, not the file’s first line’s: a price rise between the rebuilt term (12.50) and the one as read (13.00, billed first) is no difference', () => {
    const found = reconcileSubscriptions(
      [
        { ...october, ChargeStartDate: '2026-11-01', ChargeEndDate: '2026-11-30' },
        { ...october, UnitPrice: '12.50', EffectiveUnitPrice: '12.50', Subtotal: '150.00' },
      ],
      [bought('2026-11-01T00:00:00Z', '2026-11-30T00:00:00Z')],
      { rules: newCommerce },
    );
    expect([found.matched.length, found.different, found.missing, found.unexpected]).toEqual([
      2,
      [],
      [],
      [],
    ]);
  });
});

describe('an Extended Service Term read back to the term whose end began it (REC-5, EST-3)', () => {
  /** In its Extended Service Term since 2026-11-05, fetched in December: 10 seats. */
  const est = resource(10, {
    offerName: 'Microsoft 365 Business Standard Extended Service Term',
    creationDate: '2025-11-05T08:00:00Z',
    effectiveStartDate: '2026-12-05T00:00:00Z',
    commitmentEndDate: '2027-01-04T00:00:00Z',
    termDuration: 'P1M',
    autoRenewEnabled: false,
  });
  const row = (TermDuration: string, UnitPrice: string) => ({
    ProductId: 'CFQ7TTC0LDPB',
    SkuId: '0001',
    TermDuration,
    BillingPlan: 'Monthly',
    Currency: 'USD',
    UnitPrice,
  });
  /** The monthly-term row (the EST base, 12.50 + 3 % = 12.88) and the annual term's (11.50 a month). */
  const prices = [row('P1M', '12.50'), row('P1Y', '138.00')];
  const line = {
    SubscriptionId: SUBSCRIPTION,
    Currency: 'USD',
    Quantity: '10',
    BillableQuantity: '10',
  };
  /** The committed term's last month, at its price. */
  const lastCycle: Row = {
    ...line,
    ChargeType: 'cycleCharge',
    ChargeStartDate: '2026-10-05',
    ChargeEndDate: '2026-11-04',
    UnitPrice: '11.50',
    EffectiveUnitPrice: '11.50',
    Subtotal: '115.00',
  };
  /** The first month of Extended Service Term, at the base plus 3 %. */
  const firstEst: Row = {
    ...line,
    ChargeType: 'cycleCharge',
    ChargeStartDate: '2026-11-05',
    ChargeEndDate: '2026-12-04',
    UnitPrice: '12.50',
    EffectiveUnitPrice: '12.88',
    Subtotal: '128.80',
    PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
  };

  it('REC-5: fetched in December, October’s last month of the committed term is expected at its committed price (11.50 × 10 = 115.00), not as a month of Extended Service Term: matched, with or without the file’s UnitPrice', () => {
    for (const cells of [{}, { UnitPrice: '' }]) {
      const found = reconcileSubscriptions([{ ...lastCycle, ...cells }], [est], {
        rules: newCommerce,
        prices,
        period: '2026-10',
      });
      expect([found.matched.length, found.different, found.missing, found.issues]).toEqual([
        1,
        [],
        [],
        [],
      ]);
    }
  });

  it('REC-5: a file of both months: the committed term’s last month at 115.00 and the first month of Extended Service Term at 128.80 both match', () => {
    const found = reconcileSubscriptions([lastCycle, firstEst], [est], {
      rules: newCommerce,
      prices,
    });
    expect([found.matched.length, found.different, found.missing, found.unexpected]).toEqual([
      2,
      [],
      [],
      [],
    ]);
  });
});

describe('a resource fetched before it moves into its Extended Service Term (REC-5, PL-3, PL-4)', () => {
  /** 10 seats of a year billed monthly from 2025-12-`day`, its end choosing the Extended Service Term. */
  const committed = (day: number, seats = 10) =>
    resource(seats, {
      creationDate: `2025-12-${String(day).padStart(2, '0')}T08:00:00Z`,
      effectiveStartDate: `2025-12-${String(day).padStart(2, '0')}T00:00:00Z`,
      commitmentEndDate: new Date(Date.UTC(2026, 11, day) - 86_400_000).toISOString(),
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToExtendedServiceTerm' }],
    });
  /** The list: the year 138.00 (11.50 a month); the monthly term 12.00 until November, `p1m` from December. */
  const rows = (p1m: string) => {
    const row = (TermDuration: string, UnitPrice: string, from: string, to: string) => ({
      ProductId: 'CFQ7TTC0LDPB',
      SkuId: '0001',
      TermDuration,
      BillingPlan: 'Monthly',
      Market: 'US',
      Currency: 'USD',
      Segment: 'Commercial',
      UnitPrice,
      EffectiveStartDate: from,
      EffectiveEndDate: to,
    });
    return [
      row('P1Y', '138.00', '2025-01-01T00:00:00Z', '9999-11-30T23:59:59Z'),
      row('P1M', '12.00', '2025-01-01T00:00:00Z', '2026-11-30T23:59:59.999Z'),
      row('P1M', p1m, '2026-12-01T00:00:00Z', '9999-11-30T23:59:59Z'),
    ];
  };
  /** December's Extended Service Term month from the 5th: 12.50 + 3 % = 12.875 → 12.88 × 10 = 128.80. */
  const december: Row = {
    SubscriptionId: SUBSCRIPTION,
    ChargeType: 'cycleCharge',
    ChargeStartDate: '2026-12-05',
    ChargeEndDate: '2027-01-04',
    UnitPrice: '12.50',
    EffectiveUnitPrice: '12.88',
    BillableQuantity: '10',
    Subtotal: '128.80',
    Currency: 'USD',
    PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
  };

  it('PL-3, PL-4, REC-5: fetched in November, its December month of Extended Service Term is priced by the list’s monthly row at the month’s start (12.50, not November’s 12.00): matched, nothing at stake', () => {
    const found = reconcileSubscriptions([december], [committed(5)], {
      rules: newCommerce,
      prices: rows('12.50'),
      period: '2026-12',
    });
    expect([found.matched.length, found.different, found.missing, found.unexpected]).toEqual([
      1,
      [],
      [],
      [],
    ]);
    expect([found.atStake, found.issues]).toEqual([[], []]);
    // a term ending on the window's last day moves into it on that day; one ending on the next
    // day (the window's end) bills December as its committed term's month, no EST month in it
    const lastDay = reconcileSubscriptions(
      [{ ...december, ChargeStartDate: '2026-12-31', ChargeEndDate: '2027-01-30' }],
      [committed(31)],
      { rules: newCommerce, prices: rows('12.50'), period: '2026-12' },
    );
    expect([lastDay.matched.length, lastDay.atStake]).toEqual([1, []]);
    const after = reconcileSubscriptions(
      [{ ...december, ChargeStartDate: '2026-12-31', ChargeEndDate: '2027-01-30' }],
      [
        resource(10, {
          ...committed(31),
          commitmentEndDate: '2026-12-31T00:00:00Z',
        }),
      ],
      { rules: newCommerce, prices: rows('12.50'), period: '2026-12' },
    );
    expect(after.matched).toEqual([]);
  });

  describe('properties', () => {
    it('PL-3, PL-4, REC-5: a month advance bills with the price list reconciles against the resource fetched before it and the same list with nothing at stake, for every monthly price, term-end day and seats', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 100, max: 99_999 }),
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 1, max: 300 }),
          (cents, day, seats) => {
            const p1m = (cents / 100).toFixed(2);
            const list = rows(p1m);
            const fetched = committed(day, seats);
            const read = fromPartnerCenterSubscription(fetched as never, {
              asOf: '2026-11-20T00:00:00Z',
              price: {
                UnitPrice: '138.00',
                Currency: 'USD',
                TermDuration: 'P1Y',
                BillingPlan: 'Monthly',
              },
              priceKey: {
                ProductId: 'CFQ7TTC0LDPB',
                SkuId: '0001',
                Market: 'US',
                Currency: 'USD',
                Segment: 'Commercial',
              },
            }).subscription as NewCommerceSubscription;
            const priceList = readPriceList(list);
            const charges = chargesBetween(read, read.asOf, '2026-12-31T23:59:59.999Z', {
              priceList,
            }).filter((c) => c.at >= '2026-12-01');
            const lines = invoiceLines(charges, { subscriptionId: SUBSCRIPTION });
            expect(lines.map((l) => [l.UnitPrice, l.PriceAdjustmentDescription])).toEqual([
              [p1m, 'Extended Service Terms 3% Fee Applied'],
            ]);
            const found = reconcileSubscriptions(lines, [fetched], {
              rules: newCommerce,
              prices: list,
              period: '2026-12',
            });
            expect([
              found.matched.length,
              found.different,
              found.missing,
              found.unexpected,
            ]).toEqual([1, [], [], []]);
            expect(found.atStake).toEqual([]);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
