import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { snowflakeBody } from '../_private.ts';
import { runCli, scratch } from './_cli.ts';

const { file } = scratch('warehouse-bundle-', 'dru.csv');
const bundlePath = new URL('../../dist/warehouse/warehouse.js', import.meta.url).pathname;
const modulePath = new URL('../../dist/warehouse/warehouse.mjs', import.meta.url).pathname;
const bundle = readFileSync(bundlePath, 'utf8');

interface Row {
  readonly section: string;
  readonly key: string;
  readonly item: string;
}
interface Aggregate {
  initialState(): unknown;
  aggregate(state: unknown, ...args: unknown[]): void;
  merge(state: unknown, partial: unknown): void;
  serialize(state: unknown): unknown;
  deserialize(data: unknown): unknown;
  finalize(state: unknown, options?: unknown): string;
}
interface Check extends Aggregate {
  readonly summary: Aggregate;
  assemble(rows: readonly Row[]): string;
}
interface Api {
  readonly version: string;
  readonly format: number;
  rows(part: unknown): Row[];
  readonly usage: Check;
  readonly tieOut: Check;
}

/** The bundle evaluated in a bare context: only the language's own globals. */
function load(): Api {
  return vm.runInContext(bundle, vm.createContext({})) as Api;
}

const USAGE_HEADER =
  'CustomerId,CustomerName,InvoiceNumber,ProductId,SkuId,AvailabilityId,PublisherName,SubscriptionId,ChargeStartDate,ChargeEndDate,UsageDate,MeterId,MeterName,UnitPrice,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency,PricingCurrency,EntitlementId,PartnerEarnedCreditPercentage';

/** A generated month: 12 Azure plans of 3 customers, 2 meters, 30 days; PEC lost and lines billed wrong here and there. */
function usageLines(): string[] {
  const lines = [USAGE_HEADER];
  for (let p = 0; p < 12; p++)
    for (const meter of ['vm-d2s', 'disk'])
      for (let d = 1; d <= 30; d++) {
        const lost = (p * 7 + d) % 23 === 0;
        const wrong = (p * 5 + d) % 29 === 0 && meter === 'disk';
        const price = lost ? '0.20' : '0.17';
        const billed = lost ? '4.80' : wrong ? '4.09' : '4.08';
        lines.push(
          `c-${p % 3},Customer ${p % 3},G000000001,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,Microsoft,${p % 4 === 0 ? 'PLAN' : 'plan'}-${p},2026-11-01,2026-11-30,2026-11-${String(d).padStart(2, '0')},${meter},${meter},0.20,24,${price},1,${billed},USD,USD,azure-${p},${lost ? '0' : '15'}`,
        );
      }
  return lines;
}

const RECON_HEADER =
  'CustomerId,InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,ChargeType,MeterDescription,ChargeStartDate,ChargeEndDate,EffectiveUnitPrice,BillableQuantity,Subtotal,TaxTotal,Total,Currency';

function reconLines(): string[] {
  const lines = [RECON_HEADER];
  for (let p = 0; p < 14; p++)
    lines.push(
      `c-${p % 3},G000000001,plan-${p},DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,new,D2s v5,2026-11-01,2026-11-30,0.17,1440,${p % 5 === 0 ? '244.80' : '244.79'},0,${p % 5 === 0 ? '244.80' : '244.79'},USD`,
    );
  return lines;
}

/** A CSV of plain cells as the SQL's JSON text of each row: `{ column: cell }`, sheet rows from 2. */
function rowsOf(
  lines: readonly string[],
  first = 2,
): { row: number; cells: Record<string, string> }[] {
  const names = (lines[0] as string).split(',');
  return lines.slice(1).map((line, i) => ({
    row: i + first,
    cells: Object.fromEntries(line.split(',').map((cell, j) => [names[j] as string, cell])),
  }));
}

const planOf = (cells: Record<string, string>) => (cells.SubscriptionId ?? '').trim().toLowerCase();

