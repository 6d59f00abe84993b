import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { columnIndex } from '../../kernel/columnIndex.ts';
import { readReconcileOptions } from '../../reconciliation/_internal/readReconcileOptions.ts';
import { sheetRow } from '../../reconciliation/_internal/sheetRow.ts';
import type { CommandStreams } from '../Command.ts';
import { csvHeader } from '../engine/duckdb/csvHeader.ts';
import { loadDuckdb } from '../engine/duckdb/loadDuckdb.ts';
import type { EngineOutput } from '../engine/EngineRun.ts';
import { runEngine } from '../engine/runEngine.ts';
import { progressBar } from '../engine/scan/progressBar.ts';
import { subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { workerScript } from '../engine/shard/workerScript.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { exportBlobs } from '../exportBlobs.ts';
import { duckdbGroupsBudget } from '../processBounds.ts';
import { UsageError } from '../UsageError.ts';
import { budgetAWorker, workersPastBudget } from '../workersFlag.ts';
import { readDuckdbFile } from './duckdb/readDuckdbFile.ts';
import { findingsWriter } from './findingsWriter.ts';
import { listFault } from './listFault.ts';
import { CLI_NAMES } from './names.ts';
import { readPriceList } from './priceList.ts';
import type { ReconcileRun } from './ReconcileRun.ts';
import type { ReconcileSetup } from './ReconcileSetup.ts';
import type { ReconResult } from './ReconResult.ts';
import { reconcileFileJob } from './reconcileFileJob.ts';
import type { JobContext } from './reconcileJob.ts';
import { reconTally } from './reconTally.ts';
import { OWN_PRICES, type ReconcileSummary, summaryOf, summaryText } from './summary.ts';
import { workerContext } from './workerContext.ts';

/** Whether a file starts as gzip does (1f 8b), as the scan tells it: by its bytes, not its name. */
function isGzip(path: string): boolean {
  const head = Buffer.alloc(2);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch (error) {
    throw new UsageError(
      `--file: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Each blob of a folder with the sheet rows its lines are: numbered across the blobs in their
 * order as one file's rows would be, the first line row 2 (REC-3: a finding's row found again as
 * a blob and its line).
 */
function blobRows(
  folder: string,
  files: readonly string[],
  records: readonly number[],
): NonNullable<ReconcileSummary['blobs']> {
  let before = 0;
  return files.map((file, i) => {
    const lines = records[i] ?? 0;
    const first = sheetRow(before + 1);
    before += lines;
    return {
      blob: relative(folder, file).split(sep).join('/'),
      lines,
      first,
      last: first + lines - 1,
    };
  });
}

/** What a file or folder without a line is told. */
const EMPTY = '--file: empty, expected a header row and lines';

/**
 * `subscription-rules reconcile` (REC-3): the file and the resources of `--subscriptions` on the
 * file engine ({@link runEngine} with {@link reconcileFileJob}: grouped by `SubscriptionId` on
 * `--workers` threads, past `--memory` a partition at a time), each subscription replayed by the
 * rules over the file's days and compared with its groups — or with `--engine duckdb` grouped by
 * DuckDB ({@link readDuckdbFile}) and its groups handed to the same engine's shares, replayed
 * there by the same job — writing the findings as they come ({@link reconTally}), and
 * ending with the summary; the subscriptions the file bills and `--subscriptions` lacks are
 * unexpected. Memory holds the groups (one per subscription, charge type, days and currency),
 * never the lines. The output has one order whatever the workers, the memory budget or the engine:
 * the file's unreadable rows, then each item of `--subscriptions` in its place, then the
 * subscriptions the file bills without a resource by their first line read.
 *
 * @param run - What was asked.
 * @param streams - Standard output, standard error, and the terminal's progress bar.
 * @returns The exit code: 0 when everything matched, 1 when anything differs.
 */
export async function reconcileFiles(run: ReconcileRun, streams: CommandStreams): Promise<number> {
  const started = performance.now();
  // a file, or a folder of the Graph export's blobs checked against its manifest (REC-3)
  const files = exportBlobs(run.file);
  const folder = statSync(run.file).isDirectory();
  if (folder && run.engine === 'duckdb')
    throw new UsageError(
      `--engine duckdb: reads one reconciliation CSV file, not a folder of the billing export's blobs (${run.file}): give --engine default (the default) for a folder`,
    );
  if (!folder && statSync(run.file).size === 0) throw new UsageError(EMPTY);
  const gzip = files.every(isGzip);
  const bar = progressBar(
    streams.progress,
    files.reduce((sum, file) => sum + statSync(file).size, 0),
  );
  // every other file is opened before the long read, so a bad one is said at once
  const resources = subscriptionFiles(run.subscriptions);
  const prices =
    run.prices === undefined ? undefined : await readPriceList(run.prices, run.choice ?? {});
  // DuckDB is loaded before anything is written, so a missing package is said at once
  const duckdb = run.engine === 'duckdb' ? await loadDuckdb() : undefined;
  const sink = run.out === undefined ? undefined : fileLines(run.out);
  // --explain keeps one outcome: its run stays in this thread
  const workers = run.explain === undefined ? run.workers : 1;
  // two workers or more, on the default engine, each hold their own share of the groups
  const script = workerScript('reconcileWorker.js');
  const readers = workers > 1 && script !== undefined && duckdb === undefined ? workers : 1;
  // the default engine's readers each need their share; DuckDB's workers only replay, beside
  // DuckDB's buffers and the groups it summed, and need a larger one each
  const pastBudget =
    run.memory === undefined
      ? undefined
      : workersPastBudget(
          duckdb === undefined ? readers : workers,
          run.memory,
          budgetAWorker(run.engine),
        );
  if (pastBudget !== undefined) streams.err(pastBudget);
  const byDuckdb =
    duckdb === undefined
      ? undefined
      : await readDuckdbFile(duckdb, run.file, bar, run.prices === undefined, run.memory, workers);
  if (byDuckdb?.why !== undefined)
    streams.err(`warning: --engine duckdb: ${byDuckdb.why}; the default engine reads the file`);
  const { texts } = readReconcileOptions(run.options);
  const now = run.at ?? Date.now();
  const context: JobContext = {
    window: undefined,
    options: run.options,
    ...(run.promotions === undefined ? {} : { promotions: run.promotions }),
    now,
    tag: texts.tag,
    noResource: `${CLI_NAMES.resources} has no resource for it`,
    // tests only: every subscription through the exact replay, to hold the plain way to its findings
    exact: process.env.SUBSCRIPTION_RULES_EXACT === '1',
    ...(run.estBase === undefined ? {} : { estBase: run.estBase }),
  };
  // made once the first finding or the summary is written: a file that is none writes nothing
  let writer: ReturnType<typeof findingsWriter> | undefined;
  const writerOf = (): ReturnType<typeof findingsWriter> | undefined => {
    if (run.format !== undefined) writer ??= findingsWriter(run.format, sink?.line ?? streams.out);
    return writer;
  };
  const taken = reconTally(texts, run.minAtStake, (finding) => writerOf()?.write(finding));
  // DuckDB's groups, when it grouped the file: handed to the engine's shares, no row scanned
  const read = byDuckdb?.file;
  const setup: ReconcileSetup = {
    context: workerContext(context),
    withPrices: run.prices === undefined,
    prices: run.prices === undefined ? undefined : { path: run.prices, choice: run.choice ?? {} },
    byCountry: prices !== undefined && prices.markets.length > 1,
    period:
      run.period === undefined
        ? undefined
        : { firstDay: run.period.firstDay, lastDay: run.period.lastDay },
    ...(read === undefined ? {} : { days: { window: read.window }, countries: read.countries }),
    explain: run.explain,
  };
  const job = reconcileFileJob(setup, { prices, options: run.options });
  // DuckDB's groups replace the file's rows
  const rowFiles = read === undefined ? files : [];
  const listBytes = resources.reduce((sum, path) => sum + statSync(path).size, 0);
  let done: EngineOutput<ReconResult>;
  try {
    done = await runEngine(
      job,
      {
        files: rowFiles,
        flag: '--file',
        workers,
        // DuckDB's groups within their quarter of the budget, beside DuckDB's buffers
        memory:
          run.memory === undefined || read === undefined
            ? run.memory
            : duckdbGroupsBudget(run.memory),
        script,
        items: { files: resources, flag: '--subscriptions' },
        groups: read?.groups,
        setup,
        // the file's rows read, then the resources compared (of about as many as the list's
        // bytes read so far say it holds)
        progress: (file, bytesRead, records) =>
          file < rowFiles.length
            ? bar.update(bytesRead, records)
            : bar.compared(records, Math.round((records * listBytes) / Math.max(1, bytesRead))),
      },
      (result) => taken.each(result),
    );
  } catch (error) {
    if (error instanceof UsageError && error.message.startsWith('--subscriptions'))
      return listFault(run.file, resources, job, error);
    throw error;
  } finally {
    read?.close();
  }
  if (taken.unreadable !== undefined)
    return listFault(
      run.file,
      resources,
      job,
      new Error(
        `reconcile: item ${taken.unreadable} of --subscriptions is not JSON, yet the list read`,
      ),
    );
  // the billing month when given: a charge due on its last day is expected even when the file
  // has no line of that day; else the file's own days, which the summary names as assumed
  const window = setup.period ?? (read === undefined ? job.window() : read.window);
  const lines =
    read === undefined ? done.records.reduce((sum, count) => sum + count, 0) : read.lines;
  // a file of no header and no line, or a folder of blobs holding none, is no reconciliation file
  if (read === undefined && lines === 0 && !job.headerRead()) throw new UsageError(EMPTY);
  const otherColumns = read === undefined ? job.otherColumns() : read.otherColumns;
  // the checks a column no line has leaves out (an export of attributeSet basic): said, never a finding
  const has = columnIndex(
    read === undefined ? job.columns() : (await csvHeader(run.file, '--file')).names,
  );
  const notChecked: ReconcileSummary['notChecked'] = [
    ...(run.prices === undefined && has('UnitPrice') === undefined ? (['UnitPrice'] as const) : []),
    ...(has('EffectiveUnitPrice') === undefined ? (['EffectiveUnitPrice'] as const) : []),
    ...(files.attributeSet === 'basic' ? (['basic'] as const) : []),
  ];
  bar.clear();
  const summary = summaryOf(
    {
      file: run.file,
      gzip,
      lines,
      otherColumns,
      notChecked,
      ...(folder && read === undefined ? { blobs: blobRows(run.file, files, done.records) } : {}),
      window,
      period: run.period?.month,
      prices: run.prices === undefined ? OWN_PRICES : `--prices ${run.prices}`,
      priceRows: prices?.said,
      ...taken.results(),
      run: {
        engine: read === undefined ? 'default' : 'duckdb',
        workers,
        memoryBudget: run.memory ?? null,
        spilled: done.spilled,
        wallMs: Math.round(performance.now() - started),
        // maxRSS is in KiB
        peakMemoryMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2),
      },
    },
    taken.found,
  );
  writerOf()?.end(summary);
  sink?.close();
  if (run.explain !== undefined) {
    const { explained } = taken;
    if (explained === undefined)
      throw new UsageError(
        `--explain: no subscription ${JSON.stringify(run.explain)} in --file or --subscriptions`,
      );
    streams.out(explained);
    streams.out('');
  }
  // the summary goes where the findings do not: standard output unless they are written there
  (run.format !== undefined && run.out === undefined ? streams.err : streams.out)(
    summaryText(summary, run.options),
  );
  return summary.exitCode;
}
