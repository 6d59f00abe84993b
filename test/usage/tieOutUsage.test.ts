import fc from 'fast-check';
import { createTieOut, readUsageLine, tieOut, type UsageTieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { g24135Rows, resource } from '../invoices/_worked.ts';
import { usageRow } from './_rows.ts';

/** The usage line's key on both files. */
const KEY = {
  InvoiceNumber: 'G000024135',
  SubscriptionId: 'plan-1',
  ProductId: 'DZH318Z0BQ3Q',
  SkuId: '0001',
  AvailabilityId: 'DZH318Z0BQ3Q0001',
};
/** G000024135's lines, its usage line 700.12 = r(0.10 × 7001.2) carrying its meter and key. */
const rows = g24135Rows.map((r) =>
  r.ChargeType === 'usage'
    ? {
        ...r,
        ...KEY,
        MeterDescription: 'Bandwidth',
        EffectiveUnitPrice: '0.10',
        BillableQuantity: '7001.2',
      }
    : r,
);
/** A day of the usage line at 0.10 USD, without PEC's column (not checked). */
const day = (date: string, quantity: string, billed: string) =>
  usageRow({
    ...KEY,
    UsageDate: date,
    Quantity: quantity,
    UnitPrice: '0.10',
    EffectiveUnitPrice: '0.10',
    BillingPreTaxTotal: billed,
    PartnerEarnedCreditPercentage: '',
  });
/** Three days: 233.373 → 233.37, 233.373 → 233.37, 233.374 → 233.37; Σ 700.11, Σ Q 7001.2. */
const days = [
  day('2026-10-01', '2333.73', '233.37'),
  day('2026-10-02', '2333.73', '233.37'),
  day('2026-10-03', '2333.74', '233.37'),
];
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A result without its usage. */
function withoutUsage<T extends { readonly usage?: unknown }>(result: T): Omit<T, 'usage'> {
  const { usage: _, ...rest } = result;
  return rest;
}

describe('tieOut with the daily usage (INV-3)', () => {
  it('INV-3: G000024135 (2075.89) with its usage line 700.12 tied; the days (Σ 700.11) matched with rounding +0.01 beside it, its residual 0 and outcome tied unchanged', () => {
    const invoices = [resource('G000024135', 2075.89)];
    const plain = tieOut(invoices, rows);
    const result = tieOut(invoices, rows, { usageRows: days });
    expect(result.results.map(withoutUsage)).toEqual(plain.results);
    expect([result.issues, result.summary]).toEqual([plain.issues, plain.summary]);
    const [only] = result.results;
    expect([only?.outcome, only?.residual, only?.total]).toEqual(['tied', usd(0), usd(207589)]);
    expect(only?.usage).toMatchObject({
      matched: 1,
      rounding: usd(1),
      different: 0,
      missing: 0,
      unexpected: 0,
      findings: [],
    });
    expect(only?.usage?.matches.map((m) => [m.daily, m.billed, m.band])).toEqual([
      [usd(70011), usd(70012), { low: usd(-1), high: usd(2) }],
    ]);
    expect(result.usage?.matched).toHaveLength(1);
    expect(plain).not.toHaveProperty('usage');
    expect(plain.results[0]).not.toHaveProperty('usage');
  });

  it('INV-3: 2075.90 stays rounding by 0.01 with the usage rounding +0.01 beside it, never added; days past the band (Σ 700.08, d = +4 > 2) are different beside a tied invoice', () => {
    const rounding = tieOut([resource('G000024135', 2075.9)], rows, { usageRows: days });
    expect([rounding.results[0]?.outcome, rounding.results[0]?.residual]).toEqual([
      'rounding',
      usd(1),
    ]);
    expect(rounding.results[0]?.usage?.rounding).toEqual(usd(1));
    const short = [days[0], days[1], day('2026-10-03', '2333.74', '233.34')];
    const past = tieOut([resource('G000024135', 2075.89)], rows, { usageRows: short });
    expect(past.results[0]?.outcome).toBe('tied');
    expect(past.results[0]?.usage).toMatchObject({ matched: 0, different: 1, rounding: usd(0) });
    expect(past.results[0]?.usage?.findings.map((f) => [f.kind, f.rule])).toEqual([
      ['different', 'USG-4'],
    ]);
  });

  it('INV-3: options.usageRows that is no list and a bad options.at are RuleErrors naming them', () => {
    const invoices = [resource('G000024135', 2075.89)];
    expect(errorOf(() => tieOut(invoices, rows, { usageRows: 'x' as unknown as [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.usageRows',
    });
    expect(errorOf(() => tieOut(invoices, rows, { usageRows: days, at: 'soon' }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'options.at',
    });
    expect(errorOf(() => tieOut(invoices, rows, { at: 'soon' }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'options.at',
    });
    expect(errorOf(() => createTieOut({ usage: true, at: 'soon' }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'constraints.at',
    });
    expect(errorOf(() => createTieOut().observeUsage(readUsageLine(days[0], 1)))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.usage',
    });
  });

  it('INV-3: the usage file’s at reaches the usage check: a PEC day within 24 hours of it is provisional', () => {
    const lost = usageRow({
      ...KEY,
      UsageDate: '2026-10-31',
      PartnerEarnedCreditPercentage: '0',
      EffectiveUnitPrice: '0.20',
      BillingPreTaxTotal: '4.80',
    });
    const result = tieOut([resource('G000024135', 2075.89)], rows, {
      usageRows: [usageRow({ ...KEY, UsageDate: '2026-10-30' }), lost],
      at: '2026-11-01T23:59:59.999Z',
    });
    expect(result.usage?.pec.notEarned.map((f) => f.provisional)).toEqual([true]);
  });

  describe('properties', () => {
    const usageLine = fc
      .record({
        date: fc.integer({ min: 1, max: 4 }),
        quantity: fc.integer({ min: -500, max: 500_000 }),
        extra: fc.integer({ min: -2, max: 2 }),
        invoice: fc.constantFrom('G000024135', 'G000000009'),
        product: fc.constantFrom('DZH318Z0BQ3Q', 'DZH318Z0BQ3R'),
        pec: fc.constantFrom('', '0', '15'),
      })
      .map((r) =>
        usageRow({
          ...KEY,
          InvoiceNumber: r.invoice,
          ProductId: r.product,
          UsageDate: `2026-10-0${r.date}`,
          Quantity: (r.quantity / 100).toFixed(2),
          UnitPrice: '0.10',
          EffectiveUnitPrice: '0.10',
          BillingPreTaxTotal: ((Math.trunc(r.quantity / 10) + r.extra) / 100).toFixed(2),
          PartnerEarnedCreditPercentage: r.pec,
        }),
      );
    const invoices = [resource('G000024135', 2075.89), resource('G000000009', 1)];

    it('INV-3: for any usage rows, each result’s residual, outcome and sums are identical with and without usageRows (usage rounding never counts toward the residual)', () => {
      const plain = tieOut(invoices, rows);
      fc.assert(
        fc.property(fc.array(usageLine, { maxLength: 30 }), (usageRows) => {
          const result = tieOut(invoices, rows, { usageRows });
          expect(result.results.map(withoutUsage)).toEqual(plain.results);
          expect(result.summary).toEqual(plain.summary);
        }),
      );
    });

    it('INV-3: createTieOut with usage: merging the tie-outs of any split of the rows and days, in any order, finishes as tieOut’s one pass', () => {
      fc.assert(
        fc.property(
          fc.array(usageLine, { maxLength: 24 }),
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 30, maxLength: 30 }),
          fc.boolean(),
          (usageRows, shardOf, tree) => {
            const once = tieOut(invoices, rows, { usageRows });
            const shards = [0, 1, 2].map(() => createTieOut({ usage: true }));
            const shard = (i: number) => shards[shardOf[i % 30] as number] as UsageTieOut;
            rows.forEach((r, i) => {
              shard(i).observe(r, i + 1);
            });
            usageRows.forEach((r, i) => {
              shard(i + 7).observeUsage(readUsageLine(r, i + 1));
            });
            const [a, b, c] = shards as [UsageTieOut, UsageTieOut, UsageTieOut];
            if (tree) {
              b.merge(c);
              a.merge(b);
              expect(a.finish(invoices)).toEqual(once);
            } else {
              c.merge(a);
              c.merge(b);
              expect(c.finish(invoices)).toEqual(once);
            }
          },
        ),
      );
    });
  });
});
