import { statSync } from 'node:fs';
import { CHARGE_TYPES, readChargeTypes } from '../../../reconciliation/_internal/chargeTypes.ts';
import {
  type CustomerCountries,
  seeCustomerCountry,
} from '../../../reconciliation/_internal/customerCountries.ts';
import type { FileWindow } from '../../../reconciliation/_internal/FileChange.ts';
import type { FileLine, FileRowIssue } from '../../../reconciliation/_internal/FileLine.ts';
import { fileDays } from '../../../reconciliation/_internal/fileDays.ts';
import { type FileGroup, QUANTITIES_KEPT } from '../../../reconciliation/_internal/LineGroups.ts';
import { lineReader } from '../../../reconciliation/_internal/lineReader.ts';
import { csvTable } from '../../engine/duckdb/csvTable.ts';
import { duckdbSession } from '../../engine/duckdb/duckdbSession.ts';
import type { DuckdbApi } from '../../engine/duckdb/loadDuckdb.ts';
import { csvRows } from '../../engine/scan/csvRows.ts';
import { fileText } from '../../engine/scan/fileText.ts';
import type { ProgressBar } from '../../engine/scan/progressBar.ts';
import { type ReconPlain, reconPlains } from '../reconPlains.ts';
import type { ReconRow } from '../reconShare.ts';
import { reconState } from '../reconState.ts';
import { groupingSql } from './groupingSql.ts';
import { linePlacesOf } from './linePlacesOf.ts';
import { fileGroupOf, plainSubscriptionOf, type SqlGroupRow } from './sqlGroups.ts';

/** A reconciliation file grouped by DuckDB, its groups streaming to the file engine. */
export interface DuckdbFile {
  /** How many data rows the file has. */
  readonly lines: number;
  /** The columns the comparison does not read, each once. */
  readonly otherColumns: readonly string[];
  /**
   * The days the file bills events on (every row's, as the engine's facts would see them);
   * `undefined` when it bills none.
   */
  readonly window: FileWindow | undefined;
  /**
   * The countries each customer's rows name (`CustomerId`, `CustomerCountry`, every row's, PL-7),
   * as `[customer, countries]` entries; `undefined` without `--prices` (no market is asked for).
   */
  readonly countries: [string, string[]][] | undefined;
  /**
   * Each subscription (its groups and what its first lines say) and each row's issue, in the
   * reconcile job's plain form ({@link reconPlains}) with its key: the engine's `groups`. DuckDB's
   * session is closed once they end.
   */
  readonly groups: AsyncIterable<readonly [key: string | undefined, plain: ReconPlain]>;
  /** Closes DuckDB's session and removes its folder (at once when the groups were not read through). */
  close(): void;
}

/** What the DuckDB engine made of a file. */
export interface DuckdbRead {
  /** The file, grouped; `undefined` when it is for the default engine to read. */
  readonly file: DuckdbFile | undefined;
  /** Why the default engine reads it, when it is not simply that the file is not one to read. */
  readonly why: string | undefined;
}

/**
 * Groups a reconciliation file with DuckDB (REC-3, `--engine duckdb`) for the file engine: DuckDB's
 * own parallel CSV reader (gzip told by the first bytes, as the default engine tells it) loads the
 * rows into a database in the run's own temporary folder, spilling to it past its memory limit (a
 * third of what `--memory` leaves beside what the process holds, at least 64 MiB, on `--workers`
 * threads: the engine's `duckdbMemory`); SQL reads the dialect (Excel's apostrophes, `0E-20`,
 * letter case, the three date forms), sums each group exactly as `DECIMAL(38,18)` and counts the
 * file's days. The rows of a subscription the SQL cannot read exactly as the default engine does
 * go, whole and in the file's order, through the default engine's own line reader into the
 * reconcile job's state ({@link reconState}), so every issue and note is the same. Each
 * subscription then streams, in the job's plain form, to the engine, which hands it to its key's
 * share — a worker's, past `--memory` its spill partition's — to be replayed as the default
 * engine's shares are. The folder is removed once the groups are read, and by the process's exit
 * whatever ends it first.
 *
 * @param api - DuckDB's API.
 * @param path - The file (`--file`).
 * @param bar - Where the reading shows its progress.
 * @param withPrices - Whether to keep each subscription's `UnitPrice`.
 * @param memory - The run's budget (`--memory`): DuckDB's own memory limit is a third of what it
 *   leaves beside the process (at least 64 MiB).
 * @param threads - DuckDB's threads (`--workers`).
 * @returns The file, grouped as the default engine groups it; none when DuckDB's reader splits the
 *   file's rows otherwise than the default engine does (a quote that does not close, a row with
 *   more or fewer cells than the header, text that is not UTF-8), the header names a column the
 *   comparison reads twice, or the file is not a reconciliation file: the caller then reads it
 *   with the default engine, saying `why` when there is a why.
 * @throws UsageError naming `--file` for a gzip that does not inflate to its end (cut short),
 *   the default engine's own error for it, whatever DuckDB's reader made of the bytes.
 * @throws BudgetError naming `--memory` when DuckDB runs out of its buffers while grouping (here or as
 *   the groups stream): the run stops (exit 3) rather than answer with part of the file.
 */
