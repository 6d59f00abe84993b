import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import { findingsCsv, reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { remedyOf } from '../_private.ts';
import { type Row, resource, SUBSCRIPTION, WORKED } from '../cli/commands/_reconcileFiles.ts';

/** The worked file with an invoice number on every line (the sheet's rows 2 and 3). */
const INVOICED: readonly Row[] = WORKED.map((row) => ({ ...row, InvoiceNumber: 'G012345678' }));

/** The worked file, its second line (sheet row 3) edited. */
const edited = (changes: Row): Row[] =>
  INVOICED.map((row, i) => (i === 1 ? { ...row, ...changes } : row));

describe('remedies that name who acts (REC-6)', () => {
  it('REC-6: 5 seats added billed 31.25 where the rules give 31.20 (same days, seats and price) are Microsoft’s to correct now: invoice, sheet row 3, 0.05 USD more', () => {
    const found = reconcileSubscriptions(edited({ Subtotal: '31.25' }), [resource(15)], {
      rules: newCommerce,
    });
    expect(found.findings.map((f) => [f.finding, f.remedy])).toEqual([
      [
        'different',
        {
          when: 'now',
          message:
            'raise it with Microsoft: invoice G012345678, row 3, billed 31.25 USD where the rules give 31.20 USD: 0.05 USD more',
        },
      ],
    ]);
  });

  it('REC-6: billed 1 cent less (31.19) is raised with Microsoft too, saying less; without an InvoiceNumber column the row alone', () => {
    const rows = WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: '31.19' } : row));
    const found = reconcileSubscriptions(rows, [resource(15)], { rules: newCommerce });
    expect(found.findings[0]?.remedy).toEqual({
      when: 'now',
      message:
        'raise it with Microsoft: row 3, billed 31.19 USD where the rules give 31.20 USD: 0.01 USD less',
    });
  });

  it('REC-6: a charge the file lacks is never the partner’s: the file bills less than the rules, the charge may come in a later file', () => {
    const found = reconcileSubscriptions([INVOICED[0] as Row], [resource(15)], {
      rules: newCommerce,
      period: '2026-12',
    });
    const missing = found.findings.filter((f) => f.finding === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing)
      expect(f.remedy).toEqual({
        when: 'never',
        message: 'the file bills less than the rules; the charge may come in a later file',
      });
  });

  it('REC-6: a line of a subscription not among the resources given is to act on now: check whose it is, dispute it with Microsoft if not yours, in Korean too', () => {
    const other = {
      ...(INVOICED[0] as Row),
      SubscriptionId: 'b8e8e3c1-0000-4000-8000-000000000099',
    };
    const found = reconcileSubscriptions([...INVOICED, other], [resource(15)], {
      rules: newCommerce,
    });
    const theirs = found.findings.filter(
      (f) => f.subscriptionId !== SUBSCRIPTION && f.finding !== 'issue',
    );
    expect(theirs.map((f) => [f.finding, f.remedy])).toEqual([
      [
        'unexpected',
        {
          when: 'now',
          message:
            'not among the subscriptions given: check whose it is; if it is not yours, dispute it with Microsoft',
        },
      ],
    ]);
    const korean = reconcileSubscriptions([...INVOICED, other], [resource(15)], {
      rules: newCommerce,
      locale: ko,
    });
    const remedy = korean.findings.find((f) => f.subscriptionId !== SUBSCRIPTION)?.remedy;
    expect(remedy?.when).toBe('now');
    expect(remedy?.message).toContain('Microsoft');
    expect(remedy?.message).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it('REC-6: a file without CustomerId names each finding’s customer from the resource’s links.self.uri, in the result and in the CSV; the file’s own CustomerId wins', () => {
    const CUSTOMER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const linked = resource(15, {
      links: {
        self: { uri: `/customers/${CUSTOMER}/subscriptions/${SUBSCRIPTION}`, method: 'GET' },
      },
    });
    const found = reconcileSubscriptions(edited({ Subtotal: '31.25' }), [linked], {
      rules: newCommerce,
    });
    expect(found.findings.map((f) => f.customerId)).toEqual([CUSTOMER]);
    expect(findingsCsv(found.findings).split('\n')[1]?.split(',').slice(0, 2)).toEqual([
      '3',
      CUSTOMER,
    ]);
    expect(found.customers.map((c) => c.customerId)).toEqual([CUSTOMER]);
    const named = INVOICED.map((row, i) => ({
      ...row,
      CustomerId: 'c0ffee00',
      ...(i === 1 ? { Subtotal: '31.25' } : {}),
    }));
    const own = reconcileSubscriptions(named, [linked], { rules: newCommerce });
    expect(own.findings.map((f) => f.customerId)).toEqual(['c0ffee00']);
  });
});

