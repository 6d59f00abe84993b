import fc from 'fast-check';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { reconRow, usageRow } from './_rows.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const JPY = (amount: number) => ({ amount, currency: 'JPY' });

/** The days of December 2026, `YYYY-MM-DD`. */
const DECEMBER = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);

describe('reconcileUsage: one finding per error, not per day (USG-2)', () => {
  /** 24 h a day at UnitPrice 0.20 less PEC 15 (0.17), printed 0.18 and billed at it: 4.32 where 4.08. */
  const wrongPrice = (day: string, over: Readonly<Record<string, string>> = {}) =>
    usageRow({
      ChargeStartDate: '2026-12-01',
      ChargeEndDate: '2026-12-31',
      UsageDate: day,
      EffectiveUnitPrice: '0.18',
      BillingPreTaxTotal: '4.32',
      ...over,
    });

  it('USG-2: a price error on one meter over 31 days is one different finding naming the meter and its days, lines and money summed (31 × 0.24 = 7.44 USD), kept by minAtStake 1.00', () => {
    const result = reconcileUsage(
      DECEMBER.map((day) => wrongPrice(day)),
      null,
      { minAtStake: '1.00' },
    );
    expect(result.different).toEqual([
      {
        kind: 'different',
        rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        lines: 31,
        customerId: 'c-1',
        invoiceNumber: 'G000000001',
        subscriptionId: 'plan-1',
        entitlementId: 'azure-1',
        productId: 'DZH318Z0BQ3Q',
        skuId: '0001',
        meter: 'vm-d2s',
        days: DECEMBER,
        firstDay: '2026-12-01',
        lastDay: '2026-12-31',
        expected: usd(31 * 408),
        billed: usd(31 * 432),
        difference: usd(744),
        atStake: usd(744),
        rule: 'USG-2',
        message: `D2s v5 on ${DECEMBER.join(', ')}, 31 lines: 126.48 USD expected, billed 133.92 USD; the first line: EffectiveUnitPrice 0.18 where 0.2 less PEC 15 % and credit 0 % is 0.17: 24 × 0.17 USD × 1 → 4.08 USD; billed 4.32 USD`,
        remedy: {
          when: 'never',
          message: 'Microsoft’s to answer: ask about it with the rows named',
        },
      },
    ]);
    expect(result.atStake).toEqual([{ currency: 'USD', amount: usd(744), net: usd(744) }]);
  });

  it('USG-2: a group is one Azure subscription, meter, printed and expected EffectiveUnitPrice and month: another meter, another printed price or November make findings of their own', () => {
    const rows = [
      wrongPrice('2026-12-01'),
      wrongPrice('2026-12-02'),
      wrongPrice('2026-12-03', { MeterId: 'vm-d4s', MeterName: 'D4s v5' }),
      wrongPrice('2026-12-04', { EffectiveUnitPrice: '0.19', BillingPreTaxTotal: '4.56' }),
      wrongPrice('2026-11-30', { ChargeStartDate: '2026-11-01', ChargeEndDate: '2026-11-30' }),
    ];
    const result = reconcileUsage(rows, null);
    expect(
      result.different.map((f) => [f.meter, f.days, f.lines, f.atStake, f.message.split(':')[0]]),
    ).toEqual([
      ['vm-d2s', ['2026-11-30'], 1, usd(24), 'D2s v5 on 2026-11-30'],
      [
        'vm-d2s',
        ['2026-12-01', '2026-12-02'],
        2,
        usd(48),
        'D2s v5 on 2026-12-01, 2026-12-02, 2 lines',
      ],
      ['vm-d2s', ['2026-12-04'], 1, usd(48), 'D2s v5 on 2026-12-04'],
      ['vm-d4s', ['2026-12-03'], 1, usd(24), 'D4s v5 on 2026-12-03'],
    ]);
  });

  it('USG-2: a line billed otherwise than its own arithmetic names its meter and day: 23.2 × 0.085 USD × 0.92 = 1.81424 → 1.81 EUR, billed 1.82', () => {
    const row = usageRow({
      UnitPrice: '0.10',
      Quantity: '23.2',
      EffectiveUnitPrice: '0.085',
      PCToBCExchangeRate: '0.92',
      BillingCurrency: 'EUR',
      BillingPreTaxTotal: '1.82',
    });
    expect(reconcileUsage([row], null).different).toMatchObject([
      {
        meter: 'vm-d2s',
        days: ['2026-11-30'],
        firstDay: '2026-11-30',
        lastDay: '2026-11-30',
        expected: eur(181),
        billed: eur(182),
        message:
          'D2s v5 on 2026-11-30: 23.2 × 0.085 USD × 0.92 = 1.81424 → 1.81 EUR; billed 1.82 EUR',
      },
    ]);
  });
});

