import { committedPrice } from '../../reconciliation/_internal/committedPrice.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import type { PriceFound, PriceList } from '../../reconciliation/_internal/priceList.ts';
import {
  listedAgain,
  notAResource,
  resourceId,
} from '../../reconciliation/_internal/resourceItems.ts';
import { termPrices } from '../../reconciliation/_internal/termPrices.ts';
import type { ReconcileSubscriptionIssue } from '../../reconciliation/index.ts';
import { explanation } from './explanation.ts';
import { CLI_NAMES } from './names.ts';
import {
  type JobContext,
  type JobResult,
  type ReconcileJob,
  reconcileJob,
} from './reconcileJob.ts';
import { type HeldItem, type ReconState, reconState } from './reconState.ts';

/**
 * One result of a share of `reconcile` (REC-3), plain data: an item of `--subscriptions` that is
 * not JSON (the command then says the list's first fault as one thread reads it), a row's issue,
 * a subscription's or an item's result at its key, or the counts of the subscriptions that found
 * nothing (a matched subscription says nothing to the output but its counts).
 */
export type ReconResult =
  | { readonly kind: 'unreadable'; readonly at: number }
  | { readonly kind: 'issue'; readonly row: number; readonly issue: FileRowIssue }
  | {
      readonly kind: 'result';
      /** Its place in the output: its item's place in the list, or past them, its first row. */
      readonly key: number;
      readonly result: JobResult;
      /** `--explain`'s text, for its subscription. */
      readonly explained?: string | undefined;
    }
  | { readonly kind: 'counts'; readonly counts: QuietCounts };

/** The subscriptions of a share that found nothing, counted, and how many were compared. */
export interface QuietCounts {
  /** How many subscriptions were compared (replayed). */
  compared: number;
  /** How many results found nothing. */
  results: number;
  /** Their groups matched. */
  matched: number;
  /** Of those, the groups with notes. */
  noted: number;
  /** Their groups left uncompared. */
  unverified: number;
  /** Their refused changes. */
  refused: number;
  /** How many could not be replayed in full. */
  problems: number;
}

/** What a share's subscriptions are replayed with. */
export interface FinishRun {
  /** The days replayed: `--period`'s, or the whole file's. */
  readonly window: FileWindow | undefined;
  /** `--prices`, read; `undefined`: each subscription's own `UnitPrice` in the file. */
  readonly prices: PriceList | undefined;
  /** What every subscription is reconciled with (its window set). */
  readonly context: JobContext;
  /** `--explain`'s subscription, when asked. */
  readonly explain: string | undefined;
}

/** A result that compares nothing: a resource listed twice, or unreadable. */
const NOTHING = { matched: [], different: [], missing: [], unexpected: [] };

/**
 * Where a subscription of the file without a resource goes in the output: past every item of
 * `--subscriptions`, at its first line's row.
 */
const FILE_ORDER = 2 ** 50;

/** The key of a subscription of the file without a resource: its first line read. */
function fileOrder(groups: readonly FileGroup[]): number {
  let first = Number.MAX_SAFE_INTEGER - FILE_ORDER;
  for (const group of groups) first = Math.min(first, group.rows[0] ?? first);
  return FILE_ORDER + first;
}

/** The result of an issue of `--subscriptions` (an item that is no resource, one listed again). */
function issueResult(issue: ReconcileSubscriptionIssue): JobResult {
  return {
    seq: 0,
    findings: [{ finding: 'issue', ...issue }],
    comparison: NOTHING,
    labels: {},
    unverified: 0,
    refused: 0,
    problem: true,
    id: issue.subscriptionId,
    notes: [],
  };
}

/** Whether a result says nothing to the output but its counts. */
function quiet(result: JobResult): boolean {
  const { comparison } = result;
  return (
    result.findings.length === 0 &&
    result.notes.length === 0 &&
    comparison.different.length === 0 &&
    comparison.missing.length === 0 &&
    comparison.unexpected.length === 0
  );
}

