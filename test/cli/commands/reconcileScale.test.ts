import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { runStreaming } from '../_run.ts';
import { exportRows, type RowQuirks } from './_dialect.ts';
import { pricedHistory, resourceAfter } from './_histories.ts';
import { octoberFile } from './_october.ts';
import { csv, file } from './_reconcileFiles.ts';

const quirks: fc.Arbitrary<RowQuirks> = fc.record({
  apostrophe: fc.boolean(),
  usDates: fc.boolean(),
  upperCase: fc.boolean(),
  positiveCredit: fc.boolean(),
});

/** The ways of running one reconciliation that must all find the same. */
const WAYS = [
  ['--workers', '1'],
  ['--workers', '2'],
  ['--workers', '4'],
  // 1 KiB: every line passes the budget, so each subscription's lines are spilled in many parts
  ['--workers', '1', '--memory', '1K'],
  ['--workers', '2', '--memory', '1K'],
] as const;

/** A run's findings, as written and one by one, and its summary. */
async function findingsOf(args: readonly string[]): Promise<{
  code: number;
  out: string;
  listed: string[];
  summary: unknown;
}> {
  const run = await runStreaming(['reconcile', ...args, '--json', '--at', '2026-12-01T00:00:00Z']);
  const { findings, summary } = JSON.parse(run.out);
  // how the run went (workers, wall time, memory) is the one part meant to differ
  const { run: facts, ...found } = summary;
  expect(facts).toMatchObject({ engine: 'default' });
  return {
    code: run.code,
    out: run.out.slice(0, run.out.indexOf('],"summary":')),
    listed: findings.map((f: unknown) => JSON.stringify(f)),
    summary: found,
  };
}

/** Every way of running writes what the first writes, byte for byte, spilled or not. */
async function sameEveryWay(args: readonly string[]): Promise<void> {
  const [first, ...others] = await Promise.all(WAYS.map((way) => findingsOf([...args, ...way])));
  for (const [i, other] of others.entries()) {
    const way = WAYS[i + 1]?.join(' ');
    expect(other?.out, way).toBe(first?.out);
    expect(other?.summary, way).toEqual(first?.summary);
    expect(other?.code, way).toBe(first?.code);
  }
}

