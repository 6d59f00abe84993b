import { fc, test } from '@fast-check/vitest';
import { createUsageReconciler, readUsageLine } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { finishPlans, readUsageOptions, usageJob, usageJson } from '../../_private.ts';
import { usageRow } from '../../usage/_rows.ts';
import { invoiceLine as invoiceLineOf } from './_invoiceLine.ts';

const setup = { options: {}, locale: undefined };
const all = { holds: () => true };

/** A usage row as the job reads it: a line of the export's JSON lines, at its place. */
function read(job: ReturnType<typeof usageJob>, row: Record<string, string>, at: number) {
  const reader = job.header([], 'export.json.gz');
  return reader(
    { kind: 'json', text: JSON.stringify(row) },
    { file: 'export.json.gz', row: at, at },
  );
}

const line = fc
  .record({
    plan: fc.constantFrom('plan-1', 'plan-2', 'plan-3'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    day: fc.integer({ min: 1, max: 30 }),
    pec: fc.boolean(),
  })
  .map(({ plan, entitlement, day, pec }) =>
    usageRow({
      SubscriptionId: plan,
      EntitlementId: entitlement,
      UsageDate: `2026-11-${String(day).padStart(2, '0')}`,
      PartnerEarnedCreditPercentage: pec ? '15' : '0',
      EffectiveUnitPrice: pec ? '0.17' : '0.20',
      BillingPreTaxTotal: pec ? '4.08' : '4.80',
    }),
  );

/** A finish's results as the usage job gives them: an array (never a stream). */
function arrayOf<T>(made: readonly T[] | AsyncIterable<T>): readonly T[] {
  if (Symbol.asyncIterator in made) throw new Error('the usage job finishes into an array');
  return made;
}

describe('usageJob: the usage command’s per-group function (USG-7)', () => {
  it('USG-7: a line’s key is its SubscriptionId; a row not read has none', () => {
    const job = usageJob(setup);
    expect(job.key(read(job, usageRow({ SubscriptionId: 'plan-9' }), 2) as never)).toBe('plan-9');
    expect(job.key(read(job, usageRow({ BillingPreTaxTotal: '' }), 2) as never)).toBeUndefined();
  });

  it('USG-7: a CSV row’s key is its SubscriptionId cell, trimmed, read or not; the row is read only when its line is asked for', () => {
    const job = usageJob(setup);
    const whole = usageRow({ SubscriptionId: ' plan-9 ', BillingPreTaxTotal: '' });
    const names = Object.keys(whole);
    const values = Object.values(whole);
    const asked: number[] = [];
    const row = {
      cell: (i: number) => {
        asked.push(i);
        return values[i];
      },
    } as never;
    const got = job.header(names, 'dru.csv')(
      { kind: 'csv', row },
      { file: 'dru.csv', row: 1, at: 1 },
    );
    expect(got?.key).toBe('plan-9');
    expect(asked).toEqual([names.indexOf('SubscriptionId')]);
    expect(got?.read.ok).toBe(false);
    const blank = job.header(names, 'dru.csv')(
      {
        kind: 'csv',
        row: {
          cell: (i: number) => (i === names.indexOf('SubscriptionId') ? '  ' : values[i]),
        } as never,
      },
      { file: 'dru.csv', row: 2, at: 2 },
    );
    expect(blank?.key).toBeUndefined();
  });

  const invoiceLine = invoiceLineOf(['plan-1', 'PLAN-2', 'plan-4', '']);

  test.prop([
    fc.array(
      fc.tuple(line, fc.boolean(), fc.boolean()).map(([row, withoutPec, other]) => {
        // a line without the PEC column (USG-3 not checked but where PEC is seen in the file),
        // and a second product (an invoice row of the usage file's product is a usage line)
        const { PartnerEarnedCreditPercentage: _, ...rest } = row;
        const written = withoutPec ? rest : row;
        return other ? { ...written, ProductId: 'DZH318Z0BQ4B' } : written;
      }),
      { maxLength: 40 },
    ),
    fc.integer({ min: 1, max: 4 }),
    fc.boolean(),
    fc.option(fc.array(invoiceLine, { maxLength: 6 }), { nil: null }),
    fc.boolean(),
    fc.record({ plans: fc.integer({ min: 1, max: 4 }), lines: fc.integer({ min: 1, max: 30 }) }),
  ])(
    'USG-7, WH-4: the lines sharded into any number of states, finished piece by piece, merged by Azure plan in any order and the plans finished a few at a time (any number of plans, and of lines, a part), are the one pass of the library, with or without invoice rows',
    (rows, shards, reverse, invoices, upper, together) => {
      const job = usageJob(setup);
      const one = createUsageReconciler();
      const states = Array.from({ length: shards }, () => job.create());
      rows.forEach((row, i) => {
        const place = { file: 'export.json.gz', row: i + 1, at: i + 1 };
        // a plan written in two cases is one plan: its pieces meet in its state
        const written =
          upper && i % 2 === 1
            ? { ...row, SubscriptionId: row.SubscriptionId?.toUpperCase() ?? '' }
            : row;
        const line = read(job, written, i + 1);
        if (line === undefined) throw new Error('a JSON line is a row');
        one.observe(line.read);
        job.observe(states[(i * 7) % shards] as never, line, place);
      });
      const finished = (reverse ? states.reverse() : states).flatMap((state) =>
        arrayOf(job.finish(state, all, undefined)),
      );
      const planned = finishPlans(finished, readUsageOptions({}), invoices, together);
      expect(usageJson(planned.result())).toBe(usageJson(one.finish(invoices)));
    },
  );

  /** The columns of a real export the tests' rows leave out, and v1 names. */
  const others = [
    'PartnerId',
    'MeterCategory',
    'MeterRegion',
    'ResourceLocation',
    'ResourceURI',
    'AdditionalInfo',
    'ServiceInfo1',
    'PCToBCExchangeRateDate',
    'EntitlementDescription',
    'Tags',
    'CreditType',
    'BenefitType',
    'ChargeType',
    'PromotionId',
    'PriceBenefits',
    'rateOfPartnerEarnedCredit',
    'rateOfCredit',
    'unitOfMeasure',
    'SomethingElse',
  ];
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', '0', '15', '0.15', '100', 'Azure Credit Applied', 'x'),
  );

  test.prop([
    // each name once: a name written twice exactly is one key of an object row (said by the
    // command alone, tested with the header's shapes)
    fc.uniqueArray(fc.tuple(fc.constantFrom(...others), cellText), {
      maxLength: 8,
      selector: ([name]) => name,
    }),
    fc.dictionary(fc.constantFrom(...Object.keys(usageRow())), cellText, { maxKeys: 4 }),
    fc.boolean(),
    fc.integer({ min: 1, max: 1000 }),
  ])(
    'USG-1: a CSV row read by the command (only the cells readUsageLine reads decoded) gives the same line, issues and shape as readUsageLine over the whole row, for a header writing each name once',
    (extra, over, upper, at) => {
      const whole = usageRow(over);
      const names = [...Object.keys(whole), ...extra.map(([name]) => name)].map((name) =>
        upper ? name.toUpperCase() : name,
      );
      const values = [...Object.values(whole), ...extra.map(([, value]) => value)];
      const object: Record<string, string> = {};
      names.forEach((name, i) => {
        if (!Object.hasOwn(object, name)) object[name] = values[i] as string;
      });
      const job = usageJob(setup);
      const row = { cell: (i: number) => values[i] } as never;
      const got = job.header(names, 'dru.csv')(
        { kind: 'csv', row },
        { file: 'dru.csv', row: at, at },
      );
      // the header is the file's first row: a line's row is its place and one
      expect(got?.read).toEqual(readUsageLine(object, at + 1));
    },
  );
});
