import { formatMessage, isRuleError, type MessageOptions, type Money } from '../../index.ts';
import { readsReconColumn } from '../../usage/_internal/readsReconColumn.ts';
import { readUsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { CommandStreams } from '../Command.ts';
import { loadDuckdb } from '../engine/duckdb/loadDuckdb.ts';
import { inputBytes } from '../engine/spill/inputBytes.ts';
import { spillsPast } from '../engine/spill/spillPartitions.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { exportBlobs } from '../exportBlobs.ts';
import { usageWorkerHeap } from '../processBounds.ts';
import { UsageError } from '../UsageError.ts';
import { finishPlans, type UsageOutcome } from './finishPlans.ts';
import { invoiceFiles } from './invoiceFiles.ts';
import { PLANS_TOGETHER } from './planFinisher.ts';
import { eachSheetRow, sheetRows } from './sheetRows.ts';
import { type AssignPlans, type UsageSetup, usageOptions } from './usageJob.ts';
import { usagePieces, usageShares } from './usagePieces.ts';
import type { UsageCensus } from './usagePlans.ts';
import {
  usageCsv,
  usageJsonLines,
  usageOneLine,
  usageTextLines,
  writeUsageJson,
} from './usageReport.ts';
import { usageStates } from './usageStates.ts';
import { assignPlans, type PlansAssigned } from './wholePlans.ts';

/** What `usage` was asked to do. */
export interface UsageRun {
  /** `--file`: the usage file, or a folder of the export's blobs. */
  readonly file: string;
  /**
   * `--invoice-file`, each time given: an invoice's reconciliation file or a folder of them
   * ({@link invoiceFiles}); absent, USG-4 is not checked.
   */
  readonly invoiceFiles: readonly string[] | undefined;
  /** `--prices`: the Azure price list. */
  readonly prices: string | undefined;
  /** `--period` (`YYYY-MM`). */
  readonly period: string | undefined;
  /** `--pec-rate`, a percentage as text. */
  readonly pecRate: string | undefined;
  /** `--min-at-stake`, in major units, as text. */
  readonly minAtStake: string | undefined;
  /** `--at`: the instant the usage file was fetched (USG-6); absent, every day is final. */
  readonly at: string | undefined;
  /** `--json` or `--csv`. */
  readonly format: 'json' | 'csv' | undefined;
  /** `--out`. */
  readonly out: string | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
  /** `--workers`: how many threads hold the Azure plans' groups (1: this one). */
  readonly workers: number;
  /** `--memory`: the bytes the run may take, when given (past it the rows wait on disk). */
  readonly memory: number | undefined;
  /** `--engine`: `duckdb` groups the lines in DuckDB's SQL (`readDuckdbUsage`). */
  readonly engine?: 'default' | 'duckdb' | undefined;
}

/**
 * Runs what reads the options, a price list's cell the library refuses (`options.prices.3.Rate`)
 * named as the caller wrote it: the flag, the file, its sheet row and column.
 *
 * @throws UsageError naming `--prices` for a cell of the price list; anything else as thrown.
 */
function priceRowsRead<T>(read: () => T, path: string | undefined): T {
  try {
    return read();
  } catch (error) {
    if (!isRuleError(error)) throw error;
    const at = /^options\.prices\.(\d+)\.(.+)$/.exec(error.path ?? '');
    if (at === null) throw error;
    const [, index, column] = at;
    const said = formatMessage(error).replace(/^options\.prices\.\d+\.[^:]*: /, '');
    throw new UsageError(`--prices: ${path}: row ${Number(index) + 2}, ${column}: ${said}`);
  }
}

/**
 * `usage` (USG-7): the daily rated usage file (a CSV, gzip or not, or a folder of the export's
 * blobs, checked against its manifest: {@link exportBlobs}) read on the file engine or, with
 * `--engine duckdb`, by DuckDB's SQL into the same states ({@link usageStates}); each Azure
 * plan's pieces merged and the plans finished a few at a time against their invoice rows, as a
 * warehouse finishes a group of plans ({@link finishPlans}) — with `--workers` and no budget, each
 * worker finishing the plans only it holds ({@link assignPlans}) while the others are finished
 * here; past `--memory` (a file more than a quarter of it) on the file engine, the plans and the
 * invoice rows kept on disk and finished as they are read back in the plans' order
 * ({@link usagePieces}); written
 * for people, or as `--json` / `--csv` — the same bytes for any workers, budget and engine. Exit code 0
 * when nothing was found and every row was read, else 1.
 *
 * @param run - What was asked.
 * @param streams - Where the output goes.
 * @returns The exit code.
 */
export async function usageFiles(run: UsageRun, streams: CommandStreams): Promise<number> {
  const files = exportBlobs(run.file);
  // the invoice files found before any line is read: a path not there stops the run at once
  const invoices = run.invoiceFiles === undefined ? undefined : invoiceFiles(run.invoiceFiles);
  const prices = run.prices === undefined ? undefined : await sheetRows(run.prices, '--prices');
  const setup: UsageSetup = {
    options: {
      ...(prices === undefined ? {} : { prices }),
      ...(run.pecRate === undefined ? {} : { pecRate: run.pecRate }),
      ...(run.period === undefined ? {} : { period: run.period }),
      ...(run.minAtStake === undefined ? {} : { minAtStake: run.minAtStake }),
      ...(run.at === undefined ? {} : { at: run.at }),
    },
    locale: run.options.locale?.tag,
  };
  // the options checked here, before any worker takes them
  const options = priceRowsRead(() => readUsageOptions(usageOptions(setup)), run.prices);
  const read = {
    files,
    flag: '--file',
    workers: run.workers,
    memory: run.memory,
    // the workers share the heap the process is given (the main thread holds little until
    // they are gone): within --memory while they read, as the main thread is once they are done
    workerHeap: run.memory === undefined ? undefined : usageWorkerHeap(run.memory, run.workers),
  };
  // every invoice file's rows as one list, numbered on from file to file (USG-4: the month's
  // invoices at once)
  const reconRows = async (): Promise<object[] | null> => {
    if (invoices === undefined) return null;
    const rows: object[] = [];
    for (const file of invoices)
      await eachSheetRow(file, '--invoice-file', readsReconColumn, (row) => rows.push(row));
    return rows;
  };
  // past --memory on the file engine, the plans are finished as they come back from disk in their
  // order, the invoice rows read first; else every plan's state is held and finished after
  const memory = run.memory;
  const apart =
    run.engine !== 'duckdb' &&
    memory !== undefined &&
    spillsPast(inputBytes(files), memory, usageShares(run.workers));
  let outcome: UsageOutcome;
  let close = (): void => {};
  if (apart) {
    const made = await usagePieces(setup, { ...read, memory }, options, invoices);
    close = made.close;
    outcome = made.outcome;
    noLines(made, run.file);
  } else {
    // with workers and no budget, the invoice rows are read here while they read the lines, and
    // each worker finishes the plans only it holds with their rows; the rest are finished here.
    // Within --memory the workers hand every plan back, one after another, and are gone before
    // the plans are finished: finishing side by side costs a fifth more at the peak
    const split =
      run.engine !== 'duckdb' && usageShares(run.workers) > 1 && run.memory === undefined;
    let recon = split ? reconRows() : undefined;
    // a failure of the lines' reading is said first: the rows' is said only once the lines are read
    recon?.catch(() => undefined);
    let assigned: Omit<PlansAssigned, 'workers'> | undefined;
    const assign: AssignPlans = async (censuses) => {
      const rows = await (recon ?? reconRows());
      // the rows are the plans' from here on: those a worker takes are let go once sent
      recon = undefined;
      const { workers, ...here } = assignPlans(censuses as readonly UsageCensus[], rows);
      assigned = here;
      return workers;
    };
    const done = await usageStates(
      setup,
      { ...read, duckdb: run.engine === 'duckdb' ? await loadDuckdb() : undefined },
      streams.err,
      split ? assign : undefined,
    );
    noLines(done, run.file);
    // the Azure plans finished a few at a time, as a warehouse finishes a group of them
    outcome =
      assigned === undefined
        ? finishPlans(done.states, options, await (recon ?? reconRows()))
        : finishPlans(done.states, options, assigned.rest, PLANS_TOGETHER, assigned.facts);
  }
  try {
    return await usageWritten(run, streams, files, invoices, outcome);
  } finally {
    close();
  }
}

/**
 * Stops a run whose file or folder holds no usage line (an export's blob may hold none, but not
 * all of them).
 *
 * @throws UsageError naming `--file`.
 */
function noLines(done: { records: readonly number[]; headerRows: number }, file: string): void {
  const rows = done.records.reduce((sum, count) => sum + count, done.headerRows);
  if (rows === 0) throw new UsageError(`--file: ${file} is empty, expected usage lines`);
}

/** How many lines of the report are written before waiting for standard output to take them. */
const LINES_BEFORE_DRAIN = 256;

/** Writes what `usage` found: for people, or `--json`/`--csv`; returns the exit code. */
async function usageWritten(
  run: UsageRun,
  streams: CommandStreams,
  files: readonly string[],
  invoices: readonly string[] | undefined,
  outcome: UsageOutcome,
): Promise<number> {
  // the report for people line by line, its findings parsed one at a time from their list,
  // waiting for standard output to take what it was given every so many lines: a distributor's
  // month of findings is never one string, nor every finding at once, nor a pipe's unread lines
  const human = async (): Promise<void> => {
    let written = 0;
    for (const text of usageTextLines(outcome.result(), files, run.options.locale?.tag, run.at, {
      invoiceFiles: invoices,
      period: run.period,
      findings: { count: outcome.findings, each: outcome.findingsRead() },
    })) {
      streams.out(text);
      if (++written % LINES_BEFORE_DRAIN === 0) await streams.drained?.();
    }
  };
  if (run.format === undefined) await human();
  else {
    // --json item by item: a distributor's month is never one string
    const sink = run.out === undefined ? undefined : fileLines(run.out);
    const line = sink === undefined ? streams.out : (text: string) => sink.line(text);
    if (run.format === 'csv') for (const row of usageCsv(outcome.result())) line(row);
    // to a file, the items' bytes as they were kept (never decoded and encoded again)
    else if (sink !== undefined) writeUsageJson(outcome, sink);
    else usageJsonLines(outcome, line);
    if (sink === undefined)
      // the output is the report: standard error says its result in one line
      streams.err(usageOneLine(oneLineOf(outcome), run.options.locale?.tag));
    else {
      sink.close();
      await human();
    }
  }
  const issues = outcome.lists.find(([section]) => section === 'issues')?.[1].length ?? 0;
  return outcome.findings === 0 && issues === 0 ? 0 : 1;
}

/** What the one line on standard error says, from the summary's text. */
function oneLineOf(outcome: UsageOutcome): Parameters<typeof usageOneLine>[0] {
  const summary = outcome.summary as {
    readonly issues: number;
    readonly lines: number;
    readonly atStake: readonly { readonly amount: Money }[];
  };
  return { findings: outcome.findings, summary, atStake: summary.atStake };
}
