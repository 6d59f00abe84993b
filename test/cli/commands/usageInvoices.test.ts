import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { usageRow } from '../../usage/_rows.ts';
import { runStreaming } from '../_run.ts';
import { csvOf, usageFile, usageFolder } from './_usageFiles.ts';

/** The month's three invoices, each billing one Azure plan. */
const INVOICES = [
  { invoice: 'G000000001', plan: 'plan-1' },
  { invoice: 'G000000002', plan: 'plan-2' },
  { invoice: 'G000000003', plan: 'plan-3' },
] as const;

/** A line of 9.4 at 0.085 (0.79) of an invoice on a day. */
const line = (invoice: string, plan: string, date: string, over: Record<string, string> = {}) =>
  usageRow({
    InvoiceNumber: invoice,
    SubscriptionId: plan,
    UsageDate: date,
    UnitPrice: '0.10',
    EffectiveUnitPrice: '0.085',
    Quantity: '9.4',
    BillingPreTaxTotal: '0.79',
    MeterName: 'Bandwidth',
    ...over,
  });

/**
 * The month's daily lines: each invoice's three days (Σ 2.37), a late line of G000000002 (used on
 * 31 October, billed in November's cycle, 0.00), and a line of October's cycle.
 */
const DAYS = csvOf([
  ...INVOICES.flatMap(({ invoice, plan }) =>
    ['2026-11-01', '2026-11-02', '2026-11-03'].map((date) => line(invoice, plan, date)),
  ),
  line('G000000002', 'plan-2', '2026-10-31', { Quantity: '0', BillingPreTaxTotal: '0' }),
  line('G000000009', 'plan-1', '2026-10-30', { ChargeStartDate: '2026-10-01' }),
]);

/** One invoice file's rows: its usage line (28.2 at 0.085: 2.39) and a licence line. */
function invoiceRows(invoice: string, plan: string): Record<string, string>[] {
  const row = {
    CustomerId: 'c-1',
    InvoiceNumber: invoice,
    SubscriptionId: plan,
    ProductId: 'DZH318Z0BQ3Q',
    SkuId: '0001',
    AvailabilityId: 'DZH318Z0BQ3Q0001',
    ChargeType: 'new',
    MeterDescription: 'Bandwidth',
    ChargeStartDate: '2026-11-01',
    ChargeEndDate: '2026-11-30',
    EffectiveUnitPrice: '0.085',
    BillableQuantity: '28.2',
    Subtotal: '2.39',
    Currency: 'USD',
  };
  return [
    row,
    {
      ...row,
      ProductId: 'CFQ7TTC0LH18',
      AvailabilityId: 'X',
      MeterDescription: '',
      EffectiveUnitPrice: '12.50',
      BillableQuantity: '1',
      Subtotal: '12.50',
    },
  ];
}

const ALL_ROWS = INVOICES.flatMap(({ invoice, plan }) => invoiceRows(invoice, plan));

/** The report without its line naming the invoice files (the one line a split changes). */
const withoutFiles = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('Invoice file'))
    .join('\n');