describe('reconcileUsage: BillingPreTaxTotal agrees at the rule’s price (USG-2)', () => {
  // UnitPrice 0.10 USD, PEC 15, 23.2 at 0.92 EUR: the rule's price 0.085, 1.81424 → 1.81 EUR
  const line = (price: string, billed: string) =>
    usageRow({
      UnitPrice: '0.10',
      Quantity: '23.2',
      EffectiveUnitPrice: price,
      PCToBCExchangeRate: '0.92',
      BillingCurrency: 'EUR',
      BillingPreTaxTotal: billed,
    });

  it('USG-2: EffectiveUnitPrice printed 0.095 with 1.81 EUR billed (the amount at the rule’s 0.085) is a note, though 0.095 × 23.2 × 0.92 = 2.02768 → 2.02', () => {
    const result = reconcileUsage([line('0.095', '1.81')], null);
    expect([result.different, result.atStake]).toEqual([[], []]);
    expect(result.notes.map((n) => [n.kind, n.message])).toEqual([
      [
        'effective-unit-price',
        'EffectiveUnitPrice printed 0.095, exactly 0.085; the billed amount agrees',
      ],
    ]);
  });

  it('USG-2: printed 0.095, billed 1.85 EUR is different with 1.81 expected at the rule’s 0.085 (not 2.02 at its own price); billed 2.02, consistent with its own wrong price, is different by 0.21 EUR', () => {
    for (const [billed, cents] of [
      ['1.85', 185],
      ['2.02', 202],
    ] as const)
      expect(
        reconcileUsage([line('0.095', billed)], null).different.map((f) => [
          f.rule,
          f.expected,
          f.billed,
          f.atStake,
        ]),
      ).toEqual([['USG-2', eur(181), eur(cents), eur(cents - 181)]]);
  });
});