/** The input of the usage check as the SQL gives it: rows tagged with their group. */
function usageInput(): { group: string; args: unknown[] }[] {
  const products = new Set(
    rowsOf(usageLines()).map((r) =>
      JSON.stringify([r.cells.ProductId, r.cells.SkuId, r.cells.AvailabilityId]),
    ),
  );
  return [
    ...rowsOf(usageLines()).map((r) => ({
      group: planOf(r.cells),
      args: ['usage', BigInt(r.row), JSON.stringify(r.cells)],
    })),
    // an invoice file's lines numbered from 1, its header apart, as the command numbers them
    ...rowsOf(reconLines(), 1).map((r) => ({
      group: planOf(r.cells),
      args: [
        'recon',
        String(r.row),
        JSON.stringify(
          products.has(JSON.stringify([r.cells.ProductId, r.cells.SkuId, r.cells.AvailabilityId]))
            ? { ...r.cells, UsageProduct: 'true' }
            : r.cells,
        ),
      ],
    })),
  ];
}

const USAGE_OPTIONS = JSON.stringify({
  recon: true,
  prices: false,
  filePec: true,
  pecRate: '15',
  invoices: ['G000000001'],
});

/** BigQuery's way: each group aggregated in two halves, serialized, merged, finalized. */
function bigQueryRun(
  api: Api,
  check: Check,
  input: { group: string; args: unknown[] }[],
  options: string,
): string {
  const groups = new Map<string, unknown[][]>();
  for (const { group, args } of input) groups.set(group, [...(groups.get(group) ?? []), args]);
  const rows: Row[] = [];
  for (const list of groups.values()) {
    const a = check.initialState();
    const b = check.initialState();
    list.forEach((args, i) => {
      check.aggregate(i % 2 === 0 ? a : b, ...args, options);
    });
    const b2 = check.deserialize(JSON.parse(JSON.stringify(check.serialize(b))));
    check.merge(a, b2);
    rows.push(...api.rows(check.finalize(a, options)));
  }
  const s = check.summary.initialState();
  for (const r of rows) if (r.section === 'summary') check.summary.aggregate(s, r.item, options);
  rows.push(...api.rows(check.summary.finalize(s, options)));
  return check.assemble(rows);
}

/** Snowflake's way: the function's body (one object literal), one instance, a partition at a time. */
function snowflakeRun(
  check: 'usage' | 'tie-out',
  input: { group: string; args: unknown[] }[],
  options: string,
): string {
  const context = vm.createContext({});
  const udtf = vm.runInContext(`(${snowflakeBody(bundle, check)})`, context) as Record<
    string,
    (...a: unknown[]) => void
  >;
  const summaryFn = vm.runInContext(`(${snowflakeBody(bundle, check, true)})`, context) as Record<
    string,
    (...a: unknown[]) => void
  >;
  const groups = new Map<string, unknown[][]>();
  for (const { group, args } of input) groups.set(group, [...(groups.get(group) ?? []), args]);
  const written: Record<string, unknown>[] = [];
  const writer = { writeRow: (r: Record<string, unknown>) => written.push(r) };
  for (const list of groups.values()) {
    (udtf.initialize as () => void).call(udtf);
    for (const [source, rowNumber, line] of list)
      (udtf.processRow as (...a: unknown[]) => void).call(
        udtf,
        // a NUMBER reaches JavaScript as a double
        { SOURCE: source, ROW_NUMBER: Number(rowNumber), LINE: line, OPTIONS: options },
        writer,
        {},
      );
    (udtf.finalize as (...a: unknown[]) => void).call(udtf, writer, {});
  }
  const rows = written.map((w) => ({ section: w.SECTION, key: w.KEY, item: w.ITEM }) as Row);
  const summaryRows: Record<string, unknown>[] = [];
  (summaryFn.initialize as () => void).call(summaryFn);
  for (const r of rows)
    if (r.section === 'summary')
      (summaryFn.processRow as (...a: unknown[]) => void).call(
        summaryFn,
        { ITEM: r.item, OPTIONS: options },
        writer,
        {},
      );
  const before = written.length;
  (summaryFn.finalize as (...a: unknown[]) => void).call(summaryFn, writer, {});
  for (const w of written.slice(before)) summaryRows.push(w);
  const api = vm.runInContext(bundle, context) as Api;
  return (check === 'usage' ? api.usage : api.tieOut).assemble([
    ...rows,
    ...summaryRows.map((w) => ({ section: w.SECTION, key: w.KEY, item: w.ITEM }) as Row),
  ]);
}