/** A share of `reconcile` finishing: its items replayed as they come, the rest at its end. */
export interface ReconFinish {
  /**
   * Replays one item of the share's subscriptions now (its rows whole), keeping only what it
   * says; after an item that is not JSON, the items that follow are not replayed.
   *
   * @param item - The item, in the list's order.
   */
  item(item: HeldItem): void;
  /**
   * The share's results, in the command's order: the rows' issues by row, what the items
   * replayed so far said, then `items` replayed, the subscriptions of the file left without a
   * resource, and the counts of the subscriptions that found nothing.
   *
   * @param items - The items still held as texts (any order), replayed now.
   * @returns The results, in order.
   */
  end(items: HeldItem[]): Generator<ReconResult>;
}

/**
 * A share of `reconcile` finished (REC-3): every group whole, each item of `--subscriptions` it
 * holds replayed against its subscription's groups in the list's order — as each comes when the
 * share is told its rows are whole (`item`: its text dropped at once, only its result kept, and a
 * quiet one only counted), or the items held at its end (an item that is no resource, or a
 * subscription listed again, an issue in its place) — then the subscriptions of the file left
 * without a resource (unexpected) by their first line — each through `reconcileJob`, as one
 * thread reconciles it. Its results come in the command's order (`ReconResult`'s kinds in turn,
 * each by its key): the rows' issues by row, the results by key, then one count of the
 * subscriptions that found nothing — but for an item that is not JSON, which ends the share's
 * results at once (out of that order: the command, whose results past `--memory` wait on disk in
 * sorted runs, fails on it before it writes a finding).
 *
 * @param given - The share's state (emptied as it finishes).
 * @param run - The window, the prices, the context.
 * @returns The share, finishing.
 */
