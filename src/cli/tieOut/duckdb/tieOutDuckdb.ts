import { TieOutState } from '../../../invoices/_internal/TieOutState.ts';
import { tieOutPart } from '../../../invoices/_internal/tieOutParts.ts';
import type { TieOutResults } from '../../../usage/index.ts';
import { csvHeader } from '../../engine/duckdb/csvHeader.ts';
import { csvTable } from '../../engine/duckdb/csvTable.ts';
import { duckdbSession } from '../../engine/duckdb/duckdbSession.ts';
import type { DuckdbApi } from '../../engine/duckdb/loadDuckdb.ts';
import { scanFiles } from '../../engine/scan/scanFiles.ts';
import { mergeTieOuts } from '../mergeTieOuts.ts';
import { type TieOutSetup, tieOutJob, tieOutOptions } from '../tieOutJob.ts';
import { tieOutGroups } from './tieOutGroups.ts';

/** What `tie-out --engine duckdb` is asked to read. */
export interface TieOutDuckdbRun {
  /** `--file`: the reconciliation files, in the order given. */
  readonly files: readonly string[];
  /** The invoices and the locale. */
  readonly setup: TieOutSetup;
  /** `--workers`: DuckDB's threads. */
  readonly workers: number;
  /** `--memory`, when given: a third of what it leaves beside the process is DuckDB's buffers (`duckdbMemory`). */
  readonly memory: number | undefined;
}

/** What the DuckDB engine made of the files: the default engine's results, and its records. */
export interface TieOutDuckdbRead {
  /** The tie-out of every row, as the default engine's shares merge into it. */
  readonly tied: TieOutResults;
  /** How many records each file had after its header. */
  readonly records: readonly number[];
}

/**
 * `tie-out --engine duckdb` (INV-3, STYLE 14): each `--file` in turn loaded by DuckDB into the
 * run's own database ({@link csvTable}: all text, within `--memory` on `--workers` threads), its
 * rows summed per (invoice number, currency) in SQL ({@link tieOutGroups}) into the one tie-out
 * state the library's `createTieOut` holds, the rows the SQL does not read exactly through the
 * library's row reader; then finished against every invoice and merged as the default engine's
 * shares are ({@link mergeTieOuts}), so every byte of the output is the default engine's. A file
 * DuckDB's reader splits otherwise than the engine's scan (or whose header is not its first line)
 * is read by the engine's scan into the same state, and `warn` says why. Files are checked as the
 * default engine checks them, in their order: the same error for an empty file, a file without
 * `InvoiceNumber`, a file that cannot be read, a gzip cut short.
 *
 * @param api - DuckDB's API.
 * @param run - The files, the invoices, the threads and the budget.
 * @param warn - Where a line saying why a file is read by the default engine goes.
 * @returns The tie-out and each file's records.
 * @throws UsageError naming `--file` as the default engine does; Error naming `--memory` when
 *   DuckDB runs out of its buffers.
 */
export async function tieOutDuckdb(
  api: DuckdbApi,
  run: TieOutDuckdbRun,
  warn: (line: string) => void,
): Promise<TieOutDuckdbRead> {
  const job = tieOutJob(run.setup);
  const state = new TieOutState(true);
  const records: number[] = [];
  const session = await duckdbSession(api, 'tie-out', run.memory, run.workers);
  try {
    let offset = 0;
    for (const file of run.files) {
      const header = await csvHeader(file, '--file');
      if (header.names.length === 0) throw job.empty(file);
      const reader = job.header(header.names, file);
      // rows take their numbers as they load, in the file's order; the queries then need none
      await session.connection.run('SET preserve_insertion_order = true');
      const why = header.firstLine
        ? await csvTable(session, 'raw', file, header.names, header.gzip, '--file')
        : 'its header is not on its first line';
      await session.connection.run('SET preserve_insertion_order = false');
      let count: number;
      if (why === undefined) count = await tieOutGroups(session, state, header.names, offset);
      else {
        warn(`warning: --engine duckdb: ${file}: ${why}; the default engine reads the file`);
        const at = offset;
        [count = 0] = await scanFiles([file], '--file', {
          header() {},
          record(_, record, place) {
            const row = reader(record, place);
            if (row === undefined) return;
            if (row.width !== undefined)
              state.width(at + place.row, row.width.cells, row.width.header);
            state.observe(row.cells, at + place.row, row.names);
          },
        });
      }
      // a column named twice is said at the file's first row, as the row reader says it
      if (count > 0) state.header(header.names, offset + 1);
      await session.connection.run('DROP TABLE IF EXISTS raw');
      records.push(count);
      offset += count;
    }
  } catch (error) {
    throw session.failure(error);
  } finally {
    session.close();
  }
  const options = tieOutOptions(run.setup);
  // one part of every invoice, put together as the default engine's shares are
  const part = tieOutPart(state, run.setup.invoices, options);
  return { tied: mergeTieOuts([part], options), records };
}
