import { statSync } from 'node:fs';
import type { MessageOptions } from '../../index.ts';
import { parseInvoice } from '../../schemas/index.ts';
import { usageBeside } from '../../usage/_internal/usageBeside.ts';
import type { Invoice, UsageTieOutResults } from '../../usage/index.ts';
import type { CommandStreams } from '../Command.ts';
import { loadDuckdb } from '../engine/duckdb/loadDuckdb.ts';
import { runEngine } from '../engine/runEngine.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { workerScript } from '../engine/shard/workerScript.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { exportBlobs } from '../exportBlobs.ts';
import { UsageError } from '../UsageError.ts';
import { type TieOutDuckdbRead, tieOutDuckdb } from './duckdb/tieOutDuckdb.ts';
import { mergeTieOuts } from './mergeTieOuts.ts';
import { type TieOutSetup, tieOutJob, tieOutOptions } from './tieOutJob.ts';
import { type RowPlaces, rowPlace, tieOutCsv, tieOutText, usageFound } from './tieOutReport.ts';
import { tieOutUsage, tieOutUsageFiles } from './tieOutUsage.ts';

/** What `tie-out` was asked to do. */
export interface TieOutRun {
  /** `--invoices`: files or folders of Invoice resources. */
  readonly invoices: readonly string[];
  /** `--file`: the reconciliation files, in the order given. */
  readonly files: readonly string[];
  /** `--usage`: the daily rated usage file or a folder of its blobs; absent, usage not checked. */
  readonly usage: string | undefined;
  /** `--json` or `--csv`. */
  readonly format: 'json' | 'csv' | undefined;
  /** `--out`. */
  readonly out: string | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
  /** `--workers`: how many threads hold the invoices' groups (1: this one). */
  readonly workers: number;
  /** `--memory`: the bytes the run may take, when given (past it the rows wait on disk). */
  readonly memory: number | undefined;
  /** `--engine`: what reads and groups the files (`duckdb`: DuckDB, {@link tieOutDuckdb}). */
  readonly engine: 'default' | 'duckdb';
}

/** Every Invoice resource the `--invoices` files hold, read by `parseInvoice` (INV-1). */
async function readInvoices(paths: readonly string[]): Promise<Invoice[]> {
  const invoices: Invoice[] = [];
  for (const file of subscriptionFiles(paths, '--invoices')) {
    let text = '';
    for await (const piece of fileText(file, '--invoices').pieces) text += piece;
    const read = parseInvoice(text);
    if (!read.ok) {
      const [issue] = read.issues;
      throw new UsageError(
        `--invoices: ${file}: ${issue?.path === '' ? '' : `${issue?.path}: `}${issue?.message ?? 'not read'}`,
      );
    }
    invoices.push(...read.value);
  }
  return invoices;
}

/** The tie-out of the files on the file engine, its shares' parts put together ({@link mergeTieOuts}). */
async function onFileEngine(
  run: TieOutRun,
  files: readonly (readonly string[])[],
  setup: TieOutSetup,
): Promise<TieOutDuckdbRead> {
  const job = tieOutJob(setup);
  const done = await runEngine(job, {
    files: files.flat(),
    flag: '--file',
    workers: run.workers,
    memory: run.memory,
    script: workerScript(job.worker),
    setup,
  });
  // a --file of no header and no line (a file, or a folder of blobs holding none) is empty
  let at = 0;
  for (const [i, blobs] of files.entries()) {
    const lines = done.records.slice(at, at + blobs.length).reduce((sum, n) => sum + n, 0);
    if (lines === 0 && !blobs.some((file) => job.headerRead(file)))
      throw job.empty(run.files[i] ?? '');
    at += blobs.length;
  }
  return { tied: mergeTieOuts(done.results, tieOutOptions(setup)), records: done.records };
}

/**
 * `tie-out` (INV-3): reads the invoices, then the files on the file engine ({@link runEngine}:
 * grouped by `InvoiceNumber`, on `--workers` threads, past `--memory` a partition at a time), the
 * shares' parts put together ({@link mergeTieOuts}) — or with `--engine duckdb` summed by
 * DuckDB into the same tie-out ({@link tieOutDuckdb}) —, and writes the table and summary, or
 * `--json` / `--csv` — the same bytes for any workers and budget. With `--usage`, the daily usage
 * read as the `usage` command reads it ({@link tieOutUsage}) and its USG-4 check set beside each
 * result, never in its residual. Exit code 0 when every invoice is tied or rounding, every row
 * was read and (with `--usage`) no usage group is different, missing or unexpected; else 1.
 *
 * @param run - What was asked.
 * @param streams - Where the output goes.
 * @returns The exit code.
 */
export async function tieOutFiles(run: TieOutRun, streams: CommandStreams): Promise<number> {
  // DuckDB is loaded before anything is read, so a missing package is said at once
  const duckdb = run.engine === 'duckdb' ? await loadDuckdb() : undefined;
  // each --file a file, or a folder of the Graph export's blobs checked against its manifest
  const files = run.files.map((file) => exportBlobs(file));
  const folder = run.files.find((file) => statSync(file).isDirectory());
  if (duckdb !== undefined && folder !== undefined)
    throw new UsageError(
      `--engine duckdb: reads reconciliation CSV files, not a folder of the billing export's blobs (${folder}): give --engine default (the default) for a folder`,
    );
  const usageFiles = run.usage === undefined ? undefined : tieOutUsageFiles(run.usage);
  const invoices = await readInvoices(run.invoices);
  const tag = run.options.locale?.tag;
  const setup: TieOutSetup = { invoices, locale: tag };
  const done =
    duckdb === undefined
      ? await onFileEngine(run, files, setup)
      : await tieOutDuckdb(
          duckdb,
          { files: run.files, setup, workers: run.workers, memory: run.memory },
          streams.err,
        );
  const offsets = done.records.map((_, i) =>
    done.records.slice(0, i).reduce((sum, count) => sum + count, 0),
  );
  const places: RowPlaces = { files: files.flat(), offsets, usage: usageFiles };
  const merged = done.tied;
  const tied: UsageTieOutResults =
    run.usage === undefined || usageFiles === undefined
      ? merged
      : usageBeside(
          merged,
          await tieOutUsage(
            {
              usage: run.usage,
              files: files.flat(),
              locale: tag,
              workers: run.workers,
              memory: run.memory,
              duckdb,
            },
            usageFiles,
            streams.err,
          ),
        );
  const human = tieOutText(tied, places, tag);
  if (run.format === undefined) streams.out(human);
  else {
    const lines =
      run.format === 'csv'
        ? tieOutCsv(tied)
        : [
            JSON.stringify(
              {
                ...tied,
                issues: tied.issues.map((issue) => ({
                  ...issue,
                  place: rowPlace(places, issue.row),
                })),
              },
              null,
              2,
            ),
          ];
    if (run.out === undefined) for (const line of lines) streams.out(line);
    else {
      const sink = fileLines(run.out);
      for (const line of lines) sink.line(line);
      sink.close();
      streams.out(human);
    }
    if (run.out === undefined) streams.err(human);
  }
  return tied.summary.tied && usageFound(tied) === 0 ? 0 : 1;
}