export function reconFinish(given: ReconState, run: FinishRun): ReconFinish {
  const state = reconState.settled(given);
  const { window, prices, context } = run;
  const { groups, unread, labels, unitPrices, seats } = state.held;
  const counts: QuietCounts = {
    compared: 0,
    results: 0,
    matched: 0,
    noted: 0,
    unverified: 0,
    refused: 0,
    problems: 0,
  };
  let onlyOne = false;
  const priceOf = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>>,
    of: readonly FileGroup[],
  ): PriceFound => {
    const currency = of.find((group) => group.currency !== undefined)?.currency;
    // its market: its first line's CustomerCountry, unless --market overrides it (PL-7)
    const country = (labels.get(id) ?? (onlyOne ? labels.get(undefined) : undefined))
      ?.customerCountry;
    if (prices !== undefined) return prices.priceOf(id ?? '', resource, currency, country);
    // the lines without SubscriptionId are the only resource's
    const row = unitPrices.get(id) ?? (onlyOne ? unitPrices.get(undefined) : undefined);
    return row === undefined
      ? { missing: `the file prints no UnitPrice for it: ${CLI_NAMES.givePrices}` }
      : { price: row };
  };
  // the rows that cannot be read of a subscription (and of the lines without one, when it has them)
  const unreadOf = (id: string | undefined): number[] | undefined => {
    const rows = unread.get(id);
    const loose = onlyOne && id !== undefined ? unread.get(undefined) : undefined;
    return loose === undefined ? rows : [...(rows ?? []), ...loose];
  };
  /** A result at its key: a quiet one counted, any other handed on. */
  const give = (result: JobResult, key: number, explained?: string): ReconResult | undefined => {
    if (explained === undefined && quiet(result)) {
      counts.results++;
      counts.matched += result.comparison.matched.length;
      for (const match of result.comparison.matched) if (match.notes.length > 0) counts.noted++;
      counts.unverified += result.unverified;
      counts.refused += result.refused;
      if (result.problem) counts.problems++;
      return undefined;
    }
    const { outcome: _, ...plain } = result;
    return { kind: 'result', key, result: plain, explained };
  };
  const reconcileOne = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    of: readonly FileGroup[],
    key: number,
  ): ReconResult | undefined => {
    if (window === undefined && of.length === 0) return undefined;
    counts.compared++;
    const job: ReconcileJob = {
      seq: 0,
      id,
      resource,
      groups: of,
      price: resource === undefined ? { missing: '' } : priceOf(id, resource, of),
      // the terms read back or forward to the month, priced by the file's UnitPrice for them or the list at their starts (REC-5)
      termPrices:
        resource === undefined
          ? undefined
          : termPrices(
              resource,
              window,
              of,
              prices === undefined ? undefined : (term) => priceOf(id, term, of),
            ),
      // what an Extended Service Term's remedy sets its price against (REC-6)
      committedPrice:
        resource === undefined || prices === undefined
          ? undefined
          : committedPrice(resource, (term) => priceOf(id, term, of)),
      unreadRows: unreadOf(id),
      fileSeats: seats.of(id) ?? (onlyOne ? seats.of(undefined) : undefined),
      labels: labels.get(id) ?? (onlyOne ? labels.get(undefined) : undefined) ?? {},
    };
    const unreadRows = unread.get(id);
    if (id !== undefined) {
      labels.delete(id);
      unitPrices.delete(id);
      unread.delete(id);
      seats.take(id);
    }
    if (run.explain !== undefined && id === run.explain) {
      const result = reconcileJob(job, context, true);
      const explained =
        result.outcome === undefined
          ? undefined
          : explanation(id, resource, of, result.outcome, unreadRows, context.tag);
      return give(result, key, explained ?? '');
    }
    return give(reconcileJob(job, context), key);
  };
  // the first item of a subscription listed again is compared
  const seen = new Set<string>();
  /** One item replayed: its result, if it says anything. */
  const replay = (item: HeldItem): ReconResult | undefined => {
    // parsed one at a time, as replayed: a share's resources are never all parsed at once
    let resource: unknown;
    try {
      resource = JSON.parse(item.text);
    } catch {
      // the run fails on the list's first fault, said as one thread reads the list: nothing
      // else of this share is said (its results so far wait on disk, in the command's order)
      return { kind: 'unreadable', at: item.at };
    }
    const id = resourceId(resource);
    if (id === undefined) {
      const { issue } = notAResource(item.at, CLI_NAMES) as { issue: ReconcileSubscriptionIssue };
      return give(issueResult(issue), item.at);
    }
    if (seen.has(id)) {
      const { issue } = listedAgain(id, CLI_NAMES) as { issue: ReconcileSubscriptionIssue };
      return give(issueResult(issue), item.at);
    }
    seen.add(id);
    onlyOne = item.only;
    const own = groups.take(id);
    const made = reconcileOne(
      id,
      resource as Readonly<Record<string, unknown>>,
      item.only ? [...own, ...groups.take(undefined)] : own,
      item.at,
    );
    onlyOne = false;
    return made;
  };
  // what the items replayed as they came said, in the list's order; after one not JSON, nothing
  const said: ReconResult[] = [];
  let stopped = false;
  return {
    item(item) {
      if (stopped) return;
      const made = replay(item);
      if (made === undefined) return;
      said.push(made);
      stopped = made.kind === 'unreadable';
    },
    *end(items) {
      const issues = state.issues.sort((a, b) => a[1].row - b[1].row);
      for (const [, issue] of issues) yield { kind: 'issue', row: issue.row, issue };
      issues.length = 0;
      for (const made of said.splice(0)) yield made;
      if (stopped) return;
      for (const item of items.sort((a, b) => a.at - b.at)) {
        const made = replay(item);
        if (made !== undefined) yield made;
        if (made?.kind === 'unreadable') return;
      }
      items.length = 0;
      // the subscriptions of the file left without a resource: unexpected, by their first line
      const rest: { id: string | undefined; groups: FileGroup[] | undefined; key: number }[] = [];
      for (const id of groups.subscriptionIds()) {
        const taken = groups.take(id);
        rest.push({ id, groups: taken, key: fileOrder(taken) });
      }
      rest.sort((a, b) => a.key - b.key);
      for (const left of rest) {
        const of = left.groups ?? [];
        left.groups = undefined;
        const made = reconcileOne(left.id, undefined, of, left.key);
        if (made !== undefined) yield made;
      }
      // a share that compared nothing says nothing
      if (counts.compared > 0 || counts.results > 0) yield { kind: 'counts', counts };
    },
  };
}