describe('subscription-rules reconcile --workers and --memory', () => {
  it('REC-3: the newcomer’s October (three seeds, planted mistakes): the same output, byte for byte, with 1, 2 and 4 workers, with and without a budget that spills every line', async () => {
    for (const seed of [20261031, 7, 42]) {
      const october = octoberFile(seed);
      const recon = join(tempFolder('october-'), 'october.csv.gz');
      writeFileSync(recon, october.gzip);
      const resources = file(october.resources, { name: 'resources.json' });
      await sameEveryWay(['--file', recon, '--subscriptions', resources, '--period', '2026-10']);
    }
  });

  it('REC-3: a spill leaves no folder behind once the run is over, in a temporary folder of the run’s own (TMPDIR), whatever else the system’s holds', async () => {
    const october = octoberFile(7);
    const recon = join(tempFolder('october-'), 'october.csv.gz');
    writeFileSync(recon, october.gzip);
    const resources = file(october.resources, { name: 'resources.json' });
    // the spill goes under os.tmpdir(), which reads TMPDIR: this thread's own copy of the
    // environment, so the folder is this run's alone while other tests run beside it
    const temporary = tempFolder('reconcile-spill-');
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    let run: Awaited<ReturnType<typeof runStreaming>>;
    try {
      expect(tmpdir()).toBe(temporary);
      run = await runStreaming([
        'reconcile',
        '--file',
        recon,
        '--subscriptions',
        resources,
        '--memory',
        '1K',
        '--json',
        '--at',
        '2026-12-01T00:00:00Z',
      ]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).summary.run).toMatchObject({ engine: 'default', spilled: true });
    expect(readdirSync(temporary)).toEqual([]);
  });

  it('REC-3: a subscription listed twice is told once, the first compared, with or without a budget that spills every line (past the budget the ids are told partition by partition)', async () => {
    const october = octoberFile(7);
    const recon = join(tempFolder('october-'), 'october.csv.gz');
    writeFileSync(recon, october.gzip);
    const { items } = october.resources;
    const twice = { ...october.resources, items: [...items, items[1], items[0]] };
    const resources = file(twice, { name: 'resources.json' });
    const args = ['--file', recon, '--subscriptions', resources, '--period', '2026-10'];
    const [held, spilled] = await Promise.all([
      findingsOf(args),
      findingsOf([...args, '--memory', '1K']),
    ]);
    const again = held.listed.filter((finding) => finding.includes('more than once'));
    expect(again).toHaveLength(2);
    expect(spilled.out).toBe(held.out);
    expect(spilled.summary).toEqual(held.summary);
  });

  it('REC-3: two customers of one name are totalled by their id, whichever the file names first, spilled or not (worked: C1 before C2)', async () => {
    const header =
      'SubscriptionId,CustomerId,CustomerName,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';
    const line = (id: string, customer: string, subtotal: string): string =>
      `${id},${customer},Contoso,new,2026-11-20,2026-12-19,12.50,12.50,1,1,${subtotal},USD`;
    const c1 = line('S1', 'C1', '12.50');
    const c2 = line('S2', 'C2', '25.00');
    const none = file([], { name: 'resources.json' });
    for (const lines of [
      [c1, c2],
      [c2, c1],
    ])
      for (const way of [[], ['--memory', '1K']]) {
        const run = await findingsOf([
          '--file',
          file(`${[header, ...lines].join('\n')}\n`),
          '--subscriptions',
          none,
          ...way,
        ]);
        const { customers } = run.summary as { customers: { customerId: string }[] };
        expect(customers.map((c) => c.customerId)).toEqual(['C1', 'C2']);
      }
  });

  it('REC-3: --memory takes a whole number with K, M or G; anything else is a usage error naming it (exit 2)', async () => {
    for (const bad of ['0', 'lots', '1T', '-5M']) {
      const run = await runStreaming([
        'reconcile',
        '--file',
        file('SubscriptionId\n'),
        '--subscriptions',
        file([], { name: 'resources.json' }),
        `--memory=${bad}`,
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toContain('--memory: expected how much');
    }
  });

  describe('properties', () => {
    it('REC-3: any priced history in the 48-column export, a row of it dropped or not: the plainly billed subscriptions computed directly find what the exact replay finds, byte for byte', async () => {
      const histories = fc
        .integer({ min: 0, max: 15 })
        .map((day) => new Date(Date.UTC(2026, 10, day + 1) - 1).toISOString())
        .chain((to) =>
          fc.array(fc.tuple(pricedHistory(to), fc.array(quirks, { minLength: 1, maxLength: 8 })), {
            minLength: 1,
            maxLength: 4,
          }),
        );
      await fc.assert(
        fc.asyncProperty(histories, fc.nat(), async (drawn, dropped) => {
          const rows = drawn.flatMap(([history, rowQuirks], i) =>
            exportRows(
              invoiceLines(history.effects, { subscriptionId: `S${i}` }),
              history.effects,
              {
                customerId: `C${i}`,
                customerName: `Customer ${i}`,
                invoiceNumber: 'G000000001',
                productName: 'Microsoft 365 Business Standard',
                skuName: 'Business Standard',
              },
              rowQuirks,
              false,
            ),
          );
          if (rows.length > 1 && dropped % 3 === 0) rows.splice(dropped % rows.length, 1);
          const resources = drawn.map(([history], i) => resourceAfter(`S${i}`, history));
          const args = [
            '--file',
            file(csv(rows, EXPORT_COLUMNS)),
            '--subscriptions',
            file(resources, { name: 'resources.json' }),
            '--workers',
            '1',
          ];
          const plain = await findingsOf(args);
          process.env.SUBSCRIPTION_RULES_EXACT = '1';
          try {
            const exact = await findingsOf(args);
            expect(plain.out).toBe(exact.out);
            expect(plain.summary).toEqual(exact.summary);
          } finally {
            delete process.env.SUBSCRIPTION_RULES_EXACT;
          }
        }),
        { numRuns: 40 },
      );
    });

    it('REC-3: up to four priced histories in the 48-column export, a line of each dropped, the first one’s resource left out or not: 1, 2 or 4 workers and any memory budget write the same findings and summary, byte for byte', async () => {
      const histories = fc
        .integer({ min: 0, max: 15 })
        .map((day) => new Date(Date.UTC(2026, 10, day + 1) - 1).toISOString())
        .chain((to) =>
          fc.array(fc.tuple(pricedHistory(to), fc.array(quirks, { minLength: 1, maxLength: 8 })), {
            minLength: 1,
            maxLength: 4,
          }),
        );
      await fc.assert(
        fc.asyncProperty(histories, fc.boolean(), fc.nat(), async (drawn, twoLine, dropped) => {
          const rows = drawn.flatMap(([history, rowQuirks], i) => {
            const own = exportRows(
              invoiceLines(history.effects, { subscriptionId: `S${i}` }),
              history.effects,
              {
                customerId: `C${i}`,
                customerName: `Customer ${i}`,
                invoiceNumber: 'G000000001',
                productName: 'Microsoft 365 Business Standard',
                skuName: 'Business Standard',
              },
              rowQuirks,
              twoLine,
            );
            // a line of each lost: findings of several subscriptions, whose ids hash to several
            // partitions, each a missing group, a refusal or a difference
            if (own.length > 1) own.splice(dropped % own.length, 1);
            return own;
          });
          // the first resource left out when `dropped` is odd: its lines are unexpected, after
          // the resources' findings though the file names it first
          const resources = drawn
            .map(([history], i) => resourceAfter(`S${i}`, history))
            .filter((_, i) => i > 0 || dropped % 2 === 0);
          await sameEveryWay([
            '--file',
            file(csv(rows, EXPORT_COLUMNS)),
            '--subscriptions',
            file(resources, { name: 'resources.json' }),
          ]);
        }),
        { numRuns: 25 },
      );
    });
  });
});
