import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
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
