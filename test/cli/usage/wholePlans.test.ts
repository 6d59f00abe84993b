import { fc, test } from '@fast-check/vitest';
import { createUsageReconciler } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import {
  assignPlans,
  finishPlans,
  finishWhole,
  type PlanResult,
  readUsageOptions,
  usageJob,
  usageJson,
} from '../../_private.ts';
import { reconRow, usageRow } from '../../usage/_rows.ts';
import { invoiceLine as invoiceLineOf } from './_invoiceLine.ts';

const setup = { options: {}, locale: undefined };

/** A usage row as the job reads it: a line of the export's JSON lines, at its place. */
function read(job: ReturnType<typeof usageJob>, row: Record<string, string>, at: number) {
  return job.header([], 'export.json.gz')(
    { kind: 'json', text: JSON.stringify(row) },
    { file: 'export.json.gz', row: at, at },
  );
}

const line = fc
  .record({
    plan: fc.constantFrom('plan-1', 'PLAN-1', 'plan-2', 'plan-3', 'plan-5'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    day: fc.integer({ min: 1, max: 30 }),
    pec: fc.option(fc.boolean(), { nil: undefined }),
    other: fc.boolean(),
  })
  .map(({ plan, entitlement, day, pec, other }) => {
    const row = usageRow({
      SubscriptionId: plan,
      EntitlementId: entitlement,
      UsageDate: `2026-11-${String(day).padStart(2, '0')}`,
      PartnerEarnedCreditPercentage: pec === true ? '15' : '0',
      EffectiveUnitPrice: pec === true ? '0.17' : '0.20',
      BillingPreTaxTotal: pec === true ? '4.08' : '4.80',
      ...(other ? { ProductId: 'DZH318Z0BQ4B' } : {}),
    });
    // a line without the PEC column: PEC seen only in another worker's lines
    if (pec !== undefined) return row;
    const { PartnerEarnedCreditPercentage: _, ...rest } = row;
    return rest;
  });

const invoiceLine = invoiceLineOf(['plan-1', 'PLAN-2', 'plan-3', 'plan-4', '']);

/** A result as it comes out of a worker: copied as a message is. */
const crossed = (result: PlanResult): PlanResult => structuredClone(result);

describe('wholePlans: each worker of usage --workers finishes the Azure plans only it holds (USG-7, WH-4)', () => {
  test.prop([
    fc.array(fc.tuple(line, fc.nat()), { maxLength: 40 }),
    fc.integer({ min: 1, max: 4 }),
    fc.option(fc.array(invoiceLine, { maxLength: 8 }), { nil: null }),
    fc.record({ plans: fc.integer({ min: 1, max: 4 }), lines: fc.integer({ min: 1, max: 30 }) }),
  ])(
    'USG-7, WH-4: lines read by any workers (and the reading thread), each worker finishing the plans only it holds and handing back the rest, put together with the plans finished in the reading thread, are the one pass of the library, with or without invoice rows',
    async (rows, workers, invoices, together) => {
      const job = usageJob(setup);
      const one = createUsageReconciler();
      // the last share is the reading thread's own (rows it reads itself)
      const shares = Array.from({ length: workers + 1 }, () => job.create());
      rows.forEach(([row, share], i) => {
        const place = { file: 'export.json.gz', row: i + 1, at: i + 1 };
        const got = read(job, row, i + 1);
        if (got === undefined) throw new Error('a JSON line is a row');
        one.observe(got.read);
        job.observe(shares[share % shares.length] as never, got, place);
      });
      const here = shares.pop();
      if (here === undefined) throw new Error('the reading thread has a share');
      const assigned = assignPlans(
        [...shares, here].map((share) => share.census()),
        invoices,
      );
      const results: PlanResult[] = [];
      for (const [i, share] of shares.entries()) {
        const whole = assigned.workers[i];
        if (whole === undefined) throw new Error('each worker is assigned');
        for await (const result of finishWhole(share, readUsageOptions({}), whole))
          results.push(crossed(result));
      }
      for (const piece of here.parts()) results.push(crossed(piece));
      const planned = finishPlans(
        results.reverse(),
        readUsageOptions({}),
        assigned.rest,
        together,
        assigned.facts,
      );
      expect(usageJson(planned.result())).toBe(usageJson(one.finish(invoices)));
    },
  );

  it('USG-7: a plan held by one worker alone is that worker’s, with its invoice rows and their numbers; a plan of two workers, of the reading thread, or of invoice rows alone is the reading thread’s', () => {
    const census = (plans: string[], pecSeen = false, products: string[] = []) => ({
      plans,
      pecSeen,
      products,
    });
    const rows = ['plan-1', 'plan-2', 'PLAN-3', 'plan-4', 'plan-1', 'plan-9'].map((plan) =>
      reconRow({ SubscriptionId: plan }),
    );
    const assigned = assignPlans(
      [
        census(['plan-1', 'plan-2'], false, ['a']),
        census(['plan-2', 'plan-3'], true, ['b']),
        census(['plan-4']),
      ],
      rows,
    );
    expect(assigned.workers.map((w) => w.plans)).toEqual([['plan-1'], ['plan-3']]);
    expect(assigned.workers.map((w) => w.recon?.map(([plan, of]) => [plan, of.numbers]))).toEqual([
      [['plan-1', [1, 5]]],
      [['plan-3', [3]]],
    ]);
    expect(assigned.facts).toEqual({ pecSeen: true, products: new Set(['a', 'b']) });
    expect(assigned.workers.every((w) => w.pecSeen && w.products.length === 2)).toBe(true);
    const rest = assigned.rest;
    const left: [string, number[]][] = [];
    for (let plan = rest?.next(); plan !== undefined; plan = rest?.next())
      left.push([plan, rest?.take().numbers ?? []]);
    expect(left).toEqual([
      ['plan-2', [2]],
      ['plan-4', [4]],
      ['plan-9', [6]],
    ]);
    expect(rest?.given.size).toBe(1);
    expect(assignPlans([census(['plan-1']), census([])], null).workers[0]?.recon).toBeNull();
  });
});
