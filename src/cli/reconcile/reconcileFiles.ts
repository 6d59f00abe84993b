import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { MessageOptions, Promotion } from '../../index.ts';
import {
  type CustomerTotal,
  customerTotals,
} from '../../reconciliation/_internal/customerTotals.ts';
import { decimalText, type FileDecimal } from '../../reconciliation/_internal/fileDecimal.ts';
import { type FileGroup, ROWS_KEPT } from '../../reconciliation/_internal/LineGroups.ts';
import type { PriceFound } from '../../reconciliation/_internal/priceList.ts';
import { readReconcileOptions } from '../../reconciliation/_internal/readReconcileOptions.ts';
import { listedAgain } from '../../reconciliation/_internal/resourceItems.ts';
import { stakeOf } from '../../reconciliation/_internal/stakeOf.ts';
import { tally } from '../../reconciliation/_internal/tally.ts';
import type { ReconcileSubscriptionIssue } from '../../reconciliation/index.ts';
import type { CommandStreams } from '../Command.ts';
import type { EstBaseFlag } from '../estBaseFlag.ts';
import type { BillingMonth } from '../monthFlag.ts';
import { UsageError } from '../UsageError.ts';
import { loadDuckdb } from './duckdb/loadDuckdb.ts';
import { readDuckdbFile } from './duckdb/readDuckdbFile.ts';
import { explanation } from './explanation.ts';
import type { Finding } from './Finding.ts';
import { fileLines } from './fileLines.ts';
import { fileText } from './fileText.ts';
import { findingRuns } from './findingRuns.ts';
import { findingsWriter } from './findingsWriter.ts';
import { CLI_NAMES } from './names.ts';
import type { PriceChoice } from './priceChoice.ts';
import { readPriceList } from './priceList.ts';
import { progressBar } from './progressBar.ts';
import { type ReconFile, readReconFile } from './readReconFile.ts';
import {
  type JobContext,
  type JobResult,
  type ReconcileJob,
  reconcileJob,
} from './reconcileJob.ts';
import { shardOf } from './shardOf.ts';
import { shardPool } from './shardPool.ts';
import { type HeldSubscription, PARTITIONS } from './spill.ts';
import { resourcesOf, subscriptionFiles } from './subscriptionFiles.ts';
import { subscriptionsOf } from './subscriptionsOf.ts';
import { OWN_PRICES, summaryOf, summaryText } from './summary.ts';

/** A result that compares nothing: a resource listed twice, or unreadable. */
const NOTHING = { matched: [], different: [], missing: [], unexpected: [] };

/**
 * Where a result goes in the output, whatever the memory budget, engine or workers: a resource (or
 * the issue of an item of `--subscriptions`) at its place in the list, then the subscriptions of
 * the file without a resource at their first line's row, past this.
 */
const FILE_ORDER = 2 ** 50;

/** The key of a subscription of the file without a resource: its first line read. */
function fileOrder(groups: readonly FileGroup[]): number {
  let first = Number.MAX_SAFE_INTEGER - FILE_ORDER;
  for (const group of groups) first = Math.min(first, group.rows[0] ?? first);
  return FILE_ORDER + first;
}

/**
 * Takes a subscription read back from a spill into the maps of those held: its groups added to
 * those already back, its labels and price when none came back before, its unread rows after theirs.
 */
