import { readsReconColumn } from '../../usage/_internal/readsReconColumn.ts';
import { readUsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { UsageReconcileResult } from '../../usage/index.ts';
import type { DuckdbApi } from '../engine/duckdb/loadDuckdb.ts';
import { exportBlobs } from '../exportBlobs.ts';
import { UsageError } from '../UsageError.ts';
import { finishPlans } from '../usage/finishPlans.ts';
import { sheetRows } from '../usage/sheetRows.ts';
import { type UsageSetup, usageOptions } from '../usage/usageJob.ts';
import { usageStates } from '../usage/usageStates.ts';

/** What `tie-out --usage` reads the daily usage with. */
export interface TieOutUsageRun {
  /** `--usage`: the daily rated usage file, or a folder of the export's blobs. */
  readonly usage: string;
  /** `--file`: the reconciliation files (a folder's blobs each), whose usage lines the days are checked against. */
  readonly files: readonly string[];
  /** `--locale`'s tag, when given. */
  readonly locale: string | undefined;
  /** `--workers`. */
  readonly workers: number;
  /** `--memory`, when given. */
  readonly memory: number | undefined;
  /** DuckDB's API with `--engine duckdb`; else the file engine. */
  readonly duckdb: DuckdbApi | undefined;
}

/**
 * The files `--usage` names (a file, or a folder of the export's blobs checked against its
 * manifest), found before anything is read so a path at fault stops the run at once.
 *
 * @param usage - The value of `--usage`.
 * @returns The files, in name order.
 * @throws UsageError naming `--usage`, as `usage --file` would name its flag.
 */
export function tieOutUsageFiles(usage: string): string[] {
  return exportBlobs(usage, '--usage');
}

/**
 * The daily usage of `tie-out --usage` (INV-3, USG-4), read as the `usage` command reads it
 * ({@link usageStates}: the file engine with the usage job, grouped by `SubscriptionId`, on
 * `--workers` threads, past `--memory` a partition at a time; or DuckDB's SQL with
 * `--engine duckdb`), the shares' states merged once and finished
 * against the reconciliation files' rows — so the days are checked against every usage line
 * whatever share either was read in, the same for any workers and budget.
 *
 * @param run - The usage path, the reconciliation files, the locale, the workers and budget.
 * @param files - The usage files ({@link tieOutUsageFiles}).
 * @param warn - Where a warning goes (standard error).
 * @returns The usage reconciliation, to set beside the tie-out's results.
 * @throws UsageError naming `--usage` for a file or folder of no usage line.
 */
export async function tieOutUsage(
  run: TieOutUsageRun,
  files: readonly string[],
  warn: (line: string) => void,
): Promise<UsageReconcileResult> {
  const setup: UsageSetup = { options: {}, locale: run.locale };
  const options = readUsageOptions(usageOptions(setup));
  const done = await usageStates(
    setup,
    { files, flag: '--usage', workers: run.workers, memory: run.memory, duckdb: run.duckdb },
    warn,
  );
  const rows = done.records.reduce((sum, count) => sum + count, done.headerRows);
  if (rows === 0) throw new UsageError(`--usage: ${run.usage} is empty, expected usage lines`);
  const recon: object[] = [];
  for (const file of run.files)
    for (const row of await sheetRows(file, '--file', readsReconColumn)) recon.push(row);
  return finishPlans(done.states, options, recon).result();
}
