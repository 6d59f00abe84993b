import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import {
  listedAgain,
  notAResource,
  resourceId,
} from '../../reconciliation/_internal/resourceItems.ts';
import type { ReconcileSubscriptionIssue } from '../../reconciliation/index.ts';
import { CLI_NAMES } from './names.ts';
import type { FinishRun, ReconResult } from './ReconResult.ts';
import type { JobResult } from './reconcileJob.ts';
import type { HeldItem, ReconState } from './reconShare.ts';
import { reconState } from './reconState.ts';
import { shareReplay } from './shareReplay.ts';

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
  const { groups, ids } = state.held;
  const replayOne = shareReplay(state.held, run);
  const { counts } = replayOne;
  // the first item of a subscription listed again is compared: a subscription is let go only
  // when its resource comes, and then kept in the numbers' table as taken
  ids.keepTaken();
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
      return replayOne.give(issueResult(issue), item.at);
    }
    if (ids.taken(id)) {
      const { issue } = listedAgain(id, CLI_NAMES) as { issue: ReconcileSubscriptionIssue };
      return replayOne.give(issueResult(issue), item.at);
    }
    const own = groups.take(id);
    const made = replayOne.one(
      id,
      resource as Readonly<Record<string, unknown>>,
      item.only ? [...own, ...groups.take(undefined)] : own,
      item.at,
      item.only,
    );
    // taken already when its tables let it go; else (no line of it) marked so
    ids.markTaken(id);
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
        const made = replayOne.one(left.id, undefined, of, left.key, false);
        if (made !== undefined) yield made;
      }
      // a share that compared nothing says nothing
      if (counts.compared > 0 || counts.results > 0) yield { kind: 'counts', counts };
    },
  };
}