describe('reconcileUsage: the invoice line compared exactly first (USG-4)', () => {
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
  const invoice = (subtotal: string) => [
    reconRow({ EffectiveUnitPrice: '0.085', Subtotal: subtotal }),
  ];

  it('USG-4: three days of 0.79 (Σ 2.37) where S = r(0.085 × 28.2 = 2.397) = 2.39: an invoice line of 2.36 or 2.37 is different by 0.03 or 0.02 USD whatever the band [−0.01, 0.02]; 2.39 is matched', () => {
    expect(reconcileUsage(three, invoice('2.39')).matched.map((m) => m.rounding)).toEqual([usd(2)]);
    for (const [subtotal, cents] of [
      ['2.36', 236],
      ['2.37', 237],
    ] as const) {
      const result = reconcileUsage(three, invoice(subtotal));
      expect(result.matched).toEqual([]);
      expect(result.different).toMatchObject([
        {
          kind: 'different',
          rule: 'USG-4',
          expected: usd(239),
          billed: usd(cents),
          difference: usd(cents - 239),
          atStake: usd(239 - cents),
        },
      ]);
      expect(result.atStake).toEqual([
        { currency: 'USD', amount: usd(239 - cents), net: usd(cents - 239) },
      ]);
    }
  });

  it('USG-4: one day of 85.19 at 0.10 and 0.92 EUR (S 7.82): 7.81 is different by 0.01 EUR, its message giving S and the daily sum', () => {
    const row = usageRow({
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.10',
      PartnerEarnedCreditPercentage: '0',
      Quantity: '85.19',
      PCToBCExchangeRate: '0.92',
      BillingPreTaxTotal: '7.83',
      BillingCurrency: 'EUR',
    });
    const result = reconcileUsage(
      [row],
      [reconRow({ EffectiveUnitPrice: '0.10', Subtotal: '7.81', Currency: 'EUR' })],
    );
    expect(result.different).toMatchObject([
      {
        expected: eur(782),
        billed: eur(781),
        difference: eur(-1),
        atStake: eur(1),
        message:
          'invoice 7.81 EUR where the daily lines’ quantity gives 7.82 EUR: -0.01 EUR (1 daily lines 7.83 EUR)',
      },
    ]);
  });

  it('USG-4: JPY at 150.25 (S = r(r(0.085 × 23.2) × 150.25) = r(295.9925) = 295): 295 is matched in the band [−2, 0], 294 is different by 1 yen though inside it', () => {
    const row = usageRow({
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: '23.2',
      PCToBCExchangeRate: '150.25',
      BillingPreTaxTotal: '296',
      BillingCurrency: 'JPY',
    });
    const at = (subtotal: string) =>
      reconcileUsage(
        [row],
        [reconRow({ EffectiveUnitPrice: '0.085', Subtotal: subtotal, Currency: 'JPY' })],
      );
    expect(at('295').matched.map((m) => [m.rounding, m.band])).toEqual([
      [JPY(-1), { low: JPY(-2), high: JPY(0) }],
    ]);
    expect(at('294').different.map((f) => [f.expected, f.billed, f.atStake])).toEqual([
      [JPY(295), JPY(294), JPY(1)],
    ]);
  });

  it('USG-4: an invoice line equal to S with daily lines past the band is different by the part past it, its net billed − expected = 0: a day billed 0.69 (Σ 2.27, d = +12 in [−1, 2]) is 0.10 USD', () => {
    const rows = [
      day('2026-11-01'),
      day('2026-11-02'),
      day('2026-11-03', { BillingPreTaxTotal: '0.69' }),
    ];
    const result = reconcileUsage(rows, invoice('2.39'));
    expect(result.different.filter((f) => f.rule === 'USG-4')).toMatchObject([
      { expected: usd(239), billed: usd(239), difference: usd(0), atStake: usd(10) },
    ]);
  });

  it('USG-4: a group of usage and its corrections has the positive lines’ band plus the negative lines’ mirrored band: 28.2 (2.39) and three of −3.4 (−0.28 each), S = r(0.085 × 18.0) = 1.53, Σ 1.55, d = −2 in [−1, 0] + [−2, 1] = [−3, 1]: matched', () => {
    const rows = [
      day('2026-11-01', { Quantity: '28.2', BillingPreTaxTotal: '2.39' }),
      ...['2026-11-02', '2026-11-03', '2026-11-04'].map((date) =>
        day(date, { Quantity: '-3.4', BillingPreTaxTotal: '-0.28' }),
      ),
    ];
    const result = reconcileUsage(rows, invoice('1.53'));
    expect(result.different).toEqual([]);
    expect(result.matched.map((m) => [m.expected, m.daily, m.rounding, m.band])).toEqual([
      [usd(153), usd(155), usd(-2), { low: usd(-3), high: usd(1) }],
    ]);
  });

  it('USG-4: an invoice usage line of 0.00 without daily lines puts no money at stake on any line: a no-money-at-stake note, not unexpected (5.00 is unexpected)', () => {
    const other = (subtotal: string) =>
      reconcileUsage(three, [
        ...invoice('2.39'),
        reconRow({ ProductId: 'OTHER', Subtotal: subtotal }),
      ]);
    const zero = other('0.00');
    expect([zero.unexpected, zero.atStake]).toEqual([[], []]);
    expect(zero.notes).toMatchObject([
      {
        kind: 'no-money-at-stake',
        rule: 'USG-4',
        rows: [2],
        finding: { kind: 'unexpected', productId: 'OTHER', atStake: usd(0) },
      },
    ]);
    expect(other('5.00').unexpected.map((f) => f.atStake)).toEqual([usd(500)]);
  });
});

