import { GROUP_ROWS, observeGroup } from '../../../usage/_internal/observeGroup.ts';
import { readUsageOptions } from '../../../usage/_internal/readUsageOptions.ts';
import { createUsageReconciler, type UsageReconciler } from '../../../usage/index.ts';
import { csvHeader } from '../../engine/duckdb/csvHeader.ts';
import { csvTable } from '../../engine/duckdb/csvTable.ts';
import { duckdbSession } from '../../engine/duckdb/duckdbSession.ts';
import { gzipFault } from '../../engine/duckdb/gzipFault.ts';
import type { DuckdbApi } from '../../engine/duckdb/loadDuckdb.ts';
import { sqlLiteral as literal } from '../../engine/duckdb/sqlLiteral.ts';
import type { EngineRecord, RowReader } from '../../engine/EngineJob.ts';
import { memoryOf } from '../../memoryFlag.ts';
import { usageDuckdbReserve } from '../../processBounds.ts';
import { type UsageJob, type UsageRow, type UsageSetup, usageOptions } from '../usageJob.ts';
import { UsagePlans } from '../usagePlans.ts';
import { linesPerPass } from './linesPerPass.ts';
import { usageAmountSql } from './usageAmountSql.ts';
import { SQL_COLUMNS, usageGroupsSql, usageLinesSql } from './usageLinesSql.ts';

/** What the DuckDB engine made of the usage files. */
export interface DuckdbUsage {
  /** Every line's part of the reconciliation, one share; `undefined` when the default engine reads the files. */
  readonly state: UsagePlans | undefined;
  /** How many records each file had (its header not counted). */
  readonly records: readonly number[];
  /** Why the default engine reads the files, when it does. */
  readonly why: string | undefined;
}