function holdAgain(read: ReconFile, held: HeldSubscription): void {
  for (const group of held.groups) read.groups.addGroup(group);
  if (held.labels !== undefined && !read.labels.has(held.id)) read.labels.set(held.id, held.labels);
  if (held.unitPrice !== undefined && !read.unitPrices.has(held.id))
    read.unitPrices.set(held.id, held.unitPrice);
  if (held.seats !== undefined) read.seats.put(held.id, held.seats);
  if (held.unread !== undefined)
    read.unread.set(
      held.id,
      [...(read.unread.get(held.id) ?? []), ...held.unread].slice(0, ROWS_KEPT),
    );
}

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
  /** `--memory`: the bytes the run may take (the groups a quarter of them before they go to disk). */
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
 * findings wait on disk ({@link findingRuns}) and are merged back in that order.
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
  const byDuckdb =
    duckdb === undefined
      ? undefined
      : await readDuckdbFile(duckdb, run.file, bar, run.prices === undefined, run.memory);
  if (byDuckdb?.why !== undefined)
    streams.err(`warning: --engine duckdb: ${byDuckdb.why}; the default engine reads the file`);
  const read =
    byDuckdb?.file ?? (await readReconFile(text, bar, run.prices === undefined, run.memory));
  const { texts } = readReconcileOptions(run.options);
  const writer =
    run.format === undefined ? undefined : findingsWriter(run.format, sink?.line ?? streams.out);
  // past the memory budget the results come partition by partition: their findings wait on disk
  const runs =
    writer === undefined || read.spill === undefined ? undefined : findingRuns(read.spill.dir);
  let hidden = 0;
  // a finding, at its result's key (none: the file's own issues, written first)
  const write = (finding: Finding, key?: number): void => {
    const stake = run.minAtStake === undefined ? undefined : stakeOf(finding);
    if (stake !== undefined && run.minAtStake !== undefined && below(stake, run.minAtStake)) {
      hidden++;
      return;
    }
    if (runs !== undefined && key !== undefined) runs.add(key, finding);
    else writer?.write(finding);
  };
  const customers = customerTotals();
  const now = run.at ?? Date.now();
  let explained: string | undefined;
  for (const issue of read.issues)
    write({
      finding: 'issue',
      ...issue,
      message: Object.hasOwn(texts.issues, issue.message)
        ? texts.issues[issue.message as keyof typeof texts.issues]
        : issue.message,
    });
  const found = tally();
  let refused = 0;
  let subscriptionIssues = 0;
  let unverified = 0;
  let compared = 0;
  // the billing month when given: a charge due on its last day is expected even when the file
  // has no line of that day; else the file's own days, which the summary names as assumed
  const window =
    run.period === undefined
      ? read.window
      : { firstDay: run.period.firstDay, lastDay: run.period.lastDay };
  let onlyOne = false;
  const replayNotes: { key: number; note: { subscriptionId?: string; message: string } }[] = [];
  const priceOf = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>>,
    groups: readonly FileGroup[],
  ): PriceFound => {
    const currency = groups.find((group) => group.currency !== undefined)?.currency;
    if (prices !== undefined) return prices.priceOf(id ?? '', resource, currency);
    // the lines without SubscriptionId are the only resource's
    const row = read.unitPrices.get(id) ?? (onlyOne ? read.unitPrices.get(undefined) : undefined);
    return row === undefined
      ? { missing: `the file prints no UnitPrice for it: ${CLI_NAMES.givePrices}` }
      : { price: row };
  };
  // the rows that cannot be read of a subscription (and of the lines without one, when it has them)
  const unreadOf = (id: string | undefined): number[] | undefined => {
    const rows = read.unread.get(id);
    const loose = onlyOne && id !== undefined ? read.unread.get(undefined) : undefined;
    return loose === undefined ? rows : [...(rows ?? []), ...loose];
  };
  const context: JobContext = {
    window,
    options: run.options,
    ...(run.promotions === undefined ? {} : { promotions: run.promotions }),
    now,
    tag: texts.tag,
    noResource: `${CLI_NAMES.resources} has no resource for it`,
    // tests only: every subscription through the exact replay, to hold the plain way to its findings
    exact: process.env.SUBSCRIPTION_RULES_EXACT === '1',
    ...(run.estBase === undefined ? {} : { estBase: run.estBase }),
  };
  // each result's key by its seq, until it is taken
  const keys = new Map<number, number>();
  const take = (result: JobResult): void => {
    const key = keys.get(result.seq) ?? 0;
    keys.delete(result.seq);
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
  // --explain keeps one outcome: its run stays in this thread
  const workers = run.explain === undefined ? run.workers : 1;
  const pool = shardPool(workers, context, take);
  let seq = 0;
  const reconcileOne = async (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    groups: readonly FileGroup[],
    key: number,
  ): Promise<void> => {
    if (window === undefined && groups.length === 0) return;
    compared++;
    bar.compared(compared, read.subscriptions);
    keys.set(seq, key);
    const job: ReconcileJob = {
      seq: seq++,
      id,
      resource,
      groups,
      price: resource === undefined ? { missing: '' } : priceOf(id, resource, groups),
      unreadRows: unreadOf(id),
      fileSeats: read.seats.of(id) ?? (onlyOne ? read.seats.of(undefined) : undefined),
      labels: read.labels.get(id) ?? (onlyOne ? read.labels.get(undefined) : undefined) ?? {},
    };
    const unreadRows = read.unread.get(id);
    // what the file said of it is in the job now: a spilled run holds one partition's, not all
    if (id !== undefined) {
      read.labels.delete(id);
      read.unitPrices.delete(id);
      read.unread.delete(id);
      read.seats.take(id);
    }
    if (run.explain !== undefined && id === run.explain) {
      const result = reconcileJob(job, context, true);
      if (result.outcome !== undefined)
        explained = explanation(id, resource, groups, result.outcome, unreadRows);
      pool.settle(result);
      return;
    }
    await pool.submit(job);
  };
  const reconcileResource = async (item: {
    id: string;
    resource: Readonly<Record<string, unknown>>;
    withLoose: boolean;
    place: number;
  }): Promise<void> => {
    onlyOne = item.withLoose;
    const groups = read.groups.take(item.id);
    await reconcileOne(
      item.id,
      item.resource,
      item.withLoose ? [...groups, ...read.groups.take(undefined)] : groups,
      item.place,
    );
  };
  // the subscriptions of the file left without a resource: unexpected, by their first line
  const reconcileRest = async (): Promise<void> => {
    const rest: { id: string | undefined; groups: FileGroup[] | undefined; key: number }[] = [];
    for (const id of read.groups.subscriptionIds())
      if (id !== undefined || read.spill === undefined) {
        const groups = read.groups.take(id);
        rest.push({ id, groups, key: fileOrder(groups) });
      }
    rest.sort((a, b) => a.key - b.key);
    for (const left of rest) {
      const groups = left.groups ?? [];
      left.groups = undefined;
      await reconcileOne(left.id, undefined, groups, left.key);
    }
  };
  const { spill } = read;
  // in its place among the results, whichever worker is still busy with those before it
  const settleIssue = (issue: ReconcileSubscriptionIssue, key: number): void => {
    keys.set(seq, key);
    pool.settle({
      seq: seq++,
      findings: [{ finding: 'issue', ...issue }],
      comparison: NOTHING,
      labels: {},
      unverified: 0,
      refused: 0,
      problem: true,
      id: issue.subscriptionId,
      notes: [],
    });
  };
  try {
    const loose = [...read.groups.subscriptionIds()].includes(undefined);
    // past the memory budget, a subscription listed again is told partition by partition (its id
    // hashes to one), so no set of every id is held; a file of loose lines bills one: told here
    const unique = spill === undefined || loose;
    // each item's place in the list: a subscription listed again is one item whichever tells it
    let place = 0;
    for await (const batch of subscriptionsOf(resourcesOf(resources), loose, unique))
      for (const item of batch) {
        if ('issue' in item) {
          settleIssue(item.issue, place++);
          continue;
        }
        if (spill === undefined) await reconcileResource({ ...item, place: place++ });
        else spill.writeResource(shardOf(item.id, PARTITIONS), { ...item, place: place++ });
      }
    if (spill !== undefined)
      // the file past the memory budget: one partition of subscriptions in memory at a time
      for (let partition = 0; partition < PARTITIONS; partition++) {
        for (const held of spill.held(partition)) holdAgain(read, held);
        await read.readBack?.(partition);
        const seen = unique ? undefined : new Set<string>();
        for (const item of spill.resources(partition)) {
          if (seen?.has(item.id)) {
            const again = listedAgain(item.id, CLI_NAMES);
            if ('issue' in again) settleIssue(again.issue, item.place);
            continue;
          }
          seen?.add(item.id);
          await reconcileResource(item);
        }
        await reconcileRest();
      }
    if (spill !== undefined && read.groups.subscriptions > 0) {
      const loose = read.groups.take(undefined);
      await reconcileOne(undefined, undefined, loose, fileOrder(loose));
    }
    await reconcileRest();
    await pool.finish();
    // before the spill's folder goes with them
    if (writer !== undefined) runs?.merge((finding) => writer.write(finding));
  } finally {
    pool.stop();
    spill?.remove();
  }
  bar.clear();
  const summary = summaryOf(
    {
      file: run.file,
      gzip: text.gzip,
      lines: read.lines,
      otherColumns: read.otherColumns,
      window,
      period: run.period?.month,
      prices: run.prices === undefined ? OWN_PRICES : `--prices ${run.prices}`,
      priceRows: prices?.said,
      subscriptions: compared,
      refused,
      rowIssues: read.issues.length,
      rowsUnread: new Set(read.issues.map((issue) => issue.row)).size,
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
        spilled: spill !== undefined,
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