describe('subscription-rules usage: every invoice of the month at once (USG-4, USG-7)', () => {
  it('USG-4, USG-7: three --invoice-file files and a folder of them give the merged file’s JSON, CSV and report; each invoice matched, none missing, 3 invoices', async () => {
    const days = usageFile(DAYS);
    const merged = usageFile(csvOf(ALL_ROWS), 'recon.csv');
    const files = INVOICES.map(({ invoice, plan }) =>
      usageFile(csvOf(invoiceRows(invoice, plan)), `${invoice}.csv`),
    );
    const folder = usageFolder();
    INVOICES.forEach(({ invoice, plan }) => {
      writeFileSync(join(folder, `${invoice}.csv`), csvOf(invoiceRows(invoice, plan)));
    });
    writeFileSync(join(folder, 'notes.txt'), 'not an invoice file');
    const given = [
      ['--invoice-file', merged],
      files.flatMap((f) => ['--invoice-file', f]),
      ['--invoice-file', folder],
    ];
    for (const format of [[], ['--json'], ['--csv']]) {
      const [one, ...others] = await Promise.all(
        given.map((flags) => runStreaming(['usage', '--file', days, ...flags, ...format])),
      );
      for (const other of others)
        expect([other?.code, withoutFiles(other?.out ?? '')]).toEqual([
          one?.code,
          withoutFiles(one?.out ?? ''),
        ]);
    }
    const json = JSON.parse(
      (await runStreaming(['usage', '--file', days, ...(given[1] as string[]), '--json'])).out,
    );
    expect(json.matched.map((m: { invoiceNumber: string }) => m.invoiceNumber)).toEqual([
      'G000000001',
      'G000000002',
      'G000000003',
    ]);
    // October's cycle is billed on G000000009, whose file was not given
    expect([json.findings, json.summary.otherInvoices, json.summary.invoices]).toEqual([
      [],
      [{ invoiceNumber: 'G000000009', lines: 1, keys: 1 }],
      ['G000000001', 'G000000002', 'G000000003'],
    ]);
    const text = await runStreaming(['usage', '--file', days, ...(given[1] as string[])]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      `Invoice files: ${files.join(', ')}; 3 invoices: G000000001, G000000002, G000000003`,
    );
    expect(text.out).toContain(
      'Invoice usage lines: 3 matched, 0 different, 0 missing, 0 unexpected',
    );
  });

  it('USG-4, USG-7: one invoice’s file of three: no missing for the others’ days, which are counted per invoice; 1 invoice', async () => {
    const days = usageFile(DAYS);
    const one = usageFile(csvOf(invoiceRows('G000000002', 'plan-2')), 'G000000002.csv');
    const run = await runStreaming(['usage', '--file', days, '--invoice-file', one]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Invoice file: ${one}; 1 invoice: G000000002`);
    expect(run.out).toContain(
      'Invoice usage lines: 1 matched, 0 different, 0 missing, 0 unexpected',
    );
    expect(run.out).toContain(
      '  3 lines of 1 key are billed on G000000001, whose file was not given',
    );
    expect(run.out).toContain(
      '  3 lines of 1 key are billed on G000000003, whose file was not given',
    );
    // October's cycle, without --period: its invoice's file was not given either
    expect(run.out).toContain(
      '  1 line of 1 key is billed on G000000009, whose file was not given',
    );
    expect(run.out).toContain('Result: nothing found (11 lines read).');
    const json = JSON.parse(
      (await runStreaming(['usage', '--file', days, '--invoice-file', one, '--json'])).out,
    );
    expect([json.findings, json.summary.otherInvoices]).toEqual([
      [],
      [
        { invoiceNumber: 'G000000001', lines: 3, keys: 1 },
        { invoiceNumber: 'G000000003', lines: 3, keys: 1 },
        { invoiceNumber: 'G000000009', lines: 1, keys: 1 },
      ],
    ]);
  });

  it('USG-4, USG-7: "1 invoice" and "3 invoices", "1 line of 1 key" and thousands grouped, in the four languages', async () => {
    const days = usageFile(
      csvOf(
        Array.from({ length: 1204 }, (_, i) =>
          line(
            'G071000101',
            `plan-${(i % 17) + 1}`,
            `2026-11-${String((i % 30) + 1).padStart(2, '0')}`,
          ),
        ),
      ),
    );
    const one = usageFile(csvOf(invoiceRows('G000000002', 'plan-2')), 'G000000002.csv');
    const three = usageFile(csvOf(ALL_ROWS), 'recon.csv');
    const expected: Record<string, readonly string[]> = {
      en: [
        '1 invoice: G000000002',
        '3 invoices: G000000001, G000000002, G000000003',
        '  1,204 lines of 17 keys are billed on G071000101, whose file was not given',
      ],
      ko: [
        '청구서 1개: G000000002',
        '청구서 3개: G000000001, G000000002, G000000003',
        '  1,204줄(키 17개)은 G071000101 청구서에 청구되며, 그 파일은 주어지지 않음',
      ],
      'zh-Hans': [
        '1 张发票：G000000002',
        '3 张发票：G000000001, G000000002, G000000003',
        '  1,204 行（17 个键）计入发票 G071000101，未提供其文件',
      ],
      'zh-Hant': [
        '1 張發票：G000000002',
        '3 張發票：G000000001, G000000002, G000000003',
        '  1,204 行（17 個鍵）計入發票 G071000101，未提供其檔案',
      ],
    };
    for (const [locale, [single, plural, other]] of Object.entries(expected)) {
      const a = await runStreaming([
        'usage',
        '--file',
        days,
        '--invoice-file',
        one,
        '--locale',
        locale,
      ]);
      const b = await runStreaming([
        'usage',
        '--file',
        days,
        '--invoice-file',
        three,
        '--locale',
        locale,
      ]);
      expect([locale, a.out.includes(single as string), a.out.includes(other as string)]).toEqual([
        locale,
        true,
        true,
      ]);
      expect([locale, b.out.includes(plural as string)]).toEqual([locale, true]);
    }
    const single = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf([line('G000000001', 'plan-1', '2026-11-01')])),
      '--invoice-file',
      one,
    ]);
    expect(single.out).toContain(
      '  1 line of 1 key is billed on G000000001, whose file was not given',
    );
    const unbilled = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf([line('', 'plan-1', '2026-11-01'), line('', 'plan-1', '2026-11-02')])),
      '--invoice-file',
      one,
    ]);
    expect(unbilled.out).toContain(
      '  2 lines of 1 key carry no InvoiceNumber (usage not yet invoiced): not compared',
    );
  });

  it('USG-4, USG-7: late usage and the lines --period leaves out are listed with their count and days', async () => {
    const days = usageFile(DAYS);
    const run = await runStreaming([
      'usage',
      '--file',
      days,
      '--invoice-file',
      usageFile(csvOf(ALL_ROWS), 'recon.csv'),
      '--period',
      '2026-11',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Late usage (USG-4): 1 line used before its billing cycle, on 1 day (2026-10-31), billed on G000000002',
    );
    expect(run.out).toContain(
      'Left out by --period 2026-11: 1 line, on 1 day (2026-10-30), its billing cycle starting in another month',
    );
    const ko = await runStreaming([
      'usage',
      '--file',
      days,
      '--period',
      '2026-11',
      '--locale',
      'ko',
    ]);
    expect(ko.out).toContain('늦은 사용량(USG-4): 1줄, 1일(2026-10-31)');
    expect(ko.out).toContain('--period 2026-11로 제외됨: 1줄, 1일(2026-10-30)');
    // a month of days out of the period: a run of consecutive days said by its ends
    const october = usageFile(
      csvOf(
        Array.from({ length: 31 }, (_, i) =>
          line('G000000009', 'plan-1', `2026-10-${String(i + 1).padStart(2, '0')}`, {
            ChargeStartDate: '2026-10-01',
          }),
        ).concat([line('G000000001', 'plan-1', '2026-11-01')]),
      ),
    );
    const month = await runStreaming(['usage', '--file', october, '--period', '2026-11']);
    expect(month.out).toContain(
      'Left out by --period 2026-11: 31 lines, on 31 days (2026-10-01 – 2026-10-31), their billing cycle starting in another month',
    );
    const none = await runStreaming(['usage', '--file', days]);
    expect(none.out).not.toContain('Left out by --period');
  });

  it('USG-3, USG-7: the PEC line says meter-days and calendar days apart: two meters without PEC on one day are 2 meter-days on 1 calendar day', async () => {
    const noPec = {
      PartnerEarnedCreditPercentage: '0',
      EffectiveUnitPrice: '0.20',
      BillingPreTaxTotal: '4.80',
    };
    const rows = [
      usageRow({ UsageDate: '2026-11-29' }),
      usageRow({ UsageDate: '2026-11-29', MeterId: 'disk', MeterName: 'P10 Disk' }),
      usageRow({ UsageDate: '2026-11-30', ...noPec }),
      usageRow({ UsageDate: '2026-11-30', MeterId: 'disk', MeterName: 'P10 Disk', ...noPec }),
    ];
    const run = await runStreaming(['usage', '--file', usageFile(csvOf(rows))]);
    expect(run.out).toContain(
      'PEC: lost on 2 meter-days (an Azure subscription’s meter on one day), over 1 calendar day: 1.44 USD',
    );
    const json = JSON.parse(
      (await runStreaming(['usage', '--file', usageFile(csvOf(rows)), '--json'])).out,
    );
    expect([json.summary.pecMeterDaysLost, json.summary.pecDaysLost]).toEqual([2, 1]);
  });

  it('USG-7: --invoice-file naming a folder of no CSV file, or a path that is not there, exits 2 naming the flag', async () => {
    const days = usageFile(DAYS);
    const empty = usageFolder();
    writeFileSync(join(empty, 'notes.txt'), 'no invoice here');
    const none = await runStreaming(['usage', '--file', days, '--invoice-file', empty]);
    expect([none.code, none.out]).toEqual([2, '']);
    expect(none.err).toContain(`--invoice-file: the folder ${empty} holds no .csv or .csv.gz file`);
    const gone = await runStreaming([
      'usage',
      '--file',
      days,
      '--invoice-file',
      join(empty, 'G000000001.csv'),
    ]);
    expect([gone.code, gone.out]).toEqual([2, '']);
    expect(gone.err).toContain('--invoice-file: cannot read');
  });

  test.prop(
    [fc.array(fc.integer({ min: 1, max: ALL_ROWS.length - 1 }), { maxLength: 4 }), fc.boolean()],
    { numRuns: 12 },
  )(
    'USG-4, USG-7: any split of a month’s invoice files gives the same findings as one merged file, as files and as a folder',
    async (cuts, asFolder) => {
      const days = usageFile(DAYS);
      const at = [...new Set(cuts)].sort((a, b) => a - b);
      const parts = [...at, ALL_ROWS.length].map((end, i) => ALL_ROWS.slice([0, ...at][i], end));
      const names = parts.map((_, i) => `part-${String(i).padStart(3, '0')}.csv`);
      let flags: string[];
      if (asFolder) {
        const folder = usageFolder();
        parts.forEach((rows, i) => {
          writeFileSync(join(folder, names[i] as string), csvOf(rows));
        });
        flags = ['--invoice-file', folder];
      } else
        flags = parts.flatMap((rows, i) => [
          '--invoice-file',
          usageFile(csvOf(rows), names[i] as string),
        ]);
      const merged = ['--invoice-file', usageFile(csvOf(ALL_ROWS), 'recon.csv')];
      for (const format of ['--json', '--csv']) {
        const split = await runStreaming(['usage', '--file', days, ...flags, format]);
        const one = await runStreaming(['usage', '--file', days, ...merged, format]);
        expect(split.code).toBe(one.code);
        expect(split.out).toBe(one.out);
      }
    },
  );
});