/** A header's name as the library matches it loosely: no byte-order mark, trimmed, lower case. */
function loose(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** Where the library finds each of the SQL's columns in a header: the exact name, else loosely. */
function placesOf(header: readonly string[]): Partial<Record<keyof typeof SQL_COLUMNS, number>> {
  const places: Partial<Record<keyof typeof SQL_COLUMNS, number>> = {};
  for (const [key, column] of Object.entries(SQL_COLUMNS) as [keyof typeof SQL_COLUMNS, string][]) {
    let at = header.indexOf(column);
    if (at < 0) at = header.findIndex((name) => loose(name) === loose(column));
    if (at >= 0) places[key] = at;
  }
  return places;
}

/** A decimal printed by DuckDB (`-28.200000000000000000`) exactly. */
function exactOf(text: string): { readonly units: bigint; readonly scale: number } {
  const [whole = '0', fraction = ''] = text.split('.');
  return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

/**
 * Reads the daily rated usage with DuckDB (USG-7 `--engine duckdb`): each file loaded into the
 * run's own DuckDB (a CSV by DuckDB's CSV reader, every cell as text; the export's JSON lines as
 * each line's text, so no number passes through a double — a value of 17 significant digits is
 * read as written), the SQL judging each line's amount by USG-2 ({@link usageAmountSql}) and
 * grouping the lines alike but for `Quantity` and `BillingPreTaxTotal` with their sums; each
 * group, a range of lines at a time ({@link linesPerPass}), goes to the library's reconciler
 * through `observeGroup`, and the lines the SQL does not
 * read exactly, or whose group the library does not take whole (a finding, a note, a credit or a
 * PEC day needs each line's own arithmetic), are read by the default reader one by one: so the
 * state, and everything written from it, is the default engine's. A file's form (JSON lines or
 * CSV), gzip and header are told as the default engine's scan tells them (`csvHeader`).
 *
 * Why not DuckDB's JSON reader over the blobs (`read_json('…/*.json.gz', format =
 * 'newline_delimited', columns = {…: 'VARCHAR'})`): DuckDB 1.5 parses every JSON number to a
 * double before it hands it over as text, so the line `{"a":0.123456789012345678,
 * "b":0.1000000000000000001,"f":1.10,"d":1e-7}` reads `0.12345678901234568`, `0.1`, `1.1` and
 * `1e-07`; `records = true`, `DECIMAL(38,18)` columns (`0.123456789012345680`), and
 * `read_json_objects` with `->>` or `json_extract_string` give the same doubles. A number of 19
 * digits comes back as a short one (`0.1`), so no test of the text read (more than 15
 * significant digits) can find the lines to read again. Only the line's own text keeps its
 * numbers, and that is what is loaded.
 *
 * @param api - DuckDB's API.
 * @param files - The files (`exportBlobs`).
 * @param flag - The flag that named them, for errors (`--file`; `tie-out`'s `--usage`).
 * @param job - The usage job: its readers number the rows as the default engine does.
 * @param setup - The reconciliation's options.
 * @param memory - `--memory` in bytes, when given.
 * @param threads - `--workers`: DuckDB's threads.
 * @returns The state, or why the default engine reads the files.
 * @throws UsageError naming `flag` for a gzip cut short (the default engine's own error).
 * @throws BudgetError naming `--memory` when DuckDB runs out of its buffers.
 */
export async function readDuckdbUsage(
  api: DuckdbApi,
  files: readonly string[],
  flag: string,
  job: UsageJob,
  setup: UsageSetup,
  memory: number | undefined,
  threads: number,
): Promise<DuckdbUsage> {
  // the plans' states grow beside DuckDB: half the run's heap set aside before its buffers
  const session = await duckdbSession(
    api,
    'usage',
    memory,
    threads,
    usageDuckdbReserve(memory ?? memoryOf(undefined)),
  );
  const { connection } = session;
  try {
    await connection.run(usageAmountSql());
    await connection.run(
      'CREATE TABLE lines (file INTEGER, seq BIGINT, h UHUGEINT, text VARCHAR, q VARCHAR, b VARCHAR, e VARCHAR, x VARCHAR, c VARCHAR, keys_once BOOLEAN)',
    );
    const readers: RowReader<UsageRow>[] = [];
    const shifts: number[] = [];
    const json: boolean[] = [];
    const records: number[] = [];
    let before = 0;
    for (const [index, path] of files.entries()) {
      const table = `raw_${index}`;
      // the file's form, gzip and header as the default engine's scan tells them
      const header = await csvHeader(path, flag, true);
      const lines = header.jsonLines;
      json.push(lines);
      readers.push(job.header(header.names, path));
      shifts.push(job.headerRows());
      if (!lines && header.names.length === 0) {
        records.push(0);
        continue;
      }
      if (lines) {
        const gzip = header.gzip;
        const fault = gzip ? gzipFault(path, flag) : undefined;
        let refusal: string | undefined;
        try {
          await connection.run(
            `CREATE TABLE ${table} AS SELECT * FROM read_csv(${literal(path)}, columns = {'line': 'VARCHAR'}, header = false, auto_detect = false, delim = E'\\x01', quote = '', escape = '', compression = '${gzip ? 'gzip' : 'none'}')`,
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          refusal = `DuckDB cannot read ${path} (${message.split('\n')[0]?.slice(0, 200)})`;
        }
        const faulty = await fault;
        if (faulty !== undefined) throw faulty;
        if (refusal !== undefined) return { state: undefined, records: [], why: refusal };
        const [shape] = (
          await connection.runAndReadAll(
            `SELECT count(*) FILTER (WHERE NOT regexp_full_match(line, '[ \\t\\r]*') AND (NOT regexp_full_match(line, '[ \\t]*\\{.*\\}[ \\t\\r]*') OR regexp_matches(line, '\\}[ \\t]*\\{'))) FROM ${table}`,
          )
        ).getRowsJS();
        if (Number(shape?.[0] ?? 0) > 0)
          return {
            state: undefined,
            records: [],
            why: `${path} has a line that is not one JSON object`,
          };
        await connection.run(usageLinesSql(index, before, table, undefined, 0));
      } else {
        const why = header.firstLine
          ? await csvTable(session, table, path, header.names, header.gzip, flag)
          : 'its header is not on its first line';
        if (why !== undefined) return { state: undefined, records: [], why: `${path}: ${why}` };
        await connection.run(
          usageLinesSql(index, before, table, placesOf(header.names), header.names.length),
        );
      }
      const counted = await connection.runAndReadAll(
        `SELECT count(*) FROM lines WHERE file = ${index}`,
      );
      const count = Number(counted.getRowsJS()[0]?.[0] ?? 0);
      await connection.run(`DROP TABLE ${table}`);
      records.push(count);
      before += count;
    }
    const sql = usageGroupsSql(GROUP_ROWS);
    await connection.run('SET preserve_insertion_order = false');
    await connection.run(sql.tables);

    const options = usageOptions(setup);
    const into = new UsagePlans(readUsageOptions(options));
    const scratch: UsageReconciler = createUsageReconciler(options);
    const read = (file: number, at: number, text: string): UsageRow | undefined => {
      const record: EngineRecord = json[file]
        ? { kind: 'json', text }
        : {
            kind: 'csv',
            row: {
              cell: (
                (cells: readonly (string | null)[]) => (i: number) =>
                  cells[i] ?? undefined
              )(JSON.parse(text) as (string | null)[]),
            } as unknown as Extract<EngineRecord, { kind: 'csv' }>['row'],
          };
      return (readers[file] as (typeof readers)[number])(record, {
        file: files[file] ?? '',
        row: 0,
        at,
      });
    };
    // every group once, with its first line's text and its rows, a chunk at a time and a range
    // of lines a pass: the library holds one chunk, DuckDB one pass's groups' numbers
    const refused: number[] = [];
    const pass = linesPerPass(session.limits.limitMib);
    await connection.run(`SET disabled_optimizers = '${sql.groupsWithout}'`);
    for (let from = 1; from <= before; from += pass)
      for await (const chunk of session.chunks(
        sql.groups(from, from + pass),
        'the groups',
        sql.counts.groups(from, from + pass),
      )) {
        const [firsts, counts, quantities, billeds, fileOf, texts, rowLists] = chunk.columns;
        for (let i = 0; i < chunk.rowCount; i++) {
          const first = firsts?.[i] as number;
          const file = fileOf?.[i] as number;
          const shift = shifts[file] ?? 0;
          const row = read(file, first, texts?.[i] as string);
          if (row === undefined) {
            refused.push(first);
            continue;
          }
          const listed = rowLists?.[i] as string | null;
          const rows = listed === null ? [first] : listed.split(',').map(Number);
          const taken = observeGroup(into.reconcilerOf(row.key), scratch, row.read, {
            lines: counts?.[i] as number,
            quantity: exactOf(quantities?.[i] as string),
            billed: Number(billeds?.[i] as string),
            rows: rows.map((at) => at + shift),
          });
          if (!taken) refused.push(first);
        }
      }
    await connection.run('RESET disabled_optimizers');
    for (let i = 0; i < refused.length; i += 1000)
      await connection.run(
        `INSERT INTO refused VALUES ${refused
          .slice(i, i + 1000)
          .map((first) => `(${first})`)
          .join(', ')}`,
      );
    for await (const chunk of session.chunks(
      sql.odd,
      'the lines for the default reader',
      sql.counts.odd,
    )) {
      const [ats, fileOf, texts] = chunk.columns;
      for (let i = 0; i < chunk.rowCount; i++) {
        const row = read(fileOf?.[i] as number, ats?.[i] as number, texts?.[i] as string);
        if (row !== undefined) into.observe(row.read, row.key);
      }
    }
    return { state: into, records, why: undefined };
  } catch (error) {
    throw session.failure(error);
  } finally {
    session.close();
  }
}
