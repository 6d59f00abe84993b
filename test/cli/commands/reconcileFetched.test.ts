import fc from 'fast-check';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { fetchedFiles } from '../../reconciliation/_fetchedFiles.ts';
import { runStreaming } from '../_run.ts';
import { csv, file, resource, SUBSCRIPTION } from './_reconcileFiles.ts';

const DAY = 86_400_000;

/** The file's and the list's rows as CSV, in the columns of their first row. */
const csvOf = (rows: readonly Record<string, string>[]): string =>
  csv(rows, Object.keys(rows[0] ?? {}));

describe('reconcile on resources fetched any day (REC-5)', () => {
  it('REC-5: the command finds what reconcileSubscriptions finds on a month’s file whose resources were fetched from 20 days before its end to 40 after, with the default engine, two workers and DuckDB: the planted differences, the money at stake', async () => {
    const samples = fc.sample(
      fc.tuple(fetchedFiles(), fc.integer({ min: -20 * DAY, max: 40 * DAY })),
      { numRuns: 4 },
    );
    for (const [drawn, offset] of samples) {
      const fetchedMs = Math.max(drawn.monthEndMs + offset, drawn.bornMs + 1);
      const resources = drawn.resources(fetchedMs);
      const library = reconcileSubscriptions(drawn.rows, resources, {
        rules: newCommerce,
        period: drawn.period,
        prices: drawn.prices,
      });
      const recon = file(csvOf(drawn.rows));
      const listed = file(
        { totalCount: resources.length, items: resources },
        { name: 'resources.json' },
      );
      const prices = file(csvOf(drawn.prices), { name: 'prices.csv' });
      for (const flags of [[], ['--workers', '2'], ['--engine', 'duckdb']]) {
        const run = await runStreaming([
          'reconcile',
          '--file',
          recon,
          '--subscriptions',
          listed,
          '--prices',
          prices,
          '--period',
          drawn.period,
          '--json',
          ...flags,
        ]);
        const out = JSON.parse(run.out) as {
          summary: { atStake: unknown };
          findings: { finding: string; rows?: number[] }[];
        };
        const differences = out.findings.filter((f) => f.finding === 'different');
        expect(differences.length, flags.join(' ')).toBe(drawn.planted.length);
        expect(
          out.findings.filter((f) => f.finding === 'missing' || f.finding === 'unexpected'),
        ).toEqual([]);
        expect(differences.length).toBe(library.different.length);
        expect(out.summary.atStake, flags.join(' ')).toEqual(library.atStake);
      }
    }
  }, 120_000);
});

describe('--explain on a resource fetched after the month (REC-5)', () => {
  it('REC-5: --explain shows the terms rebuilt back and as read, each with its price and where it came from', async () => {
    const prices = [
      'ProductId,SkuId,TermDuration,BillingPlan,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate',
      'CFQ7TTC0LDPB,0001,P1Y,Monthly,USD,138.00,2/1/2023 12:00 AM,6/30/2026 11:59 PM',
      'CFQ7TTC0LDPB,0001,P1Y,Monthly,USD,150.00,7/1/2026 12:00 AM,12/31/9999 11:59 PM',
    ].join('\n');
    const late = resource(10, {
      creationDate: '2025-10-20T08:00:00Z',
      effectiveStartDate: '2026-10-20T00:00:00Z',
      commitmentEndDate: '2027-10-19T00:00:00Z',
    });
    const rows = [
      {
        SubscriptionId: SUBSCRIPTION,
        ChargeType: 'renew',
        ChargeStartDate: '2026-10-20',
        ChargeEndDate: '2026-11-19',
        UnitPrice: '12.50',
        EffectiveUnitPrice: '12.50',
        Quantity: '10',
        BillableQuantity: '10',
        Subtotal: '125.00',
        TaxTotal: '0',
        Currency: 'USD',
      },
    ];
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(rows)),
      '--subscriptions',
      file([late], { name: 'resources.json' }),
      '--prices',
      file(prices, { name: 'prices.csv' }),
      '--period',
      '2026-10',
      '--explain',
      SUBSCRIPTION,
    ]);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines.filter((line) => /^(terms| {12}) +(rebuilt|as read)/.test(line))).toEqual([
      "terms         rebuilt back from 2025-10-20T00:00:00.000Z (the purchase): 11.50 USD a seat a period, from --prices at the term's start",
      "              as read from 2026-10-20T00:00:00.000Z (a renewal): 12.50 USD a seat a period, from --prices at the term's start",
    ]);
    expect(lines).toContain('findings      none: every group matched');
  });
});