describe('reconcileUsage: PEC at another rate (USG-3)', () => {
  it('USG-3: PEC 10 where the rate is 15 (4.32 billed, 4.08 at the rate) is pec-rate-unexpected with 0.24 USD at stake, remedy now (PEC owed); PEC 20 (3.84 billed) 0.24 USD, remedy never', () => {
    const at = (pec: string, price: string, billed: string) =>
      reconcileUsage(
        [
          usageRow({
            PartnerEarnedCreditPercentage: pec,
            EffectiveUnitPrice: price,
            BillingPreTaxTotal: billed,
          }),
        ],
        null,
      ).different;
    expect(at('10', '0.18', '4.32')).toMatchObject([
      {
        kind: 'pec-rate-unexpected',
        expected: usd(408),
        billed: usd(432),
        atStake: usd(24),
        remedy: {
          when: 'now',
          message:
            'PEC is owed at 15 % on D2s v5: ask Microsoft (a billing support request) for the difference, naming the rows',
        },
      },
    ]);
    expect(at('20', '0.16', '3.84')).toMatchObject([
      {
        kind: 'pec-rate-unexpected',
        expected: usd(408),
        billed: usd(384),
        atStake: usd(24),
        remedy: { when: 'never', message: 'Microsoft may reverse it; hold the margin' },
      },
    ]);
  });
});

/**
 * Usage rows one after another, each the row before with one field switched to its other value
 * and back (`undefined`: none switched), on the days of November in turn.
 */
function switchedRows(
  steps: readonly (string | undefined)[],
  other: Readonly<Record<string, string>>,
  fixed: Readonly<Record<string, string>> = {},
): Record<string, string>[] {
  let over: Record<string, string> = {};
  return steps.map((field, i) => {
    if (field !== undefined)
      over =
        over[field] === undefined
          ? { ...over, [field]: other[field] as string }
          : Object.fromEntries(Object.entries(over).filter(([name]) => name !== field));
    return usageRow({
      ...over,
      ...fixed,
      UsageDate: `2026-11-${String((i % 30) + 1).padStart(2, '0')}`,
    });
  });
}

/** The rows each observed by a reconciler of its own, merged into the first, finished. */
function eachAloneMerged(
  rows: readonly Record<string, string>[],
  recon: Parameters<typeof reconcileUsage>[1],
  options?: Parameters<typeof createUsageReconciler>[0],
): ReturnType<typeof reconcileUsage> | undefined {
  const alone = rows.map((row, i) => {
    const reconciler = createUsageReconciler(options);
    reconciler.observe(readUsageLine(row, i + 1));
    return reconciler;
  });
  const [first, ...rest] = alone;
  for (const reconciler of rest) first?.merge(reconciler);
  return first?.finish(recon);
}

