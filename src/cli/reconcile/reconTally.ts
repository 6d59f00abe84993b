import { decimalText, type FileDecimal } from '../../kernel/fileDecimal.ts';
import {
  type CustomerTotal,
  customerTotals,
} from '../../reconciliation/_internal/customerTotals.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { ReadReconcileOptions } from '../../reconciliation/_internal/readReconcileOptions.ts';
import { rowIssueText } from '../../reconciliation/_internal/rowIssueText.ts';
import { stakeOf } from '../../reconciliation/_internal/stakeOf.ts';
import { tally } from '../../reconciliation/_internal/tally.ts';
import type { Finding } from './Finding.ts';
import type { ReconResult } from './ReconResult.ts';
import type { JobResult } from './reconcileJob.ts';
import type { summaryOf } from './summary.ts';

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

/** Whether the money a finding puts at stake, without its sign, is less than `least`. */
function below(stake: FileDecimal, least: FileDecimal): boolean {
  const size = BigInt(stake.units) < 0n ? -BigInt(stake.units) : BigInt(stake.units);
  const scale = Math.max(stake.scale, least.scale);
  const a = size * 10n ** BigInt(scale - stake.scale);
  const b = BigInt(least.units) * 10n ** BigInt(scale - least.scale);
  return a < b;
}

/** What the summary says of the results, once every one was taken. */
export type TalliedResults = Pick<
  Parameters<typeof summaryOf>[0],
  | 'subscriptions'
  | 'refused'
  | 'rowIssues'
  | 'rowsUnread'
  | 'subscriptionIssues'
  | 'unverified'
  | 'customers'
  | 'replayNotes'
  | 'hidden'
>;

/** `reconcile`'s results as they come, in the output's order. */
export interface ReconTally {
  /** Takes one result: its findings written, what it says counted. */
  each(result: ReconResult): void;
  /** The first item of `--subscriptions` a share could not parse, when one could not. */
  readonly unreadable: number | undefined;
  /** `--explain`'s text, once its subscription's result came. */
  readonly explained: string | undefined;
  /** The matches, differences and gaps, for the summary's counts and exit code. */
  readonly found: ReturnType<typeof tally>;
  /** What the summary says of the results. */
  results(): TalliedResults;
}

/**
 * The results of `reconcile`'s shares taken in the output's order (REC-3): each finding written
 * (unless it puts less than `--min-at-stake` at stake: counted as hidden), each row's issue in its
 * language, the counts of the subscriptions that found nothing added up, the customers totalled,
 * the replay's notes kept by their place in the output. After an item of `--subscriptions` that is
 * not JSON, nothing more is taken: the command fails on it.
 *
 * @param texts - The run's language's texts (the row issues' sentences).
 * @param minAtStake - `--min-at-stake`, when given.
 * @param write - Writes a finding (`undefined`: the findings are not asked for).
 * @returns The tally.
 */
export function reconTally(
  texts: ReadReconcileOptions['texts'],
  minAtStake: FileDecimal | undefined,
  write: (finding: Finding) => void,
): ReconTally {
  const found = tally();
  const customers = customerTotals();
  let compared = 0;
  let refused = 0;
  let subscriptionIssues = 0;
  let unverified = 0;
  let hidden = 0;
  let rowIssues = 0;
  let unreadable: number | undefined;
  let explained: string | undefined;
  const rowsUnread = new Set<number>();
  const replayNotes: { key: number; note: { subscriptionId?: string; message: string } }[] = [];
  const shown = (finding: Finding): void => {
    const stake = minAtStake === undefined ? undefined : stakeOf(finding);
    if (stake !== undefined && minAtStake !== undefined && below(stake, minAtStake)) hidden++;
    else write(finding);
  };
  const take = (result: JobResult, key: number): void => {
    found.add(result.comparison);
    unverified += result.unverified;
    refused += result.refused;
    customers.add(result.labels, result.comparison);
    for (const finding of result.findings) shown(finding);
    for (const message of result.notes)
      replayNotes.push({
        key,
        note: { ...(result.id === undefined ? {} : { subscriptionId: result.id }), message },
      });
    if (result.problem) subscriptionIssues++;
  };
  const issue = (said: FileRowIssue): void => {
    rowIssues++;
    // a row of a shape at fault (a column named twice, another width) is read nonetheless
    if (said.values === undefined) rowsUnread.add(said.row);
    shown({ finding: 'issue', ...rowIssueText(texts.issues, said) });
  };
  return {
    get unreadable() {
      return unreadable;
    },
    get explained() {
      return explained;
    },
    found,
    each(result) {
      if (result.kind === 'unreadable') unreadable ??= result.at;
      if (unreadable !== undefined) return;
      if (result.kind === 'issue') issue(result.issue);
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
    },
    results() {
      return {
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
          minAtStake === undefined
            ? undefined
            : { below: decimalText(minAtStake), findings: hidden },
      };
    },
  };
}