describe('--explain names each term’s price source (REC-5)', () => {
  it('REC-5: a rebuilt term the file prints a UnitPrice for is priced by it, one without by --prices at its start: --explain says which, matched either way (the term as read starts after the month: not replayed)', async () => {
    const prices = [
      'ProductId,SkuId,TermDuration,BillingPlan,Currency,UnitPrice',
      'CFQ7TTC0LDPB,0001,P1M,Monthly,USD,12.50',
    ].join('\n');
    const late = resource(12, {
      creationDate: '2026-06-01T08:00:00Z',
      effectiveStartDate: '2026-11-01T00:00:00Z',
      commitmentEndDate: '2026-11-30T00:00:00Z',
      termDuration: 'P1M',
    });
    const october = {
      SubscriptionId: SUBSCRIPTION,
      ChargeType: 'renew',
      ChargeStartDate: '2026-10-01',
      ChargeEndDate: '2026-10-31',
      UnitPrice: '13.00',
      EffectiveUnitPrice: '13.00',
      Quantity: '12',
      BillableQuantity: '12',
      Subtotal: '156.00',
      TaxTotal: '0',
      Currency: 'USD',
    };
    const explained = async (rows: readonly Record<string, string>[]) => {
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(csv(rows)),
        '--subscriptions',
        file([late], { name: 'resources.json' }),
        '--prices',
        file(prices, { name: 'prices.csv' }),
        '--period',
        '2026-10',
        '--explain',
        SUBSCRIPTION,
      ]);
      const lines = run.out.split('\n');
      return {
        code: run.code,
        terms: lines.filter((line) => /^(terms| {12}) +(rebuilt|as read)/.test(line)),
        matched: lines.includes('findings      none: every group matched'),
      };
    };
    expect(await explained([october])).toEqual({
      code: 0,
      terms: [
        "terms         rebuilt back from 2026-10-01T00:00:00.000Z (a renewal): 13.00 USD a seat a period, from the file's UnitPrice on the term's lines",
      ],
      matched: true,
    });
    // the file prints no UnitPrice: the list's row at the rebuilt term's start prices it
    const { UnitPrice: _, ...unpriced } = october;
    expect(
      await explained([{ ...unpriced, Subtotal: '150.00', EffectiveUnitPrice: '12.50' }]),
    ).toEqual({
      code: 0,
      terms: [
        "terms         rebuilt back from 2026-10-01T00:00:00.000Z (a renewal): 12.50 USD a seat a period, from --prices at the term's start",
      ],
      matched: true,
    });
  });
});

describe('reconcile on a resource in its Extended Service Term fetched after the month (REC-5, EST-3)', () => {
  it('REC-5: the committed term’s last month (11.50 × 10 = 115.00) and the first month of Extended Service Term (12.50 + 3 % = 12.88 × 10 = 128.80) both match, with the default engine, two workers and DuckDB; 1 cent more on the committed term’s month is its one difference', async () => {
    const est = resource(10, {
      offerName: 'Microsoft 365 Business Standard Extended Service Term',
      creationDate: '2025-11-05T08:00:00Z',
      effectiveStartDate: '2026-12-05T00:00:00Z',
      commitmentEndDate: '2027-01-04T00:00:00Z',
      termDuration: 'P1M',
      autoRenewEnabled: false,
    });
    const prices = [
      'ProductId,SkuId,TermDuration,BillingPlan,Currency,UnitPrice',
      'CFQ7TTC0LDPB,0001,P1M,Monthly,USD,12.50',
      'CFQ7TTC0LDPB,0001,P1Y,Monthly,USD,138.00',
    ].join('\n');
    const line = {
      SubscriptionId: SUBSCRIPTION,
      Quantity: '10',
      BillableQuantity: '10',
      Currency: 'USD',
      ChargeType: 'cycleCharge',
    };
    const rows = (more: string) => [
      {
        ...line,
        ChargeStartDate: '2026-10-05',
        ChargeEndDate: '2026-11-04',
        UnitPrice: '11.50',
        EffectiveUnitPrice: '11.50',
        Subtotal: more,
        PriceAdjustmentDescription: '',
      },
      {
        ...line,
        ChargeStartDate: '2026-11-05',
        ChargeEndDate: '2026-12-04',
        UnitPrice: '12.50',
        EffectiveUnitPrice: '12.88',
        Subtotal: '128.80',
        PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
      },
    ];
    for (const [subtotal, different] of [
      ['115.00', 0],
      ['115.01', 1],
    ] as const)
      for (const flags of [[], ['--workers', '2'], ['--engine', 'duckdb']]) {
        const run = await runStreaming([
          'reconcile',
          '--file',
          file(csvOf(rows(subtotal))),
          '--subscriptions',
          file([est], { name: 'resources.json' }),
          '--prices',
          file(prices, { name: 'prices.csv' }),
          '--json',
          ...flags,
        ]);
        const out = JSON.parse(run.out) as { summary: Record<string, unknown> };
        expect(out.summary, `${subtotal} ${flags.join(' ')}`).toMatchObject({
          matched: 2 - different,
          different,
          missing: 0,
          unexpected: 0,
          subscriptionIssues: 0,
        });
      }
  }, 60_000);
});
