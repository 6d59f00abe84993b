import type { StreamCommand } from '../Command.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { fileFlag } from '../fileFlag.ts';
import { monthFlag } from '../monthFlag.ts';
import { UsageError } from '../UsageError.ts';
import { version } from '../version.ts';
import { warehouseBundle } from '../warehouse/warehouseBundle.ts';
import { type WarehousePlan, warehouseSql } from '../warehouse/warehouseSql.ts';

const ENGINES = ['bigquery', 'snowflake', 'duckdb'] as const;
const CHECKS = ['usage', 'tie-out'] as const;

/** One of `allowed`, or a UsageError naming the flag. */
function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`--${flag}: required (${allowed.join(' or ')})`);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new UsageError(
      `--${flag}: expected ${allowed.join(' or ')}, got ${JSON.stringify(value)}`,
    );
  return value as T;
}

/** A table or dataset's name: letters, digits, `_`, `-` and dots (never SQL of its own). */
function nameFlag(
  values: Readonly<Record<string, unknown>>,
  flag: string,
  engine: string,
): string | undefined {
  const value = values[flag];
  if (value === undefined) return undefined;
  // DuckDB's tables are the files the command line reads
  if (engine === 'duckdb') return fileFlag(values, flag);
  if (typeof value !== 'string' || !/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(value))
    throw new UsageError(
      `--${flag}: expected a name of letters, digits, _ and - (dots between its parts), got ${JSON.stringify(value)}`,
    );
  return value;
}

/**
 * `--pec-rate`: the Partner Earned Credit rate where the price list gives none, a percentage.
 *
 * @throws UsageError naming `--pec-rate` for anything but a number from 0 to 100.
 */
function pecRateOf(value: unknown): string {
  if (value === undefined) return '15';
  if (typeof value !== 'string' || !/^\d{1,3}(?:\.\d{1,6})?$/.test(value) || Number(value) > 100)
    throw new UsageError(
      `--pec-rate: expected a percentage from 0 to 100 (15, 15.5), got ${JSON.stringify(value)}`,
    );
  return value;
}

/**
 * `subscription-rules warehouse --engine bigquery|snowflake|duckdb --check usage|tie-out
 * [--dataset D] [--usage-table T] [--recon-table T] [--prices-table T] [--invoices-table T]
 * [--library gs://…/warehouse.mjs] [--pec-rate 15] [--period YYYY-MM] [--out FILE]` (WH-8): the
 * usage check or the tie-out inside the engine that holds the rows: BigQuery's and Snowflake's
 * `CREATE FUNCTION` statements, the options, the per-group query with its joins and the queries
 * of the rows and the summary; DuckDB's command line. It reads no file and connects to nothing.
 * Exit code 0, or 2 for a bad command line.
 */
export const warehouseCommand: StreamCommand = {
  summary: 'Print the SQL that runs the usage check or the tie-out inside BigQuery or Snowflake',
  usage:
    'subscription-rules warehouse --engine bigquery|snowflake|duckdb --check usage|tie-out [--dataset D] [--usage-table T] [--recon-table T] [--prices-table T] [--invoices-table T] [--library gs://…/warehouse.mjs] [--pec-rate 15] [--period YYYY-MM] [--out FILE]',
  values: [
    '--engine          bigquery or snowflake (the SQL, printed), or duckdb (the command line on one machine)',
    '--check           usage (the daily usage against the invoice, one Azure plan a group) or tie-out (each invoice and its amendments, a group)',
    "--dataset         the tables' and functions' dataset (BigQuery project.dataset, Snowflake DATABASE.SCHEMA); without it the functions are temporary",
    '--usage-table     the daily rated usage (default dru); every column text, and _row: the row the command line gives it',
    '--recon-table     the invoice reconciliation lines (default recon)',
    '--prices-table    the Azure price list, joined to each usage line by its meter; without it the Third Party test is left out',
    '--invoices-table  the Invoice resources, one JSON text a row in a column resource (default invoices)',
    '--library         BigQuery: where warehouse.mjs is uploaded (default gs://BUCKET/subscription-rules/<version>/warehouse.mjs)',
    '--pec-rate        the PEC rate where the price list gives none, a percentage (default 15)',
    '--period          the invoice month, YYYY-MM: only lines whose billing cycle starts in it are compared',
    '--out             the file for the text, instead of standard output',
    'exit code         0 printed, 2 a bad command line',
  ],
  examples: [
    'subscription-rules warehouse --engine bigquery --check usage --dataset acme.billing --library gs://acme-js/sr/warehouse.mjs',
    'subscription-rules warehouse --engine snowflake --check tie-out --dataset BILLING.PUBLIC --out tieout.sql',
  ],
  options: {
    engine: { type: 'string' },
    check: { type: 'string' },
    dataset: { type: 'string' },
    'usage-table': { type: 'string' },
    'recon-table': { type: 'string' },
    'prices-table': { type: 'string' },
    'invoices-table': { type: 'string' },
    library: { type: 'string' },
    'pec-rate': { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
  },
  async stream(values, streams) {
    const engine = oneOf('engine', values.engine, ENGINES);
    const check = oneOf('check', values.check, CHECKS);
    const library = values.library;
    if (
      library !== undefined &&
      (typeof library !== 'string' || !/^gs:\/\/[^\s'"\\]+\.m?js$/.test(library))
    )
      throw new UsageError(
        `--library: expected a gs:// address of warehouse.mjs, got ${JSON.stringify(library)}`,
      );
    monthFlag('period', values.period);
    const own = version();
    const plan: WarehousePlan = {
      engine,
      check,
      dataset: nameFlag(values, 'dataset', 'bigquery'),
      usageTable: nameFlag(values, 'usage-table', engine) ?? 'dru',
      reconTable: nameFlag(values, 'recon-table', engine) ?? 'recon',
      pricesTable: nameFlag(values, 'prices-table', engine),
      invoicesTable: nameFlag(values, 'invoices-table', engine) ?? 'invoices',
      library:
        (library as string | undefined) ?? `gs://BUCKET/subscription-rules/${own}/warehouse.mjs`,
      pecRate: pecRateOf(values['pec-rate']),
      period: values.period as string | undefined,
      version: own,
      bundle: warehouseBundle,
    };
    const out = fileFlag(values, 'out');
    const sql = warehouseSql(plan);
    if (out === undefined) streams.out(sql.replace(/\n$/, ''));
    else {
      const sink = fileLines(out);
      sink.line(sql.replace(/\n$/, ''));
      sink.close();
    }
    return 0;
  },
};
