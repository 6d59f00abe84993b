import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli, scratch } from './_cli.ts';

const { dir, file, folder: newFolder } = scratch('cli-usage-invoices-', 'dru.csv');

/** The built `usage` run as a child process, its temporary files in this test's folder. */
const run = (args: readonly string[]): CliRun =>
  runCli(['usage', ...args], { env: { TMPDIR: dir } });

/** DuckDB and the default engine, each run in a process of its own. */
const SLOW = 600_000;

const HEADER =
  'CustomerId,CustomerName,InvoiceNumber,ProductId,SkuId,AvailabilityId,PublisherName,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId,PartnerEarnedCreditPercentage';
/** The month's three invoices, one Azure plan each. */
const INVOICES = [1, 2, 3].map((n) => ({ invoice: `G00000000${n}`, plan: `plan-${n}` }));
/** A day of 9.4 units of bandwidth at 0.085 (0.79) of an invoice. */
const day = (invoice: string, plan: string, d: number) =>
  `c-1,Contoso,${invoice},DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,${plan},2026-11-01,2026-11-30,2026-11-0${d},bw,Bandwidth,0.10,9.4,0.085,1,0.79,USD,USD,azure-${plan},15`;
/** Each invoice's first three days of November (Σ 2.37 each). */
const DAYS = `${[HEADER, ...INVOICES.flatMap(({ invoice, plan }) => [1, 2, 3].map((d) => day(invoice, plan, d)))].join('\n')}\n`;

const RECON_HEADER =
  'CustomerId,InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,ChargeType,MeterDescription,ChargeStartDate,ChargeEndDate,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency';
/** One invoice's file's lines: its usage line (r(0.085 × 28.2) = 2.39) and a licence line. */
const reconLines = (invoice: string, plan: string) => [
  `c-1,${invoice},${plan},DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,new,Bandwidth,2026-11-01,2026-11-30,0.085,28.2,2.39,USD`,
  `c-1,${invoice},${plan},CFQ7TTC0LH18,0001,X,new,,2026-11-01,2026-11-30,12.50,1,12.50,USD`,
];
const reconFile = (lines: readonly string[]) => `${[RECON_HEADER, ...lines].join('\n')}\n`;

describe('subscription-rules usage, built: every invoice of the month at once (USG-4, USG-7)', () => {
  it(
    'USG-4, USG-7: three --invoice-file files and a folder of them give the merged file’s findings, JSON and CSV, with DuckDB too; 3 invoices',
    () => {
      const days = file(DAYS);
      const merged = file(
        reconFile(INVOICES.flatMap(({ invoice, plan }) => reconLines(invoice, plan))),
        'recon.csv',
      );
      const each = INVOICES.map(({ invoice, plan }) =>
        file(reconFile(reconLines(invoice, plan)), `${invoice}.csv`),
      );
      const folder = newFolder('invoices');
      INVOICES.forEach(({ invoice, plan }) => {
        writeFileSync(join(folder, `${invoice}.csv`), reconFile(reconLines(invoice, plan)));
      });
      const ways = [
        ['--invoice-file', merged],
        each.flatMap((f) => ['--invoice-file', f]),
        ['--invoice-file', folder],
      ];
      for (const format of ['--json', '--csv']) {
        const one = run(['--file', days, ...(ways[0] as string[]), format]);
        expect(one.code).toBe(0);
        for (const way of ways.slice(1))
          for (const engine of [[], ['--engine', 'duckdb']]) {
            const other = run(['--file', days, ...way, format, ...engine]);
            expect([format, way, engine, other.code, other.out]).toEqual([
              format,
              way,
              engine,
              one.code,
              one.out,
            ]);
          }
      }
      const json = JSON.parse(run(['--file', days, '--invoice-file', folder, '--json']).out);
      expect(json.matched.map((m: { invoiceNumber: string }) => m.invoiceNumber)).toEqual([
        'G000000001',
        'G000000002',
        'G000000003',
      ]);
      expect([json.findings, json.summary.otherInvoices]).toEqual([[], []]);
      const text = run(['--file', days, '--invoice-file', folder]);
      expect(text.out).toContain(
        `Invoice files: ${['G000000001', 'G000000002', 'G000000003'].map((n) => join(folder, `${n}.csv`)).join(', ')}; 3 invoices: G000000001, G000000002, G000000003`,
      );
      expect(text.out).toContain(
        'Invoice usage lines: 3 matched, 0 different, 0 missing, 0 unexpected',
      );
    },
    SLOW,
  );

  it('USG-4, USG-7: one invoice’s file of three: no missing for the others’ days, each counted on a line of its own (1 invoice)', () => {
    const days = file(DAYS);
    const one = file(reconFile(reconLines('G000000002', 'plan-2')), 'G000000002.csv');
    const text = run(['--file', days, '--invoice-file', one]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Invoice file: ${one}; 1 invoice: G000000002`);
    expect(text.out).toContain(
      'Invoice usage lines: 1 matched, 0 different, 0 missing, 0 unexpected',
    );
    expect(text.out).toContain(
      '  3 lines of 1 key are billed on G000000001, whose file was not given',
    );
    expect(text.out).toContain(
      '  3 lines of 1 key are billed on G000000003, whose file was not given',
    );
    expect(text.out).toContain('Money at stake, per currency: none');
    const json = JSON.parse(run(['--file', days, '--invoice-file', one, '--json']).out);
    expect([json.findings, json.summary.groups.missing, json.summary.otherInvoices]).toEqual([
      [],
      0,
      [
        { invoiceNumber: 'G000000001', lines: 3, keys: 1 },
        { invoiceNumber: 'G000000003', lines: 3, keys: 1 },
      ],
    ]);
  });
});