const compact = (text: string): string => JSON.stringify(JSON.parse(text));

describe('the warehouse bundle, built', () => {
  it('WH-1: warehouse.js is one expression under 100,000 bytes that a bare context evaluates to { version, format, rows, usage, tieOut }; warehouse.mjs is its module form', () => {
    expect(statSync(bundlePath).size).toBeLessThanOrEqual(100_000);
    const context = vm.createContext({});
    const api = vm.runInContext(bundle, context) as Api;
    expect(
      vm.runInContext(
        '[typeof require, typeof process, typeof Buffer, typeof structuredClone]',
        context,
      ),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(Object.keys(api).sort()).toEqual(['format', 'rows', 'tieOut', 'usage', 'version']);
    expect(api.version).toBe(
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    );
    for (const check of [api.usage, api.tieOut])
      for (const name of [
        'initialState',
        'aggregate',
        'merge',
        'serialize',
        'deserialize',
        'finalize',
      ] as const) {
        expect(typeof check[name]).toBe('function');
        expect(typeof check.summary[name]).toBe('function');
      }
    expect(bundle).not.toMatch(/\b(require\(|import\(|Date\.now|Math\.random)/);
    expect(readFileSync(modulePath, 'utf8')).toBe(`export default ${bundle.trim()};\n`);
    expect(Object.keys(vm.runInContext('globalThis', context))).toEqual([]);
  });

  it('WH-2: a row that is not JSON text, a row number that is not whole or an unknown source fails the query, naming the row', () => {
    const api = load();
    const s = api.usage.initialState();
    expect(() => api.usage.aggregate(s, 'usage', '2', 'not json', '{}')).toThrow(/text \(row 2\)/);
    expect(() => api.usage.aggregate(s, 'usage', '1.5', '{}', '{}')).toThrow(/rowNumber/);
    expect(() => api.usage.aggregate(s, 'prices', '2', '{}', '{}')).toThrow(/source/);
    expect(() => api.tieOut.deserialize(api.usage.serialize(s))).toThrow(/tie-out/);
  });

  it('WH-5: the usage check run as BigQuery and as Snowflake run it equals usage --json of the same files, byte for byte; twice the same', () => {
    const dru = file(`${usageLines().join('\n')}\n`, 'dru.csv');
    const recon = file(`${reconLines().join('\n')}\n`, 'recon.csv');
    const cli = runCli(['usage', '--file', dru, '--invoice-file', recon, '--json']);
    expect(cli.code).toBe(1);
    const expected = compact(cli.out);
    const api = load();
    const big = bigQueryRun(api, api.usage, usageInput(), USAGE_OPTIONS);
    const at = [...big].findIndex((c, i) => c !== expected[i]);
    expect(big.slice(Math.max(0, at - 200), at + 200)).toBe(
      expected.slice(Math.max(0, at - 200), at + 200),
    );
    expect(big).toBe(expected);
    expect(bigQueryRun(load(), load().usage, usageInput().reverse(), USAGE_OPTIONS)).toBe(expected);
    expect(snowflakeRun('usage', usageInput(), USAGE_OPTIONS)).toBe(expected);
    expect(JSON.parse(big).findings.length).toBeGreaterThan(10);
  });

  it('WH-5: the tie-out run as BigQuery and as Snowflake run it equals tie-out --json of the same files, issues without their place', () => {
    const lines = [
      'InvoiceNumber,Currency,Subtotal,TaxTotal,Total',
      ...Array.from(
        { length: 40 },
        (_, i) => `G00000000${i % 4},USD,${10 + i}.00,1.00,${11 + i}.00`,
      ),
      'G000000009,EUR,5.00,0.00,5.10',
    ];
    const invoices = [
      {
        id: 'G000000000',
        invoiceDate: '2026-11-08T00:00:00Z',
        totalCharges: '290.00',
        currencyCode: 'USD',
        documentType: 'invoice',
      },
      {
        id: 'G000000001',
        invoiceDate: '2026-11-08T00:00:00Z',
        totalCharges: '300.01',
        currencyCode: 'USD',
        documentType: 'invoice',
      },
      {
        id: 'G000000002',
        invoiceDate: '2026-11-08T00:00:00Z',
        totalCharges: '350.00',
        currencyCode: 'USD',
        documentType: 'invoice',
      },
      {
        id: 'G000000007',
        invoiceDate: '2026-11-09T00:00:00Z',
        totalCharges: '-50.00',
        currencyCode: 'USD',
        documentType: 'Credit Note',
        amendsOf: 'G000000002',
      },
    ];
    const recon = file(`${lines.join('\n')}\n`, 'tie.csv');
    const json = file(JSON.stringify(invoices), 'invoices.json');
    const cli = runCli(['tie-out', '--invoices', json, '--file', recon, '--json']);
    const parsed = JSON.parse(cli.out) as { issues: { place?: unknown }[] };
    const expected = JSON.stringify({
      ...parsed,
      issues: parsed.issues.map(({ place: _place, ...issue }) => issue),
    });
    const root = (id: string) => (id === 'G000000007' ? 'G000000002' : id);
    const input = [
      ...invoices.map((invoice, i) => ({
        group: root(invoice.id),
        args: ['invoice', BigInt(i + 1), JSON.stringify(invoice)],
      })),
      ...rowsOf(lines, 1).map((r) => ({
        group: root(r.cells.InvoiceNumber as string),
        args: ['recon', String(r.row), JSON.stringify(r.cells)],
      })),
    ];
    const api = load();
    expect(bigQueryRun(api, api.tieOut, input, '{}')).toBe(expected);
    expect(snowflakeRun('tie-out', input, '{}')).toBe(expected);
  });

  it('WH-6, WH-8: --engine duckdb prints the command line that runs the check on one machine; run on a generated month, it gives usage --json', () => {
    const dru = file(`${usageLines().join('\n')}\n`, 'duck-dru.csv');
    const recon = file(`${reconLines().join('\n')}\n`, 'duck-recon.csv');
    const printed = runCli([
      'warehouse',
      '--engine',
      'duckdb',
      '--check',
      'usage',
      '--usage-table',
      dru,
      '--recon-table',
      recon,
    ]);
    expect(printed.code).toBe(0);
    const command = printed.out.split('\n').find((line) => line.startsWith('subscription-rules '));
    const args = (command as string).split(' ').slice(1);
    expect(args).toEqual([
      'usage',
      '--file',
      dru,
      '--invoice-file',
      recon,
      '--pec-rate',
      '15',
      '--engine',
      'duckdb',
      '--json',
    ]);
    const duck = runCli(args);
    const plain = runCli(['usage', '--file', dru, '--invoice-file', recon, '--json']);
    expect(duck.code).toBe(1);
    expect(duck.out).toBe(plain.out);
  });
});

describe('subscription-rules warehouse on the built package', () => {
  it("WH-8: Snowflake inlines the built bundle in each function's body", () => {
    const run = runCli(['warehouse', '--engine', 'snowflake', '--check', 'tie-out']);
    expect(run.code).toBe(0);
    const bundle = readFileSync(bundlePath, 'utf8').trim();
    expect(run.out.split(`  W: ${bundle},`).length).toBe(3);
    expect(run.out).toContain('OVER (PARTITION BY i.GROUP_KEY)');
  });
});