describe('an Extended Service Term month shows both prices (REC-6)', () => {
  /** 50 seats in their Extended Service Term since 2027-11-20, billed 1 cent a seat over 4.12. */
  const est = resource(50, {
    offerName: 'Microsoft 365 Business Standard Extended Service Term',
    effectiveStartDate: '2027-11-20T00:00:00Z',
    commitmentEndDate: '2027-12-19T00:00:00Z',
    termDuration: 'P1M',
    autoRenewEnabled: false,
  });
  const month: Row = {
    SubscriptionId: SUBSCRIPTION,
    SkuName: 'Microsoft 365 Business Standard Extended Service Term',
    ChargeType: 'cycleCharge',
    ChargeStartDate: '2027-11-20',
    ChargeEndDate: '2027-12-19',
    UnitPrice: '4.00',
    EffectiveUnitPrice: '4.13',
    Quantity: '50',
    BillableQuantity: '50',
    Subtotal: '206.50',
    Currency: 'USD',
    PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
  };
  const row = (TermDuration: string, BillingPlan: string, UnitPrice: string) => ({
    ProductId: 'CFQ7TTC0LDPB',
    SkuId: '0001',
    TermDuration,
    BillingPlan,
    Currency: 'USD',
    UnitPrice,
  });

  it('REC-6: with a price list, the EST price 4.12 a seat a month against the annual term billed monthly, 43.80 ÷ 12 = 3.65 a seat a month, in the four languages', () => {
    const prices = [row('P1M', 'Monthly', '4.00'), row('P1Y', 'Monthly', '43.80')];
    const messages = [undefined, ko, zhHans, zhHant].map(
      (locale) =>
        reconcileSubscriptions([month], [est], {
          rules: newCommerce,
          prices,
          at: '2027-12-01T00:00:00Z',
          ...(locale === undefined ? {} : { locale }),
        }).findings[0]?.remedy,
    );
    expect(messages).toEqual([
      {
        when: 'now',
        message:
          'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 3.65 USD a seat a month in a committed term',
      },
      {
        when: 'now',
        message:
          '지금 전환하거나 취소하세요: 연장 서비스 기간은 시트당 월 4.12 USD, 약정 기간은 시트당 월 3.65 USD입니다',
      },
      {
        when: 'now',
        message: '立即转换或取消：延长服务期每个席位每月 4.12 USD，承诺期限每个席位每月 3.65 USD',
      },
      {
        when: 'now',
        message: '立即轉換或取消：延長服務期每個授權每月 4.12 USD，承諾期限每個授權每月 3.65 USD',
      },
    ]);
  });

  it('REC-6: without a list’s annual row the EST base the state carries (4.00) is the committed price', () => {
    const based = reconcileSubscriptions([month], [est], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: { amount: 400, currency: 'USD' } },
      at: '2027-12-01T00:00:00Z',
    });
    expect(based.findings[0]?.remedy).toEqual({
      when: 'now',
      message:
        'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 4.00 USD a seat a month in a committed term',
    });
    // a list with the monthly-term row only: the base the state carries (4.00)
    const monthly = reconcileSubscriptions([month], [est], {
      rules: newCommerce,
      prices: [row('P1M', 'Monthly', '4.00')],
      at: '2027-12-01T00:00:00Z',
    });
    expect(monthly.findings[0]?.remedy?.message).toBe(
      'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 4.00 USD a seat a month in a committed term',
    );
  });

  it('REC-6: with neither a list’s annual row nor a base the state carries, the remedy shows the EST price (4.00 + 3 % = 4.12) and says the committed price is not known, with no number for it', () => {
    const played = reconcileSubscriptions([month], [est], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: { amount: 400, currency: 'USD' } },
      at: '2027-12-01T00:00:00Z',
    });
    const finding = played.findings[0] as NonNullable<(typeof played.findings)[number]>;
    // the state as a resource read without its base leaves it: its price the file's base
    const end = {
      program: 'new-commerce',
      status: 'active',
      quantity: 50,
      price: { amount: 400, currency: 'USD' },
      extendedServiceTerm: { since: null, basePrice: null, uplift: 0.03 },
    };
    const remedy = remedyOf(finding, { played: { end } } as never, 0, newCommerce as never, 'en');
    expect(remedy).toEqual({
      when: 'now',
      message:
        'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term; the price of a committed term is not known here (give the price list)',
    });
  });
});
