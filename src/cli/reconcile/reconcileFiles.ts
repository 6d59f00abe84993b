import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { MessageOptions, Promotion } from '../../index.ts';
import { decimalText, type FileDecimal } from '../../kernel/fileDecimal.ts';
import {
  type CustomerTotal,
  customerTotals,
} from '../../reconciliation/_internal/customerTotals.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { readReconcileOptions } from '../../reconciliation/_internal/readReconcileOptions.ts';
import { stakeOf } from '../../reconciliation/_internal/stakeOf.ts';
import { tally } from '../../reconciliation/_internal/tally.ts';
import type { CommandStreams } from '../Command.ts';
import { csvHeader } from '../engine/duckdb/csvHeader.ts';
import { loadDuckdb } from '../engine/duckdb/loadDuckdb.ts';
import type { EngineOutput } from '../engine/EngineRun.ts';
import { runEngine } from '../engine/runEngine.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { progressBar } from '../engine/scan/progressBar.ts';
import { resourcesOf, subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { workerScript } from '../engine/shard/workerScript.ts';
import { inputBytes } from '../engine/spill/inputBytes.ts';
import { type ResultRuns, resultRuns } from '../engine/spill/resultRuns.ts';
import { spillPartitions } from '../engine/spill/spillPartitions.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import type { EstBaseFlag } from '../estBaseFlag.ts';
import type { BillingMonth } from '../monthFlag.ts';
import { UsageError } from '../UsageError.ts';
import { workersPastBudget } from '../workersFlag.ts';
import { readDuckdbFile } from './duckdb/readDuckdbFile.ts';
import type { Finding } from './Finding.ts';
import { findingsWriter } from './findingsWriter.ts';
import { CLI_NAMES } from './names.ts';
import type { PriceChoice } from './priceChoice.ts';
import { readPriceList } from './priceList.ts';
import {
  type ReconcileFileJob,
  type ReconcileSetup,
  reconcileFileJob,
} from './reconcileFileJob.ts';
import { reconcileHeld } from './reconcileHeld.ts';
import type { JobContext, JobResult } from './reconcileJob.ts';
import type { ReconResult } from './reconFinish.ts';
import { workerContext } from './shardPool.ts';
import { OWN_PRICES, summaryOf, summaryText } from './summary.ts';

/** A group matched, as the tally counts it: without notes, or with. */
const MATCHED = { notes: [] };
const NOTED = { notes: [0] };

/**
 * The customers' totals by name, as the library lists them, and two of one name by their id: a
 * run past the memory budget totals its customers partition by partition, in another order.
 */
function byName(a: CustomerTotal, b: CustomerTotal): number {
  return (
    (a.customerName ?? a.customerId ?? '').localeCompare(
      b.customerName ?? b.customerId ?? '',
      'en',
    ) || (a.customerId ?? '').localeCompare(b.customerId ?? '', 'en')
  );
}

/** A finding at its result's key: its place in the output. */
type KeyedFinding = readonly [key: number, finding: Finding];

/** The output's order of keyed findings: by key (one key's in the order they were made). */
const byKey = (a: KeyedFinding, b: KeyedFinding): number => a[0] - b[0];

/** `--period`: the billing month and its days. */
export type ReconcilePeriod = BillingMonth;

/** Whether the money a finding puts at stake, without its sign, is less than `least`. */
function below(stake: FileDecimal, least: FileDecimal): boolean {
  const size = BigInt(stake.units) < 0n ? -BigInt(stake.units) : BigInt(stake.units);
  const scale = Math.max(stake.scale, least.scale);
  const a = size * 10n ** BigInt(scale - stake.scale);
  const b = BigInt(least.units) * 10n ** BigInt(scale - least.scale);
  return a < b;
}

/** What `reconcile` was asked. */
export interface ReconcileRun {
  /** `--file`: the reconciliation file, CSV or gzip. */
  readonly file: string;
  /** `--subscriptions`, each time given: the resources, as fetched after the file (files or folders). */
  readonly subscriptions: readonly string[];
  /** `--prices`: the price list, when given. */
  readonly prices: string | undefined;
  /** `--est-base`: what a subscription in its Extended Service Term is priced from (EST-7). */
  readonly estBase?: EstBaseFlag | undefined;
  /** `--market` and `--segment`: the price list's rows that price the subscriptions (PL-6). */
  readonly choice?: PriceChoice | undefined;
  /** `--promotions`: the promotions a resource's `promotionId` is read from (PL-5), when given. */
  readonly promotions?: readonly Promotion[] | undefined;
  /** `--json` or `--csv`, when the findings are wanted. */
  readonly format: 'json' | 'csv' | undefined;
  /** `--out`: where they go, instead of standard output. */
  readonly out: string | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
  /** `--period`: the billing month, whatever the file's own first and last days. */
  readonly period?: ReconcilePeriod | undefined;
  /** `--min-at-stake`: findings putting less money at stake are not listed (still counted). */
  readonly minAtStake?: FileDecimal | undefined;
  /** `--at`: the instant remedies are worked out at ("now"), in epoch milliseconds. */
  readonly at?: number | undefined;
  /** `--explain`: the one subscription whose replay is printed side by side. */
  readonly explain?: string | undefined;
  /** `--workers`: how many threads reconcile the subscriptions (1: this one). */
  readonly workers: number;
  /** `--memory`: the bytes the run may take (the groups half of them on one thread or shared by two workers, a quarter with three or more, before they go to disk). */
  readonly memory?: number | undefined;
  /** `--engine`: what reads and groups the file (default: `default`, the streaming reader). */
  readonly engine?: 'default' | 'duckdb' | undefined;
}

/**
 * The one-thread reading of `--subscriptions`' fault (REC-3): what a thread reading the list in
 * order, item by item, says first — an item that is not JSON, or text around the items that is
 * none — whichever share found its fault first; a bad `--file` header before it (the file is read
 * first).
 */
async function listFault(
  file: string,
  resources: readonly string[],
  job: ReconcileFileJob,
  found: unknown,
): Promise<never> {
  job.header((await csvHeader(file, '--file')).names, file);
  for await (const _ of resourcesOf(resources));
  throw found;
}

/**
 * `subscription-rules reconcile` (REC-3): the file and the resources of `--subscriptions` on the
 * file engine ({@link runEngine} with {@link reconcileFileJob}: grouped by `SubscriptionId` on
 * `--workers` threads, past `--memory` a partition at a time), each subscription replayed by the
 * rules over the file's days and compared with its groups — or with `--engine duckdb` grouped by
 * DuckDB and replayed here ({@link readDuckdbFile}) — writing the findings as they come, and
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
  const text = fileText(run.file, '--file');
  const bar = progressBar(streams.progress, statSync(run.file).size);
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
  // the share a worker needs was measured on these readers; DuckDB's runs hold the groups in this
  // thread, their workers only replaying, and are not warned of
  const pastBudget = run.memory === undefined ? undefined : workersPastBudget(readers, run.memory);
  if (pastBudget !== undefined) streams.err(pastBudget);
  const partitions =
    run.memory === undefined || duckdb === undefined
      ? undefined
      : spillPartitions(inputBytes([run.file, ...resources]), run.memory, readers);
  const byDuckdb =
    duckdb === undefined
      ? undefined
      : await readDuckdbFile(
          duckdb,
          run.file,
          bar,
          run.prices === undefined,
          run.memory,
          partitions,
          workers,
        );
  if (byDuckdb?.why !== undefined)
    streams.err(`warning: --engine duckdb: ${byDuckdb.why}; the default engine reads the file`);
  const { texts } = readReconcileOptions(run.options);
  const customers = customerTotals();
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
  const found = tally();
  let refused = 0;
  let subscriptionIssues = 0;
  let unverified = 0;
  let hidden = 0;
  let rowIssues = 0;
  const rowsUnread = new Set<number>();
  // made once the first finding or the summary is written: a file that is none writes nothing
  let writer: ReturnType<typeof findingsWriter> | undefined;
  const writerOf = (): ReturnType<typeof findingsWriter> | undefined => {
    if (run.format !== undefined) writer ??= findingsWriter(run.format, sink?.line ?? streams.out);
    return writer;
  };
  // DuckDB's groups past the budget are replayed a partition at a time: their findings wait on
  // disk, each at its result's key, and are merged back in the output's order
  let runs: ResultRuns<KeyedFinding> | undefined;
  const write = (finding: Finding, key?: number): void => {
    const stake = run.minAtStake === undefined ? undefined : stakeOf(finding);
    if (stake !== undefined && run.minAtStake !== undefined && below(stake, run.minAtStake)) {
      hidden++;
      return;
    }
    if (runs !== undefined && key !== undefined) runs.add([key, finding]);
    else writerOf()?.write(finding);
  };
  const replayNotes: { key: number; note: { subscriptionId?: string; message: string } }[] = [];
  const take = (result: JobResult, key: number): void => {
    found.add(result.comparison);
    unverified += result.unverified;
    refused += result.refused;
    customers.add(result.labels, result.comparison);
    for (const finding of result.findings) write(finding, key);
    for (const message of result.notes)
      replayNotes.push({
        key,
        note: { ...(result.id === undefined ? {} : { subscriptionId: result.id }), message },
      });
    if (result.problem) subscriptionIssues++;
  };
  const writeIssue = (issue: FileRowIssue): void => {
    rowIssues++;
    rowsUnread.add(issue.row);
    write({
      finding: 'issue',
      ...issue,
      message: Object.hasOwn(texts.issues, issue.message)
        ? texts.issues[issue.message as keyof typeof texts.issues]
        : issue.message,
    });
  };
  let compared = 0;
  let explained: string | undefined;
  let window: FileWindow | undefined;
  let lines = 0;
  let otherColumns: readonly string[] = [];
  let spilled = false;
  const read = byDuckdb?.file;
  if (read !== undefined) {
    try {
      for (const issue of read.issues) writeIssue(issue);
      // the billing month when given: a charge due on its last day is expected even when the
      // file has no line of that day; else the file's own days, which the summary names as assumed
      window =
        run.period === undefined
          ? read.window
          : { firstDay: run.period.firstDay, lastDay: run.period.lastDay };
      if (run.format !== undefined && read.spill !== undefined)
        runs = resultRuns(read.spill.dir, byKey);
      const done = await reconcileHeld(
        { read, resources, workers, context: { ...context, window }, prices, explain: run.explain },
        take,
        (count, of) => bar.compared(count, of),
      );
      compared = done.compared;
      explained = done.explained;
      // before the spill's folder goes with them
      const into = writerOf();
      if (into !== undefined) runs?.merge(([, finding]) => into.write(finding));
    } finally {
      read.spill?.remove();
    }
    lines = read.lines;
    otherColumns = read.otherColumns;
    spilled = read.spill !== undefined;
  } else {
    const setup: ReconcileSetup = {
      context: workerContext(context),
      withPrices: run.prices === undefined,
      prices: run.prices === undefined ? undefined : { path: run.prices, choice: run.choice ?? {} },
      period:
        run.period === undefined
          ? undefined
          : { firstDay: run.period.firstDay, lastDay: run.period.lastDay },
      explain: run.explain,
    };
    const job = reconcileFileJob(setup, { prices, options: run.options });
    /** The first item of `--subscriptions` a share could not parse. */
    let unreadable: number | undefined;
    const each = (result: ReconResult): void => {
      if (result.kind === 'unreadable') unreadable ??= result.at;
      if (unreadable !== undefined) return;
      if (result.kind === 'issue') writeIssue(result.issue);
      else if (result.kind === 'result') {
        take(result.result, result.key);
        if (result.explained !== undefined) explained = result.explained;
      } else if (result.kind === 'counts') {
        const { counts } = result;
        compared += counts.compared;
        found.add({
          matched: Array.from({ length: counts.matched }, (_, i) =>
            i < counts.noted ? NOTED : MATCHED,
          ),
          different: [],
          missing: [],
          unexpected: [],
        });
        unverified += counts.unverified;
        refused += counts.refused;
        subscriptionIssues += counts.problems;
      }
    };
    let done: EngineOutput<ReconResult>;
    try {
      done = await runEngine(
        job,
        {
          files: [run.file],
          flag: '--file',
          workers,
          memory: run.memory,
          script,
          items: { files: resources, flag: '--subscriptions' },
          setup,
          progress: (_, bytesRead, records) => bar.update(bytesRead, records),
        },
        each,
      );
    } catch (error) {
      if (error instanceof UsageError && error.message.startsWith('--subscriptions'))
        return listFault(run.file, resources, job, error);
      throw error;
    }
    if (unreadable !== undefined)
      return listFault(
        run.file,
        resources,
        job,
        new Error(
          `reconcile: item ${unreadable} of --subscriptions is not JSON, yet the list read`,
        ),
      );
    window = setup.period ?? job.window();
    lines = done.records[0] ?? 0;
    otherColumns = job.otherColumns();
    spilled = done.spilled;
  }
  bar.clear();
  const summary = summaryOf(
    {
      file: run.file,
      gzip: text.gzip,
      lines,
      otherColumns,
      window,
      period: run.period?.month,
      prices: run.prices === undefined ? OWN_PRICES : `--prices ${run.prices}`,
      priceRows: prices?.said,
      subscriptions: compared,
      refused,
      rowIssues,
      rowsUnread: rowsUnread.size,
      subscriptionIssues,
      unverified,
      customers: customers.totals().sort(byName),
      // in the output's order, whatever the order the partitions were reconciled in
      replayNotes: replayNotes.sort((a, b) => a.key - b.key).map(({ note }) => note),
      hidden:
        run.minAtStake === undefined
          ? undefined
          : { below: decimalText(run.minAtStake), findings: hidden },
      run: {
        engine: read === undefined ? 'default' : 'duckdb',
        workers,
        memoryBudget: run.memory ?? null,
        spilled,
        wallMs: Math.round(performance.now() - started),
        // maxRSS is in KiB
        peakMemoryMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2),
      },
    },
    found,
  );
  writerOf()?.end(summary);
  sink?.close();
  if (run.explain !== undefined) {
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
