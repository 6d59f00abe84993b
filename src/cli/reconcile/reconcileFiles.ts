import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { MessageOptions, Promotion } from '../../index.ts';
import { decimalText, type FileDecimal } from '../../kernel/fileDecimal.ts';
import {
  type CustomerTotal,
  customerTotals,
} from '../../reconciliation/_internal/customerTotals.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import { readReconcileOptions } from '../../reconciliation/_internal/readReconcileOptions.ts';
import { stakeOf } from '../../reconciliation/_internal/stakeOf.ts';
import { tally } from '../../reconciliation/_internal/tally.ts';
import type { CommandStreams } from '../Command.ts';
import { loadDuckdb } from '../engine/duckdb/loadDuckdb.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { progressBar } from '../engine/scan/progressBar.ts';
import { resourcesOf, subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { shardOf } from '../engine/shard/shardOf.ts';
import { inputBytes } from '../engine/spill/inputBytes.ts';
import { type ResultRuns, resultRuns } from '../engine/spill/resultRuns.ts';
import { type RunDir, runDir } from '../engine/spill/runDir.ts';
import { spillPartitions } from '../engine/spill/spillPartitions.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import type { EstBaseFlag } from '../estBaseFlag.ts';
import type { BillingMonth } from '../monthFlag.ts';
import { heldLimit } from '../reconcileHeap.ts';
import { UsageError } from '../UsageError.ts';
import { workersPastBudget } from '../workersFlag.ts';
import { readDuckdbFile } from './duckdb/readDuckdbFile.ts';
import type { Finding } from './Finding.ts';
import { findingsWriter } from './findingsWriter.ts';
import { CLI_NAMES } from './names.ts';
import type { PriceChoice } from './priceChoice.ts';
import { readPriceList } from './priceList.ts';
import { type ReconFile, readReconFile } from './readReconFile.ts';
import { reconcileHeld } from './reconcileHeld.ts';
import type { JobContext, JobResult } from './reconcileJob.ts';
import { issueResult } from './reconcileShard.ts';
import { workerContext, workerScript } from './shardPool.ts';
import { shardResources } from './shardResources.ts';
import { type ShardedFile, shardWorkers } from './shardWorkers.ts';
import { subscriptionsOf } from './subscriptionsOf.ts';
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
 * `subscription-rules reconcile` (REC-3): streams the file into the reconciliation area's line
 * groups, then streams the resources one at a time — each subscription replayed by the rules over
 * the file's days and compared with its groups — writing the findings as they come, and ends with
 * the summary; the subscriptions the file bills and `--subscriptions` lacks are unexpected.
 * Memory holds the groups (one per subscription, charge type, days and currency), never the lines.
 * The output has one order whatever the workers, the memory budget or the engine: the file's
 * unreadable rows, then each item of `--subscriptions` in its place, then the subscriptions the
 * file bills without a resource by their first line read; past the budget each partition's
 * findings wait on disk (the engine's {@link resultRuns}) and are merged back in that order. With two workers
 * or more (the default engine, built), this thread only splits the file's rows and the resources
 * by the worker their `SubscriptionId` hashes to ({@link shardWorkers}), each resource as the text
 * it was read as when the file's lines all name their subscription ({@link shardResources}); each
 * worker groups and reconciles its own, and their findings are merged back by the same order.
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
  const script = workerScript();
  // two workers or more, on the default engine, each read their own share of the file
  const readers = workers > 1 && script !== undefined && duckdb === undefined ? workers : 1;
  // the share a worker needs was measured on these readers; DuckDB's runs hold the groups in this
  // thread, their workers only replaying, and are not warned of
  const pastBudget = run.memory === undefined ? undefined : workersPastBudget(readers, run.memory);
  if (pastBudget !== undefined) streams.err(pastBudget);
  // past the budget, partitions small enough to read back one at a time whatever the input
  const partitions =
    run.memory === undefined
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
  let taken = 0;
  let hidden = 0;
  let runs: ResultRuns<KeyedFinding> | undefined;
  // made once the file is read: a file that is none writes nothing
  let writer: ReturnType<typeof findingsWriter> | undefined;
  // a finding, at its result's key (none: the file's own issues, written first)
  const write = (finding: Finding, key?: number, stream?: number): void => {
    const stake = run.minAtStake === undefined ? undefined : stakeOf(finding);
    if (stake !== undefined && run.minAtStake !== undefined && below(stake, run.minAtStake)) {
      hidden++;
      return;
    }
    if (runs !== undefined && key !== undefined) runs.add([key, finding], stream);
    else writer?.write(finding);
  };
  const replayNotes: { key: number; note: { subscriptionId?: string; message: string } }[] = [];
  const take = (result: JobResult, key: number, stream?: number): void => {
    taken++;
    found.add(result.comparison);
    unverified += result.unverified;
    refused += result.refused;
    customers.add(result.labels, result.comparison);
    for (const finding of result.findings) write(finding, key, stream);
    for (const message of result.notes)
      replayNotes.push({
        key,
        note: { ...(result.id === undefined ? {} : { subscriptionId: result.id }), message },
      });
    if (result.problem) subscriptionIssues++;
  };
  const sharding =
    readers > 1 && script !== undefined
      ? shardWorkers(
          script,
          workers,
          workerContext(context),
          {
            withPrices: run.prices === undefined,
            memory: run.memory,
            partitions,
            prices:
              run.prices === undefined ? undefined : { path: run.prices, choice: run.choice ?? {} },
          },
          (result, key, stream) => {
            take(result, key, stream);
            bar.compared(taken, shardedFile?.subscriptions ?? 0);
          },
          (counts) => {
            taken += counts.results;
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
            bar.compared(taken, shardedFile?.subscriptions ?? 0);
          },
        )
      : undefined;
  let shardedFile: ShardedFile | undefined;
  /** A folder of the run's own for the findings a sharded run merges by key. */
  let own: RunDir | undefined;
  let read: ReconFile | undefined;
  let compared = 0;
  let explained: string | undefined;
  let window: FileWindow | undefined;
  try {
    if (sharding !== undefined) shardedFile = await sharding.read(text, bar);
    else
      read =
        byDuckdb?.file ??
        (await readReconFile(
          text,
          bar,
          run.prices === undefined,
          run.memory === undefined ? undefined : heldLimit(run.memory, 1),
          partitions,
        ));
    const file = (shardedFile ?? read) as ShardedFile | ReconFile;
    writer =
      run.format === undefined ? undefined : findingsWriter(run.format, sink?.line ?? streams.out);
    // past the memory budget, or in workers that each reconcile their share, the results come
    // out of order: their findings wait on disk and are merged by key
    if (writer !== undefined && read?.spill !== undefined) runs = resultRuns(read.spill.dir, byKey);
    else if (writer !== undefined && sharding !== undefined) {
      own = runDir('reconcile');
      runs = resultRuns(own.dir, byKey);
    }
    for (const issue of file.issues)
      write({
        finding: 'issue',
        ...issue,
        message: Object.hasOwn(texts.issues, issue.message)
          ? texts.issues[issue.message as keyof typeof texts.issues]
          : issue.message,
      });
    // the billing month when given: a charge due on its last day is expected even when the file
    // has no line of that day; else the file's own days, which the summary names as assumed
    window =
      run.period === undefined
        ? file.window
        : { firstDay: run.period.firstDay, lastDay: run.period.lastDay };
    if (sharding !== undefined && shardedFile !== undefined) {
      const { loose } = shardedFile;
      // a subscription listed again is told by the worker its id hashes to; a file of loose lines
      // bills one: told here
      sharding.start(window, loose);
      let place = 0;
      let looseTo: number | undefined;
      if (loose)
        for await (const batch of subscriptionsOf(resourcesOf(resources), loose, loose))
          for (const item of batch)
            if ('issue' in item) take(issueResult(0, item.issue), place++, workers);
            else {
              if (item.withLoose) looseTo = shardOf(item.id, workers);
              await sharding.item({ ...item, place: place++ });
            }
      // each resource's text goes to its worker as read, parsed there
      else
        await shardResources(resources, sharding, (issue, at) =>
          take(issueResult(0, issue), at, workers),
        );
      compared = await sharding.finish(looseTo);
    } else if (read !== undefined) {
      const done = await reconcileHeld(
        { read, resources, workers, context: { ...context, window }, prices, explain: run.explain },
        take,
        (count, of) => bar.compared(count, of),
      );
      compared = done.compared;
      explained = done.explained;
    }
    // before the spill's folder goes with them
    const into = writer;
    if (into !== undefined) runs?.merge(([, finding]) => into.write(finding));
  } finally {
    sharding?.stop();
    read?.spill?.remove();
    own?.remove();
  }
  const file = (shardedFile ?? read) as ShardedFile | ReconFile;
  bar.clear();
  const summary = summaryOf(
    {
      file: run.file,
      gzip: text.gzip,
      lines: file.lines,
      otherColumns: file.otherColumns,
      window,
      period: run.period?.month,
      prices: run.prices === undefined ? OWN_PRICES : `--prices ${run.prices}`,
      priceRows: prices?.said,
      subscriptions: compared,
      refused,
      rowIssues: file.issues.length,
      rowsUnread: new Set(file.issues.map((issue) => issue.row)).size,
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
        engine: byDuckdb?.file === undefined ? 'default' : 'duckdb',
        workers,
        memoryBudget: run.memory ?? null,
        spilled: read?.spill !== undefined || shardedFile?.spilled === true,
        wallMs: Math.round(performance.now() - started),
        // maxRSS is in KiB
        peakMemoryMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2),
      },
    },
    found,
  );
  writer?.end(summary);
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