describe('reconcileUsage: grouping (properties)', () => {
  it('USG-3: a line’s PEC exclusion and rate are its own meter’s whatever the line before it: lines one after another, each differing from the last in one of the names a meter is read by or none, finish as each line observed alone and merged', () => {
    // each name an exclusion or rate is read by, its other value (spot, marketplace, a benefit)
    const other: Readonly<Record<string, string>> = {
      MeterId: 'vm-d4s',
      MeterName: 'D2s v5 Spot',
      MeterSubCategory: 'Dsv5 Series Spot',
      PublisherName: 'Contoso Ltd',
      BenefitType: 'SavingsPlan',
    };
    const fields = Object.keys(other);
    const step = fc.option(fc.constantFrom(...fields), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('0', '15'),
        (steps, pec) => {
          const rows = switchedRows(steps, other, { PartnerEarnedCreditPercentage: pec });
          const options = { pecRate: '10' };
          expect(eachAloneMerged(rows, null, options)).toEqual(reconcileUsage(rows, null, options));
        },
      ),
    );
  });

  it('USG-4: a line’s invoice key and price group are its own nine fields whatever the line before it: lines one after another, each differing from the last in one field or none, finish as each line observed alone and merged', () => {
    // each of the nine fields a group is told by, its other value (the base is usageRow's)
    const other: Readonly<Record<string, string>> = {
      InvoiceNumber: 'G000000002',
      SubscriptionId: 'plan-2',
      ProductId: 'DZH318Z0BQ3R',
      SkuId: '0002',
      AvailabilityId: 'DZH318Z0BQ3Q0002',
      BillingCurrency: 'EUR',
      EffectiveUnitPrice: '0.18',
      PCToBCExchangeRate: '0.92',
      PricingCurrency: 'EUR',
    };
    const fields = Object.keys(other);
    const step = fc.option(fc.constantFrom(...fields), { nil: undefined });
    const recon = [
      reconRow({ Subtotal: '8.16' }),
      reconRow({ SubscriptionId: 'plan-2', Subtotal: '4.08' }),
    ];
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        // each line the line before with one field switched to its other value (or none)
        const rows = switchedRows(steps, other);
        expect(eachAloneMerged(rows, recon)).toEqual(reconcileUsage(rows, recon));
      }),
    );
  });

  it('USG-2: grouping never changes the money at stake, only the number of findings: lines of one sign each billed at or above the rule’s amount put as much at stake together as each alone, in at most as many findings', () => {
    const line = fc.record({
      day: fc.integer({ min: 1, max: 31 }),
      meter: fc.constantFrom('vm-d2s', 'vm-d4s'),
      entitlement: fc.constantFrom('azure-1', 'azure-2'),
      price: fc.constantFrom('0.17', '0.18', '0.19'),
      quantity: fc.integer({ min: 1, max: 5000 }),
      over: fc.integer({ min: 0, max: 3 }),
      month: fc.constantFrom('2026-11', '2026-12'),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const rows = lines.map((l) => {
          const day = l.month === '2026-11' ? Math.min(l.day, 30) : l.day;
          // the rule's amount: r(0.17 × quantity / 100) in cents, exactly; over it by `over` cents
          const cents = Math.trunc((17 * l.quantity) / 100) + l.over;
          return usageRow({
            UsageDate: `${l.month}-${String(day).padStart(2, '0')}`,
            ChargeStartDate: `${l.month}-01`,
            MeterId: l.meter,
            MeterName: l.meter,
            EntitlementId: l.entitlement,
            Quantity: (l.quantity / 100).toFixed(2),
            EffectiveUnitPrice: l.price,
            BillingPreTaxTotal: (cents / 100).toFixed(2),
          });
        });
        const total = (result: ReturnType<typeof reconcileUsage>) =>
          result.atStake.reduce((sum, a) => sum + a.amount.amount, 0);
        const together = reconcileUsage(rows, null);
        const alone = rows.map((row) => reconcileUsage([row], null));
        expect(total(together)).toBe(alone.reduce((sum, r) => sum + total(r), 0));
        const findings = alone.reduce((n, r) => n + r.different.length, 0);
        expect(together.different.length).toBeLessThanOrEqual(findings);
        expect(together.different.reduce((n, f) => n + f.lines, 0)).toBe(
          alone.reduce((n, r) => n + r.different.reduce((m, f) => m + f.lines, 0), 0),
        );
      }),
    );
  });
});