export async function readDuckdbFile(
  api: DuckdbApi,
  path: string,
  bar: ProgressBar,
  withPrices: boolean,
  memory?: number,
  threads = 1,
): Promise<DuckdbRead> {
  const text = fileText(path, '--file');
  let header: string[] | undefined;
  for await (const batch of csvRows(text.pieces)) {
    header = batch.rows[0];
    break;
  }
  // not a reconciliation file: the default engine says why, as it always does
  if (header === undefined) return { file: undefined, why: undefined };
  const reader = lineReader(header);
  if (reader.missingColumns.length > 0) return { file: undefined, why: undefined };
  const found = linePlacesOf(header, withPrices);
  if ('why' in found) return { file: undefined, why: found.why };
  const { places } = found;
  const types = readChargeTypes(undefined, 'options.chargeTypes');
  const sql = groupingSql(places, {
    credit: types.credit,
    cancel: CHARGE_TYPES.cancel.toLowerCase(),
    remove: CHARGE_TYPES['remove-quantity'].toLowerCase(),
    add: CHARGE_TYPES['add-quantity'].toLowerCase(),
  });

  const session = await duckdbSession(api, 'reconcile', memory, threads);
  const { connection } = session;
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    session.close();
  };
  // the odd subscriptions' rows, through the default engine's reader into the job's state
  const odd = reconState.create();
  const days = fileDays();
  let countries: CustomerCountries | undefined;
  let lines: number;
  try {
    const why = await csvTable(session, 'raw', path, header, text.gzip, '--file');
    if (why !== undefined) {
      close();
      return { file: undefined, why };
    }
    // every row has its number now: what follows orders by it, never by how rows are stored
    await connection.run('SET preserve_insertion_order = false');
    await connection.run(sql.macros);
    await connection.run(sql.lines);
    for await (const chunk of session.chunks(
      sql.oddRows,
      'the odd subscriptions',
      sql.oddRowsCount,
    )) {
      for (let i = 0; i < chunk.rowCount; i++) {
        const row = Number(chunk.columns[0]?.[i]);
        const cells = chunk.columns.slice(1).map((column) => column[i]) as (string | null)[];
        const issues: FileRowIssue[] = [];
        const line = reader.read(cells, row, issues);
        if (line !== undefined) days.see(line);
        const read: ReconRow = {
          row,
          key: line === undefined ? reader.subscriptionIdOf(cells) : line.subscriptionId,
          line,
          issues,
          cells: { cell: (i) => cells[i] },
          first: places,
        };
        reconState.row(odd, read);
      }
    }
    // each customer's countries, every row's, folded in letter case as the default engine folds them
    const customerAt = places.labels.find(([key]) => key === 'customerId')?.[1];
    const countryAt = places.labels.find(([key]) => key === 'customerCountry')?.[1];
    if (!withPrices && customerAt !== undefined && countryAt !== undefined) {
      countries = new Map();
      const pairs = await connection.runAndReadAll(
        `SELECT DISTINCT js_trim(c${customerAt}), js_trim(c${countryAt}) FROM raw WHERE js_trim(c${customerAt}) <> '' AND js_trim(c${countryAt}) <> ''`,
      );
      for (const [customer, country] of pairs.getRowsJS())
        seeCustomerCountry(countries, String(customer), String(country));
    }
    const [bounds] = (await connection.runAndReadAll(sql.window)).getRowsJS();
    const [firstCharge, lastCharge, firstCredit, lastCredit] = (bounds ?? []).map((day) =>
      day === null || day === undefined ? undefined : Number(day),
    );
    // the plain subscriptions' days, as lines of those days would have shown them
    for (const [startDay, credit] of [
      [firstCharge, false],
      [lastCharge, false],
      [firstCredit === undefined ? undefined : firstCredit + 1, true],
      [lastCredit === undefined ? undefined : lastCredit + 1, true],
    ] as const)
      if (startDay !== undefined) days.see({ known: true, credit, startDay } as FileLine);
    // grouped and sorted on one thread, the file read on all of them: on two, DuckDB's hash
    // tables of the groups' texts (a charge type's first, the least and most price and
    // promotion) were two and ran out of its buffers at 200,000 lines within 512M, and so did
    // the sort of the groups at 1,000,000
    await session.oneThread();
    await connection.run(sql.groups);
    const counted = await connection.runAndReadAll('SELECT count(*) FROM raw');
    lines = Number(counted.getRowsJS()[0]?.[0] ?? 0);
  } catch (error) {
    close();
    throw session.failure(error);
  }
  bar.update(statSync(path).size, lines);
  const withPromotion = places.promotionId !== undefined;
  const labels = places.labels.map(([key]) => key);
  const withSeats = places.seats !== undefined;
  async function* groups(): AsyncGenerator<readonly [string | undefined, ReconPlain]> {
    try {
      for (const [, plain] of reconPlains.write(odd, () => 0))
        yield [reconPlains.key(plain), plain];
      // the groups come a chunk at a time, each group's lines after it when it has more than one
      let current: SqlGroupRow | undefined;
      let group: SqlGroupRow | undefined;
      let groupLines: { row: number; quantity: string }[] = [];
      let parts: FileGroup[] = [];
      const endGroup = (): void => {
        if (group !== undefined) parts.push(fileGroupOf(group, groupLines, withPromotion));
        group = undefined;
        groupLines = [];
      };
      /** A subscription, once its groups are all in. */
      const plainOf = (of: SqlGroupRow): readonly [string | undefined, ReconPlain] => {
        const s = plainSubscriptionOf(of, parts, labels, withPrices, withSeats);
        parts = [];
        return [s.id ?? undefined, { s }];
      };
      // a chunk's columns as they are (texts, numbers, truths: the SQL returns no other type),
      // not converted value by value into row objects, which took twice the time
      for await (const chunk of session.chunks(
        sql.subscriptions,
        'the groups',
        sql.subscriptionsCount,
      )) {
        const { names, columns } = chunk;
        const lineRowAt = names.indexOf('line_row');
        const lineQuantityAt = names.indexOf('line_quantity');
        for (let i = 0; i < chunk.rowCount; i++) {
          const lineRow = columns[lineRowAt]?.[i] as number | null;
          if (lineRow !== null) {
            if (groupLines.length <= QUANTITIES_KEPT)
              groupLines.push({ row: lineRow, quantity: columns[lineQuantityAt]?.[i] as string });
            continue;
          }
          const row: Record<string, unknown> = {};
          names.forEach((name, at) => {
            row[name] = columns[at]?.[i];
          });
          const found = row as unknown as SqlGroupRow;
          endGroup();
          if (current !== undefined && current.k !== found.k) yield plainOf(current);
          current = found;
          group = found;
        }
      }
      endGroup();
      if (current !== undefined) yield plainOf(current);
    } catch (error) {
      throw session.failure(error);
    } finally {
      close();
    }
  }
  return {
    file: {
      lines,
      otherColumns: reader.otherColumns,
      window: days.window(),
      countries: countries === undefined ? undefined : [...countries],
      groups: groups(),
      close,
    },
    why: undefined,
  };
}
