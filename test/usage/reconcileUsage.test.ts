import fc from 'fast-check';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { reconRow, usageRow } from './_rows.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** USG-3's VM meter: 24 h a day at 0.20 USD, PEC 15 on 1–29 November, `last` on the 30th. */
function month(
  last: Readonly<Record<string, string>>,
  over: Readonly<Record<string, string>> = {},
) {
  return Array.from({ length: 30 }, (_, i) =>
    usageRow({
      UsageDate: `2026-11-${String(i + 1).padStart(2, '0')}`,
      ...over,
      ...(i === 29 ? last : {}),
    }),
  );
}
const NO_PEC = {
  PartnerEarnedCreditPercentage: '0',
  EffectiveUnitPrice: '0.20',
  BillingPreTaxTotal: '4.80',
};

describe('reconcileUsage: Partner Earned Credit (USG-3)', () => {
  it('USG-3: PEC 15 on 1–29 November and 0 on the 30th: pec-not-earned for 2026-11-30, 4.80 billed where 4.08 with PEC, 0.72 USD at stake, remedy now', () => {
    const result = reconcileUsage(month(NO_PEC), null);
    expect(result.pec.notEarned).toEqual([
      {
        kind: 'pec-not-earned',
        rows: [30],
        lines: 1,
        customerId: 'c-1',
        invoiceNumber: 'G000000001',
        subscriptionId: 'plan-1',
        entitlementId: 'azure-1',
        productId: 'DZH318Z0BQ3Q',
        skuId: '0001',
        meter: 'vm-d2s',
        days: ['2026-11-30'],
        firstDay: '2026-11-30',
        lastDay: '2026-11-30',
        expected: usd(408),
        billed: usd(480),
        difference: usd(72),
        atStake: usd(72),
        rule: 'USG-3',
        message:
          'no Partner Earned Credit on D2s v5 on 2026-11-30: at 15 % it would have saved 0.72 USD',
        remedy: {
          when: 'now',
          message:
            'restore admin access for the whole day — AOBO (Admin agents), Azure Lighthouse, or an RBAC role for the transacting partner — on Azure subscription azure-1; PEC lost on 2026-11-30 is not restored',
        },
      },
    ]);
    expect(result.summary).toMatchObject({
      pecDaysLost: 1,
      pecLost: [usd(72)],
      days: 30,
      entitlements: 1,
      lines: 30,
    });
    expect(result.atStake).toEqual([{ currency: 'USD', amount: usd(72), net: usd(72) }]);
    expect(result.customers).toEqual([
      {
        customerId: 'c-1',
        customerName: 'Contoso',
        atStake: [{ currency: 'USD', amount: usd(72), net: usd(72) }],
        creditUsed: [],
      },
    ]);
  });

  it('USG-3: the same meter named “D2s v5 Spot” with PEC 15 on 1 November (4.08 billed) is pec-on-excluded-meter, 0.72 USD, remedy never', () => {
    const result = reconcileUsage(
      [usageRow({ UsageDate: '2026-11-01', MeterName: 'D2s v5 Spot' })],
      null,
    );
    expect(result.pec.notEarned).toEqual([]);
    expect(result.pec.onExcludedMeter).toMatchObject([
      {
        kind: 'pec-on-excluded-meter',
        days: ['2026-11-01'],
        expected: usd(480),
        billed: usd(408),
        difference: usd(-72),
        atStake: usd(72),
        message: 'PEC 15 % on D2s v5 Spot, which earns none (a Spot meter): 0.72 USD given',
        remedy: { when: 'never', message: 'Microsoft may reverse it; hold the margin' },
      },
    ]);
    expect(result.atStake).toEqual([{ currency: 'USD', amount: usd(72), net: usd(-72) }]);
  });

  it('USG-3: a Spot meter without PEC, a “Spotlight” meter with PEC: no finding (the word Spot, not the letters)', () => {
    const result = reconcileUsage(
      [
        usageRow({ MeterSubCategory: 'Spot', ...NO_PEC }),
        usageRow({ MeterName: 'Spotlight', UsageDate: '2026-11-29' }),
      ],
      null,
    );
    expect([result.pec.notEarned, result.pec.onExcludedMeter]).toEqual([[], []]);
  });

  it('USG-3: Third Party by the price list’s Tags, marketplace by PublisherName: PEC on them is on an excluded meter; without a price list the summary says the test was left out', () => {
    const rows = [
      usageRow({ MeterId: 'm-3p' }),
      usageRow({ MeterId: 'm-mp', PublisherName: 'Contoso Software' }),
    ];
    const prices = [
      { MeterId: 'M-3P', Tags: 'Third Party' },
      { meterid: 'm-mp', Tags: '' },
    ];
    expect(
      reconcileUsage(rows, null, { prices }).pec.onExcludedMeter.map((f) => f.message),
    ).toEqual([
      'PEC 15 % on D2s v5, which earns none (Third Party in the price list): 0.72 USD given',
      'PEC 15 % on D2s v5, which earns none (a marketplace product of Contoso Software): 0.72 USD given',
    ]);
    const without = reconcileUsage(rows, null);
    expect(without.pec.onExcludedMeter).toHaveLength(1);
    expect(without.summary.notChecked).toContain(
      'Third Party meters not told apart: no price list given',
    );
  });

  it('USG-3: a line covered by a benefit (BenefitType) is not PEC-eligible: no finding without PEC', () => {
    expect(
      reconcileUsage([usageRow({ ...NO_PEC, BenefitType: 'Reservation' })], null).pec.notEarned,
    ).toEqual([]);
  });

  it('USG-3: PEC 15 on a BenefitType line (4.08 billed for 24 h at 0.20) is pec-on-excluded-meter, 0.72 USD given, remedy never; PEC 0.01 gives r(0.20 × 0.0001 × 24) → 0.01 USD, PEC 0 nothing', () => {
    const benefit = (over: Readonly<Record<string, string>>) =>
      reconcileUsage([usageRow({ BenefitType: 'SavingsPlan', ...over })], null);
    const result = benefit({});
    expect(result.pec.notEarned).toEqual([]);
    expect(result.pec.onExcludedMeter).toMatchObject([
      {
        kind: 'pec-on-excluded-meter',
        rule: 'USG-3',
        days: ['2026-11-30'],
        expected: usd(480),
        billed: usd(408),
        atStake: usd(72),
        message:
          'PEC 15 % on D2s v5, which earns none (covered by a reservation or savings plan): 0.72 USD given',
        remedy: { when: 'never' },
      },
    ]);
    expect(
      benefit({
        PartnerEarnedCreditPercentage: '0.01',
        EffectiveUnitPrice: '0.19998',
        BillingPreTaxTotal: '4.79',
      }).pec.onExcludedMeter.map((f) => f.atStake),
    ).toEqual([usd(1)]);
    expect(benefit(NO_PEC).pec.onExcludedMeter).toEqual([]);
  });

  it('USG-3: PEC at 10 % where the rate is 15 is pec-rate-unexpected, a difference with both rates', () => {
    const result = reconcileUsage(
      [
        usageRow({
          PartnerEarnedCreditPercentage: '10',
          EffectiveUnitPrice: '0.18',
          BillingPreTaxTotal: '4.32',
        }),
      ],
      null,
    );
    expect(result.different).toMatchObject([
      {
        kind: 'pec-rate-unexpected',
        rule: 'USG-3',
        expected: usd(408),
        billed: usd(432),
        atStake: usd(24),
        message: 'PEC 10 % on D2s v5 where the rate is 15 %: 4.08 USD at the rate; billed 4.32 USD',
      },
    ]);
  });

  it('USG-3: the rate is the price list’s (a column whose name contains EarnedCredit, × 100 when it names a Rate), else options.pecRate', () => {
    const row = usageRow({
      PartnerEarnedCreditPercentage: '10',
      EffectiveUnitPrice: '0.18',
      BillingPreTaxTotal: '4.32',
    });
    expect(
      reconcileUsage([row], null, {
        prices: [{ MeterId: 'vm-d2s', PartnerEarnedCreditRate: '0.10' }],
      }).different,
    ).toEqual([]);
    expect(
      reconcileUsage([row], null, { prices: [{ MeterId: 'vm-d2s', 'Earned Credit %': '10' }] })
        .different,
    ).toEqual([]);
    expect(reconcileUsage([row], null, { pecRate: '10' }).different).toEqual([]);
    expect(reconcileUsage([row], null, { pecRate: '10.01' }).different).toHaveLength(1);
  });

  it('USG-3: when no eligible meter of an Azure subscription earned PEC on any day of the month, one finding for the subscription, not one per meter', () => {
    const rows = [
      ...month(NO_PEC, NO_PEC),
      ...month(NO_PEC, { ...NO_PEC, MeterId: 'disk', MeterName: 'P10 Disk' }),
    ];
    const result = reconcileUsage(rows, null);
    expect(result.pec.notEarned).toHaveLength(1);
    expect(result.pec.notEarned[0]).toMatchObject({
      entitlementId: 'azure-1',
      productId: '',
      skuId: '',
      lines: 60,
      atStake: usd(72 * 60),
    });
    expect(result.pec.notEarned[0]?.meter).toBeUndefined();
    expect(result.pec.notEarned[0]?.days).toHaveLength(30);
    expect(result.pec.notEarned[0]?.message).toBe(
      'no Partner Earned Credit on any eligible meter of Azure subscription azure-1 in 2026-11 (30 days): at 15 % it would have saved 43.20 USD',
    );
    expect([result.summary.pecMeterDaysLost, result.summary.pecDaysLost]).toEqual([60, 30]);
  });

  it('USG-3: a line without the PEC column while other lines carry it has not earned it; a file without the column is not checked, and the summary says so', () => {
    const { PartnerEarnedCreditPercentage: _, ...bare } = usageRow(NO_PEC);
    expect(
      reconcileUsage([usageRow({ UsageDate: '2026-11-29' }), bare], null).pec.notEarned,
    ).toHaveLength(1);
    const alone = reconcileUsage([bare], null);
    expect(alone.pec.notEarned).toEqual([]);
    expect(alone.summary.checked.pec).toBe(false);
    expect(alone.summary.notChecked).toContain(
      'PEC not checked: the file has no PartnerEarnedCreditPercentage (export with attributeSet full)',
    );
  });

  it('USG-2, USG-3: a file without the PEC column takes its EffectiveUnitPrice as the rule’s: 24 h at 0.17 (UnitPrice 0.20) billed 4.08 is no finding and no note; 4.09 or 4.07 is different by 0.01 on the line’s own arithmetic; the summary names both checks not run', () => {
    const basic = (over: Readonly<Record<string, string>> = {}) => {
      const { PartnerEarnedCreditPercentage: _, ...row } = usageRow(over);
      return row;
    };
    const alone = reconcileUsage([basic(), basic({ UsageDate: '2026-11-29' })], null);
    expect([alone.different, alone.notes, alone.pec.notEarned, alone.atStake]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(alone.summary.notChecked).toEqual([
      'PEC not checked: the file has no PartnerEarnedCreditPercentage (export with attributeSet full)',
      'EffectiveUnitPrice not checked against UnitPrice less PEC: without PartnerEarnedCreditPercentage the file’s price is taken as the rule’s',
      'Third Party meters not told apart: no price list given',
      'the daily lines not tied to the invoice: no invoice file given',
    ]);
    // a printed price one unit of its last place off the rule's, with the amount agreeing, is no note either
    expect(reconcileUsage([basic({ EffectiveUnitPrice: '0.170' })], null).notes).toEqual([]);
    for (const billed of ['4.09', '4.07'])
      expect(
        reconcileUsage([basic({ BillingPreTaxTotal: billed })], null).different.map((f) => [
          f.expected,
          f.atStake,
        ]),
      ).toEqual([[usd(408), usd(1)]]);
    // a credit of 100 % makes the price 0 whatever PEC was: still checked without the column
    expect(
      reconcileUsage([basic({ CreditPercentage: '100', CreditType: 'Azure Credit Applied' })], null)
        .different,
    ).toMatchObject([{ expected: usd(0), billed: usd(408) }]);
    // the same line in a file that has the column (another line carries it) is checked as before
    const mixed = reconcileUsage([usageRow({ UsageDate: '2026-11-29' }), basic()], null);
    expect(mixed.different.map((f) => [f.rule, f.expected])).toEqual([['USG-2', usd(480)]]);
    expect(mixed.summary.notChecked).not.toContain(alone.summary.notChecked[1]);
  });

  it('USG-3: a PEC finding with no money at stake on any line is a no-money-at-stake note: PEC 10 on 0.16 h at 0.20 (r(0.0288) = r(0.0272) = 0.02) is a note, on 0.17 h (0.03 against 0.02) pec-rate-unexpected with 0.01 USD; PEC 0 on 0.04 h (r(0.008) = r(0.0068) = 0) a note, on 0.05 h (0.01 against 0.00) pec-not-earned', () => {
    const rate = (quantity: string, billed: string) =>
      usageRow({
        Quantity: quantity,
        PartnerEarnedCreditPercentage: '10',
        EffectiveUnitPrice: '0.18',
        BillingPreTaxTotal: billed,
      });
    const quiet = reconcileUsage([rate('0.16', '0.02')], null);
    expect([quiet.different, quiet.atStake, quiet.pec.notEarned]).toEqual([[], [], []]);
    expect(quiet.notes).toMatchObject([
      {
        kind: 'no-money-at-stake',
        rule: 'USG-3',
        rows: [1],
        lines: 1,
        entitlementId: 'azure-1',
        invoiceNumber: 'G000000001',
        message: 'PEC 10 % on D2s v5 where the rate is 15 %: 0.02 USD at the rate; billed 0.02 USD',
        finding: { kind: 'pec-rate-unexpected', expected: usd(2), billed: usd(2), atStake: usd(0) },
      },
    ]);
    expect(
      reconcileUsage([rate('0.17', '0.03')], null).different.map((f) => [f.kind, f.atStake]),
    ).toEqual([['pec-rate-unexpected', usd(1)]]);
    const lost = (quantity: string, billed: string) =>
      reconcileUsage(
        [usageRow({ ...NO_PEC, Quantity: quantity, BillingPreTaxTotal: billed })],
        null,
      );
    const small = lost('0.04', '0.00');
    expect([small.pec.notEarned, small.notes.map((n) => n.kind)]).toEqual([
      [],
      ['no-money-at-stake'],
    ]);
    expect(lost('0.05', '0.01').pec.notEarned.map((f) => f.atStake)).toEqual([usd(1)]);
    // a line and its correction, 0.01 USD at stake each way: money at stake on its lines, a finding
    const both = reconcileUsage([rate('0.17', '0.03'), rate('-0.17', '-0.03')], null);
    expect(both.different.map((f) => [f.kind, f.lines, f.atStake])).toEqual([
      ['pec-rate-unexpected', 2, usd(0)],
    ]);
    expect(both.notes).toEqual([]);
  });

  it('USG-3: minAtStake keeps a 0.72 USD finding at 0.72 and leaves it out at 0.73', () => {
    expect(reconcileUsage(month(NO_PEC), null, { minAtStake: '0.72' }).pec.notEarned).toHaveLength(
      1,
    );
    expect(reconcileUsage(month(NO_PEC), null, { minAtStake: '0.73' }).pec.notEarned).toHaveLength(
      0,
    );
  });
});

describe('reconcileUsage: a line’s arithmetic (USG-2)', () => {
  /** One line of 100 units at UnitPrice 0.0123 (0.010455 after PEC 15), printed and billed as given. */
  const at = (price: string, billed: string, over: Readonly<Record<string, string>> = {}) =>
    reconcileUsage(
      [
        usageRow({
          UnitPrice: '0.0123',
          EffectiveUnitPrice: price,
          Quantity: '100',
          BillingPreTaxTotal: billed,
          ...over,
        }),
      ],
      null,
    );
  const EUR = {
    UnitPrice: '0.10',
    Quantity: '23.2',
    EffectiveUnitPrice: '0.085',
    PCToBCExchangeRate: '0.92',
    BillingCurrency: 'EUR',
  };

  it('USG-2: billed 1.82 EUR where 23.2 × 0.085 USD × 0.92 = 1.81424 → 1.81 is different by 0.01; billed 1.81 is not', () => {
    expect(
      reconcileUsage([usageRow({ ...EUR, BillingPreTaxTotal: '1.81' })], null).different,
    ).toEqual([]);
    for (const [billed, cents] of [
      ['1.82', 182],
      ['1.80', 180],
    ] as const)
      expect(
        reconcileUsage([usageRow({ ...EUR, BillingPreTaxTotal: billed })], null).different,
      ).toMatchObject([
        {
          kind: 'different',
          rule: 'USG-2',
          rows: [1],
          expected: eur(181),
          billed: eur(cents),
          atStake: eur(1),
          remedy: { when: 'never' },
          message: `D2s v5 on 2026-11-30: 23.2 × 0.085 USD × 0.92 = 1.81424 → 1.81 EUR; billed ${billed} EUR`,
        },
      ]);
  });

  it('USG-2: lines of one key, meter and day billed 0.01 EUR too much each are one finding of their day, its money summed', () => {
    const rows = [1, 2, 3].map(() => usageRow({ ...EUR, BillingPreTaxTotal: '1.82' }));
    expect(reconcileUsage(rows, null).different).toMatchObject([
      {
        rule: 'USG-2',
        lines: 3,
        rows: [1, 2, 3],
        expected: eur(543),
        billed: eur(546),
        atStake: eur(3),
      },
    ]);
  });

  it('USG-2: EffectiveUnitPrice printed truncated or rounded at its own decimals matches; one unit of its last place off is a note while the amount agrees, a difference when it does not', () => {
    // 0.0123 × 0.85 = 0.010455
    for (const price of ['0.010455', '0.01045', '0.01046', '0.0104', '0.0105'])
      expect([
        price,
        at(price, price === '0.0105' ? '1.05' : price === '0.0104' ? '1.04' : '1.04').notes,
      ]).toEqual([price, []]);
    expect(at('0.01044', '1.04').notes.map((n) => [n.kind, n.message])).toEqual([
      [
        'effective-unit-price',
        'EffectiveUnitPrice printed 0.01044, exactly 0.010455; the billed amount agrees',
      ],
    ]);
    expect(at('0.0106', '1.06').different.map((f) => [f.rule, f.expected, f.billed])).toEqual([
      ['USG-2', usd(104), usd(106)],
    ]);
    expect(at('0.0106', '1.06', { PromotionId: 'P1' }).notes.map((n) => n.kind)).toEqual([
      'promotion',
    ]);
  });
  it('USG-2: a price is matched at the decimals the file printed, zeros at the end counted: 0.0105 is 0.010455 rounded, 0.01050 (five decimals: 0.01045 or 0.01046) is not; 0.20 printed for 0.20 less PEC 15 (0.17 at two decimals) is billed at the wrong price, 24 h billed 4.80 where 4.08', () => {
    expect(at('0.0105', '1.05').notes).toEqual([]);
    expect(at('0.0105', '1.05').different).toEqual([]);
    expect(at('0.01050', '1.04').notes.map((n) => [n.kind, n.message])).toEqual([
      [
        'effective-unit-price',
        'EffectiveUnitPrice printed 0.01050, exactly 0.010455; the billed amount agrees',
      ],
    ]);
    expect(at('0.01050', '1.05').different.map((f) => [f.rule, f.expected, f.billed])).toEqual([
      ['USG-2', usd(104), usd(105)],
    ]);
    const vm = { UnitPrice: '0.20', Quantity: '24' };
    expect(at('0.20', '4.80', vm).different.map((f) => [f.rule, f.expected, f.billed])).toEqual([
      ['USG-2', usd(408), usd(480)],
    ]);
    expect(at('0.20', '4.08', vm).notes.map((n) => n.kind)).toEqual(['effective-unit-price']);
    // one decimal printed: 0.17 rounded there is 0.2, the file's own price, judged on its own
    expect(at('0.2', '4.80', vm).different).toEqual([]);
    expect(at('0.2', '4.81', vm).different.map((f) => [f.rule, f.expected, f.billed])).toEqual([
      ['USG-2', usd(480), usd(481)],
    ]);
    expect(at('0.170', '4.08', vm).notes).toEqual([]);
  });
});

describe('reconcileUsage: the days against the invoice (USG-4)', () => {
  const day = (date: string, over: Readonly<Record<string, string>> = {}) =>
    usageRow({
      UsageDate: date,
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: '9.4',
      BillingPreTaxTotal: '0.79',
      MeterName: 'Bandwidth',
      ...over,
    });
  const three = [day('2026-11-01'), day('2026-11-02'), day('2026-11-03')];

  it('USG-4: three days of 9.4 at 0.085 (0.79 each, Σ 2.37) against the invoice’s r(2.397) = 2.39: d = +2 in [−1, 2], matched with rounding +0.02', () => {
    const result = reconcileUsage(three, [
      reconRow({ EffectiveUnitPrice: '0.085', BillableQuantity: '28.2', Subtotal: '2.39' }),
    ]);
    expect(result.matched).toEqual([
      {
        invoiceNumber: 'G000000001',
        subscriptionId: 'plan-1',
        productId: 'DZH318Z0BQ3Q',
        skuId: '0001',
        availabilityId: 'DZH318Z0BQ3Q0001',
        effectiveUnitPrice: '0.085',
        lines: 3,
        rows: [1],
        form: 'gross',
        expected: usd(239),
        billed: usd(239),
        daily: usd(237),
        rounding: usd(2),
        band: { low: usd(-1), high: usd(2) },
        message:
          'invoice 2.39 USD, 3 daily lines 2.37 USD: rounding 0.02 USD, within [-0.01 USD, 0.02 USD]',
      },
    ]);
    expect(result.different).toEqual([]);
    expect(result.summary.groups).toEqual({ matched: 1, different: 0, missing: 0, unexpected: 0 });
  });

  it('USG-4: only S = 2.39 matches; 2.35 and 2.40, past the band’s ends, are different by their distance from S (0.04 and 0.01)', () => {
    const at = (subtotal: string) =>
      reconcileUsage(three, [reconRow({ EffectiveUnitPrice: '0.085', Subtotal: subtotal })]);
    expect(at('2.39').matched[0]?.rounding).toEqual(usd(2));
    for (const [subtotal, cents] of [
      ['2.35', 4],
      ['2.40', 1],
    ] as const)
      expect(at(subtotal).different.map((f) => [f.rule, f.atStake])).toEqual([
        ['USG-4', usd(cents)],
      ]);
  });

  it('USG-4: one day of 85.19 at 0.10 and 0.92 EUR: 7.83 daily, the invoice 7.82 = S (d = −1 in [−1, 0]) matched; 7.81 different by 0.01 EUR', () => {
    const row = usageRow({
      UsageDate: '2026-11-05',
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.10',
      PartnerEarnedCreditPercentage: '0',
      Quantity: '85.19',
      PCToBCExchangeRate: '0.92',
      BillingPreTaxTotal: '7.83',
      BillingCurrency: 'EUR',
    });
    const invoice = (subtotal: string) => [
      reconRow({ EffectiveUnitPrice: '0.10', Subtotal: subtotal, Currency: 'EUR' }),
    ];
    const matched = reconcileUsage([row], invoice('7.82'));
    expect(matched.matched[0]).toMatchObject({
      expected: eur(782),
      daily: eur(783),
      rounding: eur(-1),
      band: { low: eur(-1), high: eur(0) },
    });
    const different = reconcileUsage([row], invoice('7.81'));
    expect(different.different).toMatchObject([
      {
        kind: 'different',
        rule: 'USG-4',
        expected: eur(782),
        billed: eur(781),
        difference: eur(-1),
        atStake: eur(1),
        message:
          'invoice 7.81 EUR where the daily lines’ quantity gives 7.82 EUR: -0.01 EUR (1 daily lines 7.83 EUR)',
        remedy: { when: 'never' },
      },
    ]);
    for (const subtotal of ['7.83', '7.84'])
      expect(reconcileUsage([row], invoice(subtotal)).different).toHaveLength(1);
  });

  it('USG-4: JPY at 150.25: a day of 296 yen against an invoice of S = 295 is rounding inside the band [−2, 0]; 294, though inside it, is not', () => {
    const row = usageRow({
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: '23.2',
      PCToBCExchangeRate: '150.25',
      BillingPreTaxTotal: '296',
      BillingCurrency: 'JPY',
    });
    const invoice = (subtotal: string) => [
      reconRow({ EffectiveUnitPrice: '0.085', Subtotal: subtotal, Currency: 'JPY' }),
    ];
    expect(reconcileUsage([row], invoice('295')).matched[0]?.band.low).toEqual({
      amount: -2,
      currency: 'JPY',
    });
    expect(reconcileUsage([row], invoice('294')).different).toHaveLength(1);
  });

  it('USG-4: sub-groups by EffectiveUnitPrice: a day without PEC matched to the invoice line of its own price; a key whose prices the invoice does not print is compared whole, the bands added', () => {
    const rows = [
      ...three,
      day('2026-11-04', {
        EffectiveUnitPrice: '0.10',
        PartnerEarnedCreditPercentage: '0',
        BillingPreTaxTotal: '0.94',
      }),
    ];
    const split = reconcileUsage(rows, [
      reconRow({ EffectiveUnitPrice: '0.085', Subtotal: '2.39' }),
      reconRow({ EffectiveUnitPrice: '0.1', Subtotal: '0.94' }),
    ]);
    expect(split.matched.map((m) => [m.effectiveUnitPrice, m.lines, m.rounding.amount])).toEqual(
      [
        ['0.085', 3, 2],
        ['0.10', 1, 0],
      ].map(([p, n, r]) => [p === '0.10' ? '0.1' : p, n, r]),
    );
    const whole = reconcileUsage(rows, [reconRow({ Subtotal: '3.33' })]);
    expect(
      whole.matched.map((m) => [
        m.effectiveUnitPrice,
        m.lines,
        m.band.low.amount,
        m.band.high.amount,
      ]),
    ).toEqual([[null, 4, -2, 2]]);
  });

  it('USG-4: an invoice key without daily lines is unexpected; daily lines without an invoice line are missing, naming their invoice', () => {
    const result = reconcileUsage(three, [reconRow({ ProductId: 'OTHER', Subtotal: '5.00' })]);
    expect(result.unexpected).toMatchObject([
      {
        kind: 'unexpected',
        productId: 'OTHER',
        billed: usd(500),
        atStake: usd(500),
        rows: [1],
        message: 'usage billed without daily detail: 5.00 USD',
      },
    ]);
    expect(result.missing).toMatchObject([
      {
        kind: 'missing',
        expected: usd(237),
        billed: usd(0),
        atStake: usd(237),
        lines: 3,
        message:
          '3 daily lines (2.37 USD) of invoice G000000001 have no usage line in the invoice file',
      },
    ]);
  });

  it('USG-4: daily lines that all bill 0.00 without an invoice line are a no-money-at-stake note, not missing: 0.04 h at 0.17 (r(0.0068) = 0) on two days; 0.06 h (0.01) is missing with 0.01 USD; 0.06 h and its correction (±0.01) stay missing', () => {
    const other = [reconRow({ ProductId: 'OTHER', Subtotal: '5.00' })];
    const day = (date: string, quantity: string, billed: string) =>
      usageRow({ UsageDate: date, Quantity: quantity, BillingPreTaxTotal: billed });
    const zero = reconcileUsage(
      [day('2026-11-01', '0.04', '0.00'), day('2026-11-02', '0.04', '0.00')],
      other,
    );
    expect(zero.missing).toEqual([]);
    expect(zero.notes).toMatchObject([
      {
        kind: 'no-money-at-stake',
        rule: 'USG-4',
        rows: [1, 2],
        lines: 2,
        invoiceNumber: 'G000000001',
        message:
          '2 daily lines (0.00 USD) of invoice G000000001 have no usage line in the invoice file',
        finding: { kind: 'missing', atStake: usd(0) },
      },
    ]);
    expect(zero.atStake.map((a) => a.amount)).toEqual([usd(500)]);
    expect(
      reconcileUsage([day('2026-11-01', '0.06', '0.01')], other).missing.map((f) => f.atStake),
    ).toEqual([usd(1)]);
    const both = reconcileUsage(
      [day('2026-11-01', '0.06', '0.01'), day('2026-11-01', '-0.06', '-0.01')],
      other,
    );
    expect([both.missing.map((f) => [f.lines, f.atStake]), both.notes]).toEqual([
      [[2, usd(0)]],
      [],
    ]);
  });

  it('USG-4: a licence line of the invoice file (no meter, another product) is not compared; without invoice rows the summary says USG-4 was not checked, [] is an empty file of no invoice (its days counted in otherInvoices, none missing)', () => {
    const licence = reconRow({
      ProductId: 'CFQ7TTC0LH18',
      SkuId: '0001',
      AvailabilityId: 'X',
      MeterDescription: '',
      Subtotal: '12.50',
    });
    expect(reconcileUsage(three, [licence, reconRow({ Subtotal: '2.39' })]).unexpected).toEqual([]);
    expect(reconcileUsage(three).summary.notChecked).toContain(
      'the daily lines not tied to the invoice: no invoice file given',
    );
    const empty = reconcileUsage(three, []);
    expect([empty.missing, empty.summary.checked.invoice, empty.summary.otherInvoices]).toEqual([
      [],
      true,
      [{ invoiceNumber: 'G000000001', lines: 3, keys: 1 }],
    ]);
  });

  it('USG-4: late usage (UsageDate before ChargeStartDate) stays with the invoice that bills it and is named in a note', () => {
    const rows = [...three, day('2026-10-31', { Quantity: '0', BillingPreTaxTotal: '0' })];
    const result = reconcileUsage(rows, [reconRow({ Subtotal: '2.39' })]);
    expect(result.matched).toHaveLength(1);
    expect(result.late).toEqual([
      {
        invoiceNumber: 'G000000001',
        subscriptionId: 'plan-1',
        productId: 'DZH318Z0BQ3Q',
        skuId: '0001',
        lines: 1,
        days: ['2026-10-31'],
      },
    ]);
    expect(result.notes.filter((n) => n.kind === 'late-usage').map((n) => n.message)).toEqual([
      '1 lines used before their billing cycle (2026-10-31): late usage, billed by invoice G000000001',
    ]);
  });

  it('USG-4: late usage names the rows of its late lines only: a line of the same day and price billed in its own cycle is not among them', () => {
    const rows = [
      ...three,
      day('2026-10-31', { Quantity: '0', BillingPreTaxTotal: '0' }),
      day('2026-10-31', { Quantity: '0', BillingPreTaxTotal: '0', ChargeStartDate: '2026-10-01' }),
    ];
    const result = reconcileUsage(rows, null);
    expect(result.late.map((l) => [l.lines, l.days])).toEqual([[1, ['2026-10-31']]]);
    expect(result.notes.filter((n) => n.kind === 'late-usage').map((n) => n.rows)).toEqual([[4]]);
  });

  it('USG-4: the days of one invoice key and price are one group whatever their order: the finding’s customer is its earliest day’s, the summary counts every day', () => {
    const rows = [
      day('2026-11-03', { CustomerId: 'c-3' }),
      day('2026-11-01', { CustomerId: 'c-1' }),
      day('2026-11-02', { CustomerId: 'c-2' }),
    ];
    const result = reconcileUsage(rows, [
      reconRow({ EffectiveUnitPrice: '0.085', BillableQuantity: '28.2', Subtotal: '9.99' }),
    ]);
    expect(result.different.map((f) => [f.customerId, f.lines, f.rows])).toEqual([
      ['c-1', 3, [1, 2, 3]],
    ]);
    expect(result.summary.days).toBe(3);
  });

  it('USG-4: options.period keeps the lines whose billing cycle starts in that month, on both files', () => {
    const december = day('2026-12-01', { ChargeStartDate: '2026-12-01' });
    const result = reconcileUsage(
      [...three, december],
      [
        reconRow({ Subtotal: '2.39' }),
        reconRow({ Subtotal: '0.79', ChargeStartDate: '2026-12-01' }),
      ],
      { period: '2026-11' },
    );
    expect([result.matched.length, result.different.length, result.summary.outsidePeriod]).toEqual([
      1, 0, 1,
    ]);
  });
});

describe('reconcileUsage: Azure credits (USG-5)', () => {
  const credit = usageRow({
    UsageDate: '2026-11-02',
    Quantity: '30',
    UnitPrice: '0.02',
    EffectiveUnitPrice: '0',
    BillingPreTaxTotal: '0',
    CreditPercentage: '100',
    CreditType: 'Azure Credit Applied',
    MeterName: 'Storage',
  });

  it('USG-5: 30 GB at 0.02 USD, PEC 15, credit 100: EUP 0 and 0.00 billed agree, the credit used is r(0.017 × 30) = 0.51 USD', () => {
    const result = reconcileUsage([credit], null);
    expect([result.different, result.pec.notEarned]).toEqual([[], []]);
    expect(result.credits).toEqual([
      { customerId: 'c-1', entitlementId: 'azure-1', day: '2026-11-02', used: usd(51), rows: [1] },
    ]);
    expect(result.notes.map((n) => [n.kind, n.message])).toEqual([
      ['credit-applied', 'Azure credit used on 2026-11-02: 0.51 USD'],
    ]);
    expect(result.summary.creditUsed).toEqual([usd(51)]);
    expect(result.customers[0]?.creditUsed).toEqual([usd(51)]);
  });

  it('USG-5: the credit-applied note carries the credit used as Money beside its message: 0.51 USD; 29.412 GB (0.500004) is 0.50 and 29.41 GB (0.49997) 0.49; billed in EUR at 0.92, r(0.017 × 30 × 0.92 = 0.4692) = 0.46 EUR', () => {
    const used = (over: Readonly<Record<string, string>>) =>
      reconcileUsage([{ ...credit, ...over }], null).notes.flatMap((n) =>
        n.kind === 'credit-applied' ? [[n.creditUsed, n.message]] : [],
      );
    expect(used({})).toEqual([[usd(51), 'Azure credit used on 2026-11-02: 0.51 USD']]);
    expect(used({ Quantity: '29.412' })).toEqual([
      [usd(50), 'Azure credit used on 2026-11-02: 0.50 USD'],
    ]);
    expect(used({ Quantity: '29.41' })).toEqual([
      [usd(49), 'Azure credit used on 2026-11-02: 0.49 USD'],
    ]);
    expect(used({ BillingCurrency: 'EUR', PCToBCExchangeRate: '0.92' })).toEqual([
      [eur(46), 'Azure credit used on 2026-11-02: 0.46 EUR'],
    ]);
  });

  it('USG-5: CreditType Credit Not Applied (any case) and an empty cell are no credit; Azure Credit Applied, or CreditPercentage 0.01 (0 is none), is', () => {
    const day = usageRow({ UsageDate: '2026-11-02' });
    const judged = (over: Readonly<Record<string, string>>) => {
      const result = reconcileUsage([{ ...day, ...over }], [reconRow({ Subtotal: '4.08' })]);
      return [result.credits.length, result.notes.map((n) => n.kind), result.matched[0]?.form];
    };
    const none = [0, [], 'gross'];
    for (const type of ['Credit Not Applied', 'credit not applied', 'CREDIT NOT APPLIED', '', ' '])
      expect([type, ...judged({ CreditType: type })]).toEqual([type, ...none]);
    expect(judged({})).toEqual(none);
    expect(judged({ CreditType: 'Azure Credit Applied' })).toEqual([1, ['credit-applied'], 'net']);
    expect(judged({ CreditType: 'Credit Not Applied', CreditPercentage: '0.01' })[0]).toBe(1);
  });

  it('USG-5: the invoice key is compared net of its customerCredit lines when the daily lines carry credit', () => {
    const paid = usageRow({
      UsageDate: '2026-11-03',
      Quantity: '30',
      UnitPrice: '0.02',
      EffectiveUnitPrice: '0.017',
      BillingPreTaxTotal: '0.51',
      MeterName: 'Storage',
    });
    const invoice = [
      reconRow({ EffectiveUnitPrice: '0.017', Subtotal: '1.02' }),
      reconRow({ ChargeType: 'customerCredit', MeterDescription: '', Subtotal: '-0.51' }),
    ];
    const result = reconcileUsage([credit, paid], invoice);
    expect(result.matched).toMatchObject([
      { form: 'net', billed: usd(51), daily: usd(51), rounding: usd(0) },
    ]);
  });

  it('USG-5: a credit of 15 % is applied as read, with a note; a credit on a marketplace meter is a note, never money at stake', () => {
    const partial = usageRow({
      CreditPercentage: '15',
      EffectiveUnitPrice: '0.1445',
      BillingPreTaxTotal: '3.46',
    });
    expect(reconcileUsage([partial], null).notes.map((n) => n.kind)).toEqual([
      'credit-partial',
      'credit-applied',
    ]);
    const market = reconcileUsage(
      [
        {
          ...credit,
          PublisherName: 'Contoso',
          PartnerEarnedCreditPercentage: '0',
          UnitPrice: '0.017',
        },
      ],
      null,
    );
    expect(market.notes.map((n) => n.kind)).toContain('credit-on-ineligible-meter');
    expect(market.atStake).toEqual([]);
  });
});

describe('reconcileUsage: reading and languages (USG-1, USG-6)', () => {
  it('USG-1: an unreadable row is an issue of its row, the others reconciled; an invoice row that cannot be read is an issue of the invoice file', () => {
    const result = reconcileUsage(
      [usageRow(), usageRow({ Quantity: 'x' })],
      [reconRow({ Subtotal: 'abc' })],
    );
    expect(result.issues).toEqual([
      { row: 2, column: 'Quantity', code: 'INVALID_ARGUMENT', message: 'expected a number' },
      {
        row: 1,
        column: 'Subtotal',
        code: 'INVALID_ARGUMENT',
        message: 'expected a number',
        file: 'invoice',
      },
    ]);
    expect(result.summary).toMatchObject({ lines: 2, issues: 2 });
  });

  it('MSG-1: findings, remedies and issues in Korean, Simplified and Traditional Chinese', () => {
    const rows = [...month(NO_PEC), usageRow({ Quantity: 'x' })];
    for (const [locale, word] of [
      [ko, '파트너 적립 크레딧'],
      [zhHans, '合作伙伴赚取的信用额度'],
      [zhHant, '合作夥伴賺取的點數'],
    ] as const) {
      const result = reconcileUsage(rows, null, { locale });
      expect(result.pec.notEarned[0]?.message).toContain(word);
      expect(result.pec.notEarned[0]?.message).toContain('0.72 USD');
      expect(result.pec.notEarned[0]?.remedy.message).toContain('AOBO');
      expect(result.issues[0]?.message).not.toBe('expected a number');
    }
  });

  it('ERR-1: usage rows that are not a list, and bad options, are RuleErrors naming the field', () => {
    expect(errorOf(() => reconcileUsage('rows' as unknown as unknown[]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'usageRows',
    });
    expect(errorOf(() => reconcileUsage([], null, { period: '2026-13' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.period',
    });
    expect(errorOf(() => reconcileUsage([], null, { pecRate: '101' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.pecRate',
    });
    expect(errorOf(() => reconcileUsage([], null, { prices: {} as unknown as object[] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.prices',
    });
    expect(
      errorOf(() => reconcileUsage([], null, { locale: { tag: 'fr', format: () => '' } as never })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.locale' });
  });
});

describe('reconcileUsage: properties', () => {
  /** A credited line: any quantity, day, customer and Azure subscription, PEC 15 or none. */
  const credited = fc
    .record({
      quantity: fc.integer({ min: 0, max: 100_000 }),
      day: fc.integer({ min: 1, max: 30 }),
      customer: fc.constantFrom('c-1', 'c-2'),
      entitlement: fc.constantFrom('azure-1', 'azure-2'),
      currency: fc.constantFrom('USD', 'EUR'),
      pec: fc.constantFrom('15', '0'),
    })
    .map((c) =>
      usageRow({
        CustomerId: c.customer,
        EntitlementId: c.entitlement,
        UsageDate: `2026-11-${String(c.day).padStart(2, '0')}`,
        Quantity: (c.quantity / 1000).toFixed(3),
        UnitPrice: '0.02',
        EffectiveUnitPrice: '0',
        BillingPreTaxTotal: '0',
        BillingCurrency: c.currency,
        PCToBCExchangeRate: c.currency === 'USD' ? '1' : '0.92',
        PartnerEarnedCreditPercentage: c.pec,
        CreditPercentage: '100',
        CreditType: 'Azure Credit Applied',
      }),
    );
  const sums = (amounts: readonly { amount: number; currency: string }[]) => {
    const by = new Map<string, number>();
    for (const m of amounts) by.set(m.currency, (by.get(m.currency) ?? 0) + m.amount);
    return [...by.keys()].sort().map((currency) => ({ amount: by.get(currency), currency }));
  };

  it('USG-5: the credit-applied notes’ creditUsed sum, per currency, to the summary’s and to each customer’s credit used, and each note’s is its credit entry’s', () => {
    fc.assert(
      fc.property(fc.array(credited, { maxLength: 30 }), (rows) => {
        const result = reconcileUsage(rows, null);
        const notes = result.notes.flatMap((n) => (n.kind === 'credit-applied' ? [n] : []));
        expect(notes.map((n) => n.creditUsed)).toEqual(result.credits.map((c) => c.used));
        expect(sums(notes.map((n) => n.creditUsed))).toEqual(result.summary.creditUsed);
        for (const customer of result.customers)
          expect(
            sums(
              result.credits.filter((c) => c.customerId === customer.customerId).map((c) => c.used),
            ),
          ).toEqual(customer.creditUsed);
        for (const n of notes) expect(Number.isSafeInteger(n.creditUsed.amount)).toBe(true);
      }),
    );
  });

  it('USG-5: a line with CreditType Credit Not Applied (any case) or an empty CreditType is judged exactly as the same line without the column', () => {
    const line = fc.record({
      day: fc.integer({ min: 1, max: 30 }),
      pec: fc.constantFrom('15', '0', '10'),
      price: fc.constantFrom('0.17', '0.20', '0.18'),
      billed: fc.constantFrom('4.08', '4.80', '4.32', '4.09'),
      type: fc.constantFrom(
        'Credit Not Applied',
        'credit not applied',
        'CREDIT NOT applied',
        '',
        ' ',
      ),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const rows = lines.map((l) =>
          usageRow({
            UsageDate: `2026-11-${String(l.day).padStart(2, '0')}`,
            PartnerEarnedCreditPercentage: l.pec,
            EffectiveUnitPrice: l.price,
            BillingPreTaxTotal: l.billed,
          }),
        );
        const invoice = [reconRow({ EffectiveUnitPrice: '0.17', Subtotal: '4.08' })];
        const typed = rows.map((r, i) => ({ ...r, CreditType: lines[i]?.type as string }));
        expect(reconcileUsage(typed, invoice)).toEqual(reconcileUsage(rows, invoice));
      }),
    );
  });

  it('USG-3: PEC on a line covered by a benefit is judged as PEC on any excluded meter: the same finding, money and remedy as the same line on a Spot meter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('15', '10', '0.01', '100'),
        fc.integer({ min: 1, max: 30 }),
        (quantity, pec, day) => {
          const q = (quantity / 100).toFixed(2);
          const price = ((20 * (100 - Number(pec))) / 10000).toString();
          const common = {
            UsageDate: `2026-11-${String(day).padStart(2, '0')}`,
            Quantity: q,
            PartnerEarnedCreditPercentage: pec,
            EffectiveUnitPrice: price,
            BillingPreTaxTotal: '0',
          };
          const strip = (r: ReturnType<typeof reconcileUsage>) =>
            r.pec.onExcludedMeter.map(({ message: _, ...f }) => f);
          const benefit = reconcileUsage(
            [usageRow({ ...common, BenefitType: 'Reservation' })],
            null,
          );
          const spot = reconcileUsage([usageRow({ ...common, MeterName: 'D2s v5 Spot' })], null);
          expect(strip(benefit)).toEqual(strip(spot));
          expect(benefit.atStake).toEqual(spot.atStake);
        },
      ),
    );
  });

  it('USG-2, USG-3: in a file without the PEC column, a line is judged on its own arithmetic alone: different exactly when BillingPreTaxTotal is not r(EffectiveUnitPrice × Quantity × rate), whatever its UnitPrice', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 0, max: 10_000 }),
            unitPrice: fc.constantFrom('0.20', '0.17', '0.30', '0.10'),
            price: fc.constantFrom('0.17', '0.20', '0.085', '0.1'),
            off: fc.integer({ min: -2, max: 2 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (lines) => {
          const rows = lines.map((l, i) => {
            const quantity = (l.quantity / 100).toFixed(2);
            // r(price × quantity) in cents, exactly: both have at most three and two decimals
            const exact = BigInt(Math.round(Number(l.price) * 1000)) * BigInt(l.quantity);
            const cents = Number(exact / 1000n) + l.off;
            const { PartnerEarnedCreditPercentage: _, ...row } = usageRow({
              UsageDate: `2026-11-${String(i + 1).padStart(2, '0')}`,
              Quantity: quantity,
              UnitPrice: l.unitPrice,
              EffectiveUnitPrice: l.price,
              BillingPreTaxTotal: (cents / 100).toFixed(2),
            });
            return row;
          });
          const result = reconcileUsage(rows, null);
          expect(result.notes).toEqual([]);
          expect(result.different.reduce((n, f) => n + f.lines, 0)).toBe(
            lines.filter((l) => l.off !== 0).length,
          );
        },
      ),
    );
  });

  it('USG-2, USG-5: a line is different exactly when BillingPreTaxTotal is not r(UnitPrice × (1 − PEC) × (1 − credit) × Quantity × rate), expected at that amount, and the credit used is r(UnitPrice × (1 − PEC) × Quantity × rate) less what was billed, whatever prices, PEC and credits the lines before it were read with', () => {
    // every rule price here is either one of the printed prices or apart from all of them at
    // their decimals (none a truncation or rounding of another): a line billed at its printed
    // price is judged against the rule's amount either way
    const prices = { '0.20': 20n, '0.10': 10n, '0.30': 30n } as const;
    const printed = { '0.17': 170n, '0.20': 200n, '0.085': 85n, '0.255': 255n } as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unitPrice: fc.constantFrom(...(Object.keys(prices) as (keyof typeof prices)[])),
            pec: fc.constantFrom(15n, 0n, 10n),
            credit: fc.constantFrom(0n, 15n, 100n),
            price: fc.constantFrom(...(Object.keys(printed) as (keyof typeof printed)[])),
            quantity: fc.bigInt({ min: 1n, max: 10_000n }),
            atRule: fc.boolean(),
            off: fc.constantFrom(0n, 1n, 2n),
          }),
          { minLength: 1, maxLength: 16 },
        ),
        (lines) => {
          // cents, exactly: UnitPrice in cents, Quantity in hundredths, the printed price in thousandths
          const ruleCents = (l: (typeof lines)[number]) =>
            (prices[l.unitPrice] * (100n - l.pec) * (100n - l.credit) * l.quantity) / 10n ** 6n;
          const printedCents = (l: (typeof lines)[number]) =>
            (printed[l.price] * l.quantity) / 1000n;
          const rows = lines.map((l, i) => {
            const billed = (l.atRule ? ruleCents(l) : printedCents(l)) + l.off;
            return usageRow({
              MeterId: `meter-${i}`,
              MeterName: `meter ${i}`,
              UnitPrice: l.unitPrice,
              PartnerEarnedCreditPercentage: String(l.pec),
              CreditPercentage: String(l.credit),
              EffectiveUnitPrice: l.price,
              Quantity: (Number(l.quantity) / 100).toFixed(2),
              BillingPreTaxTotal: (Number(billed) / 100).toFixed(2),
            });
          });
          const result = reconcileUsage(rows, null);
          const found = result.different
            .filter((f) => f.rule === 'USG-2')
            .sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0))
            .map((f) => [f.rows, f.expected.amount, f.billed.amount]);
          const billedOf = (l: (typeof lines)[number]) =>
            (l.atRule ? ruleCents(l) : printedCents(l)) + l.off;
          const expected = lines.flatMap((l, i) => {
            const rule = Number(ruleCents(l));
            const billed = Number(billedOf(l));
            return billed === rule ? [] : [[[i + 1], rule, billed]];
          });
          expect(found).toEqual(expected);
          // USG-5: the credit used of the day, r(UnitPrice × (1 − PEC) × Quantity) less what was
          // billed, summed over its lines with a credit (one Azure subscription, one day here)
          const credited = lines.filter((l) => l.credit !== 0n);
          const withoutCredit = (l: (typeof lines)[number]) =>
            (prices[l.unitPrice] * (100n - l.pec) * l.quantity) / 10n ** 4n;
          expect(result.credits.map((c) => c.used.amount)).toEqual(
            credited.length === 0
              ? []
              : [Number(credited.reduce((sum, l) => sum + withoutCredit(l) - billedOf(l), 0n))],
          );
        },
      ),
    );
  });

  it('USG-3: a PEC finding of lines of one sign always puts money at stake, and a no-money-at-stake note’s finding never does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 0, max: 200 }),
            pec: fc.constantFrom('0', '10', '15', '20'),
            meter: fc.constantFrom('D2s v5', 'D2s v5 Spot'),
            day: fc.integer({ min: 1, max: 3 }),
          }),
          { maxLength: 10 },
        ),
        (lines) => {
          const rows = lines.map((l) => {
            const price = (20 * (100 - Number(l.pec))) / 10_000;
            const cents = Math.trunc((Math.round(price * 10_000) * l.quantity) / 10_000);
            return usageRow({
              UsageDate: `2026-11-0${l.day}`,
              MeterName: l.meter,
              Quantity: (l.quantity / 100).toFixed(2),
              PartnerEarnedCreditPercentage: l.pec,
              EffectiveUnitPrice: String(price),
              BillingPreTaxTotal: (cents / 100).toFixed(2),
            });
          });
          const result = reconcileUsage(rows, null);
          for (const f of [
            ...result.different,
            ...result.pec.notEarned,
            ...result.pec.onExcludedMeter,
          ])
            expect([f.kind, f.atStake.amount > 0]).toEqual([f.kind, true]);
          for (const n of result.notes)
            if (n.kind === 'no-money-at-stake') expect(n.finding.atStake.amount).toBe(0);
        },
      ),
    );
  });
});
