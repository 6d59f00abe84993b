import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { finishPlans, handOnFor, readUsageOptions, usageJob, usagePieces } from '../../_private.ts';
import { reconRow, usageRow } from '../../usage/_rows.ts';
import { csvOf, usageFile } from '../commands/_usageFiles.ts';
import { invoiceLine as invoiceLineOf } from './_invoiceLine.ts';

const setup = { options: {}, locale: undefined };
const options = readUsageOptions({});

const line = fc
  .record({
    plan: fc.constantFrom('plan-1', 'PLAN-1', 'plan-2', 'plan-3', 'plan-4', ''),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    day: fc.integer({ min: 1, max: 30 }),
    pec: fc.constantFrom('15', '0', undefined),
    other: fc.boolean(),
    total: fc.constantFrom('4.08', '4.80', '4.09', 'x'),
  })
  .map(({ plan, entitlement, day, pec, other, total }) => {
    const row = usageRow({
      SubscriptionId: plan,
      EntitlementId: entitlement,
      UsageDate: `2026-11-${String(day).padStart(2, '0')}`,
      PartnerEarnedCreditPercentage: pec ?? '',
      EffectiveUnitPrice: pec === '15' ? '0.17' : '0.20',
      BillingPreTaxTotal: total,
      ...(other ? { ProductId: 'DZH318Z0BQ4B' } : {}),
    });
    return row;
  });

const invoiceLine = invoiceLineOf(['plan-1', 'PLAN-2', 'plan-5', '']);

/** The lists' texts and the summary of an outcome, as they are written. */
function written(outcome: ReturnType<typeof finishPlans>) {
  const bytes: string[] = [];
  for (const [, list] of outcome.lists)
    list.eachBytes((chunk, start, end) =>
      bytes.push(Buffer.from(chunk.subarray(start, end)).toString('utf8')),
    );
  return {
    lists: outcome.lists.map(([section, list]) => [section, [...list]]),
    bytes,
    summary: outcome.summary,
    findings: outcome.findings,
  };
}

/** The run held in memory: every plan's state read, then finished. */
async function inMemory(rows: readonly Record<string, string>[], recon: object[] | null) {
  const job = usageJob(setup);
  const state = job.create();
  const names = Object.keys(rows[0] ?? {});
  const reader = job.header(names, 'dru.csv');
  rows.forEach((row, i) => {
    const values = names.map((n) => row[n] ?? '');
    const read = reader(
      { kind: 'csv', row: { cell: (c: number) => values[c], length: values.length } as never },
      { file: 'dru.csv', row: i + 2, at: i + 1 },
    );
    if (read !== undefined) job.observe(state, read, { file: 'dru.csv', row: i + 2, at: i + 1 });
  });
  const states = job.finish(state, { holds: () => true }, undefined);
  if (Symbol.asyncIterator in states) throw new Error('the usage job finishes into an array');
  return finishPlans([...states], options, recon);
}

describe('usagePieces: usage past --memory, its plans handed on (USG-7, WH-4)', () => {
  test.prop(
    [
      fc.array(line, { minLength: 1, maxLength: 40 }),
      fc.option(fc.array(invoiceLine, { maxLength: 6 }), { nil: null }),
      fc.oneof(
        // never handed on (the last plans held as they are), every line, every few lines
        fc.constant({ every: 1, bytes: Number.POSITIVE_INFINITY }),
        fc.constant({ every: 1, bytes: 0 }),
        fc.record({
          every: fc.integer({ min: 1, max: 12 }),
          bytes: fc.integer({ min: 0, max: 40_000 }),
        }),
      ),
    ],
    { numRuns: 60 },
  )(
    'USG-7, WH-4 law: however often one thread hands its plans on to disk (never, every line, every few lines past any weight), the lists — read as texts and as bytes — the summary and the findings are the run held in memory’s',
    async (rows, recon, hand) => {
      const file = usageFile(csvOf(rows));
      // the invoice rows in two files, numbered on from the first to the second
      const half = Math.ceil((recon?.length ?? 0) / 2);
      const invoices =
        recon === null
          ? undefined
          : [recon.slice(0, half), recon.slice(half)]
              .filter((part) => part.length > 0)
              .map((part) => usageFile(csvOf(part), 'recon.csv'));
      const made = await usagePieces(
        setup,
        { files: [file], flag: '--file', workers: 1, memory: 1 << 20 },
        options,
        recon?.length === 0
          ? [usageFile(`${Object.keys(reconRow({})).join(',')}\r\n`, 'recon.csv')]
          : invoices,
        hand,
      );
      try {
        expect(made.records).toEqual([rows.length]);
        expect(written(made.outcome)).toEqual(written(await inMemory(rows, recon)));
        expect(made.outcome.result().summary).toEqual(
          (await inMemory(rows, recon)).result().summary,
        );
      } finally {
        made.close();
      }
    },
  );

  it('USG-4, USG-7: an invoice row of no meter is a usage line when its product is the usage file’s, whichever plan’s lines handed on before say it', async () => {
    // the product's plan finished in a part before the invoice row's (sixteen plans a part)
    const rows = [
      usageRow({ SubscriptionId: 'plan-b', ProductId: 'DZH318Z0BQ4B' }),
      ...Array.from({ length: 17 }, (_, i) =>
        usageRow({ SubscriptionId: `plan-c${String(i).padStart(2, '0')}` }),
      ),
    ];
    const recon = [
      reconRow({
        SubscriptionId: 'plan-z',
        ProductId: 'DZH318Z0BQ4B',
        MeterDescription: '',
        EffectiveUnitPrice: '0.17',
        Subtotal: '4.08',
      }),
    ];
    const made = await usagePieces(
      setup,
      { files: [usageFile(csvOf(rows))], flag: '--file', workers: 1, memory: 1 << 20 },
      options,
      [usageFile(csvOf(recon), 'recon.csv')],
      { every: 1, bytes: 0 },
    );
    try {
      const expected = await inMemory(rows, recon);
      expect(made.outcome.result().unexpected.map((f) => f.subscriptionId)).toEqual(['plan-z']);
      expect(written(made.outcome)).toEqual(written(expected));
    } finally {
      made.close();
    }
  });

  it('USG-7: the run’s folder is gone once closed, and when the run fails', async () => {
    const mine = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('subscription-rules-usage-'));
    const before = new Set(mine());
    const file = usageFile(csvOf([usageRow({})]));
    const made = await usagePieces(
      setup,
      { files: [file], flag: '--file', workers: 1, memory: 1024 },
      options,
      undefined,
    );
    const open = mine().filter((name) => !before.has(name));
    expect(open.length).toBeGreaterThan(0);
    made.close();
    for (const name of open) expect(mine()).not.toContain(name);
    await expect(
      usagePieces(
        setup,
        { files: [`${file}.none`], flag: '--file', workers: 1, memory: 1024 },
        options,
        undefined,
      ),
    ).rejects.toThrow(/--file/);
    for (const name of mine()) expect(before.has(name) || !open.includes(name)).toBe(true);
  });

  it('USG-7: within a budget, the plans are weighed every 8 KiB of it (at most every 65,536 lines) and handed on past an eighth of it', () => {
    expect(handOnFor(512 * 1024 ** 2)).toEqual({ every: 65_536, bytes: 64 * 1024 ** 2 });
    expect(handOnFor(1024 ** 3)).toEqual({ every: 65_536, bytes: 128 * 1024 ** 2 });
    expect(handOnFor(8192 * 100)).toEqual({ every: 100, bytes: 102_400 });
    expect(handOnFor(1024)).toEqual({ every: 1, bytes: 128 });
  });
});
