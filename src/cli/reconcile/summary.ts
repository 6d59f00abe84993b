import type { CustomerTotal } from '../../reconciliation/_internal/customerTotals.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { AtStake, Tally } from '../../reconciliation/_internal/tally.ts';
import { table } from '../table.ts';
import { dayText } from './days.ts';

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/** A customer as the summary names it: its name, and its id when the file gives both. */
function customerName(customer: CustomerTotal): string {
  if (customer.customerName === null) return customer.customerId ?? 'no customer named';
  return customer.customerId === null
    ? customer.customerName
    : `${customer.customerName} (${customer.customerId.slice(0, 8)})`;
}

/** What a run read and found, as `--json` ends with it. */
export interface ReconcileSummary {
  readonly file: string;
  readonly gzip: boolean;
  readonly lines: number;
  /** The file's columns the comparison does not read, each once, as the file names them. */
  readonly otherColumns: readonly string[];
  /**
   * The days replayed, `YYYY-MM-DD`, both included: the billing month of `--period`, else the
   * file's own first and last days; `null` for a file without lines and no `--period`.
   */
  readonly days: { readonly first: string; readonly last: string } | null;
  /** `--period`'s month, or `null` when the days were the file's own, assumed. */
  readonly period: string | null;
  /** Subscriptions compared: in the file, in `--subscriptions`, or both. */
  readonly subscriptions: number;
  /** Where the prices came from. */
  readonly prices: string;
  /**
   * Which of the price list's rows priced the subscriptions, when it held several markets or
   * segments (`market DE (of AT, DE), segment Commercial (of Commercial, Education)`).
   */
  readonly priceRows?: string;
  readonly matched: number;
  readonly different: number;
  readonly missing: number;
  readonly unexpected: number;
  /** Matched groups printing `EffectiveUnitPrice` otherwise (notes, not differences). */
  readonly notes: number;
  /** The file's changes the rules refuse. */
  readonly refused: number;
  /** The issues of the rows that could not be read: one per cell at fault. */
  readonly rowIssues: number;
  /** The rows that could not be read, each counted once however many of its cells are at fault. */
  readonly rowsUnread: number;
  /**
   * Subscriptions not replayed in full: no resource or price, a resource the reader refuses (their
   * groups are unexpected), a group of a change that nets no whole seats, or listed twice.
   */
  readonly subscriptionIssues: number;
  /**
   * The groups left uncompared because a row of their subscription cannot be read: neither
   * matched nor different, never money at stake.
   */
  readonly unverified: number;
  /** The money at stake by currency. */
  readonly atStake: readonly AtStake[];
  /** The money at stake per customer (the customers with any), by name. */
  readonly customers: readonly CustomerTotal[];
  /**
   * What the replay took otherwise than a resource says, and why (a resource fetched after a
   * later seat change): not findings, but what a person should know the replay did.
   */
  readonly replayNotes: readonly { readonly subscriptionId?: string; readonly message: string }[];
  /**
   * With `--min-at-stake`: the amount, and how many findings putting less at stake were not
   * listed (every count and total above includes them).
   */
  readonly hidden?: { readonly below: string; readonly findings: number };
  /** 0: everything matched; 1: something differs. */
  readonly exitCode: 0 | 1;
  /**
   * How the run went, not what it found (so two runs of one file differ here alone): the engine
   * that read the file, the worker threads, the memory budget and whether the groups passed it,
   * the wall time and the process's peak memory (its maxRSS).
   */
  readonly run: ReconcileRunFacts;
}

/** How a run of `reconcile` went (REC-3). */
export interface ReconcileRunFacts {
  /** What read and grouped the file: `default`, the command's own streaming reader. */
  readonly engine: 'default';
  /** `--workers`: the threads the subscriptions were reconciled by (1: the main thread). */
  readonly workers: number;
  /** `--memory`, in bytes; `null` without a budget. */
  readonly memoryBudget: number | null;
  /** Whether the groups passed the budget and were reconciled from disk, a partition at a time. */
  readonly spilled: boolean;
  /** From the start of the command to the summary, in milliseconds. */
  readonly wallMs: number;
  /** The process's peak resident memory so far (`process.resourceUsage().maxRSS`), in MiB. */
  readonly peakMemoryMiB: number;
}

/** The summary's counts, from the run's tally and what it met on the way. */
export function summaryOf(
  read: {
    readonly file: string;
    readonly gzip: boolean;
    readonly lines: number;
    readonly otherColumns: readonly string[];
    readonly window: FileWindow | undefined;
    readonly period: string | undefined;
    readonly prices: string;
    readonly priceRows?: string | undefined;
    readonly subscriptions: number;
    readonly refused: number;
    readonly rowIssues: number;
    readonly rowsUnread: number;
    readonly subscriptionIssues: number;
    readonly unverified: number;
    readonly customers: readonly CustomerTotal[];
    readonly replayNotes: readonly { readonly subscriptionId?: string; readonly message: string }[];
    readonly hidden: { readonly below: string; readonly findings: number } | undefined;
    readonly run: ReconcileRunFacts;
  },
  found: Tally,
): ReconcileSummary {
  const { matched, different, missing, unexpected, notes } = found.counts;
  const clean =
    different + missing + unexpected + read.refused + read.rowIssues + read.subscriptionIssues ===
    0;
  return {
    file: read.file,
    gzip: read.gzip,
    lines: read.lines,
    otherColumns: read.otherColumns,
    days:
      read.window === undefined
        ? null
        : { first: dayText(read.window.firstDay), last: dayText(read.window.lastDay) },
    period: read.period ?? null,
    subscriptions: read.subscriptions,
    prices: read.prices,
    ...(read.priceRows === undefined ? {} : { priceRows: read.priceRows }),
    matched,
    different,
    missing,
    unexpected,
    notes,
    refused: read.refused,
    rowIssues: read.rowIssues,
    rowsUnread: read.rowsUnread,
    subscriptionIssues: read.subscriptionIssues,
    unverified: read.unverified,
    atStake: found.atStake(),
    customers: read.customers,
    replayNotes: read.replayNotes,
    ...(read.hidden === undefined ? {} : { hidden: read.hidden }),
    exitCode: clean ? 0 : 1,
    run: read.run,
  };
}

/**
 * The summary for people (REC-3): lines read, subscriptions, groups matched, differing, missing
 * and unexpected, the changes the rules refuse, the issues, and the money at stake per currency —
 * never one figure across currencies.
 *
 * @param s - The summary.
 * @returns Its lines.
 */
export function summaryText(s: ReconcileSummary): string {
  const rows: string[][] = [
    [
      'file',
      `${s.file}${s.gzip ? ' (gzip)' : ''}: ${plural(s.lines, 'line', 'lines')}${s.days === null || s.period !== null ? '' : `, ${s.days.first} to ${s.days.last}`}`,
    ],
    ...(s.days === null
      ? []
      : [
          [
            'period',
            s.period === null
              ? `${s.days.first} to ${s.days.last}: the file's first and last days, assumed (no --period)`
              : `${s.period}: ${s.days.first} to ${s.days.last} (--period)`,
          ],
        ]),
    ['subscriptions', count(s.subscriptions)],
    ['prices', s.prices],
    ...(s.priceRows === undefined ? [] : [['price rows', s.priceRows]]),
    [
      'matched',
      `${plural(s.matched, 'group', 'groups')}${s.notes === 0 ? '' : ` (${count(s.notes)} printing EffectiveUnitPrice otherwise: notes)`}`,
    ],
    ['different', plural(s.different, 'group', 'groups')],
    ['missing', plural(s.missing, 'group', 'groups')],
    ['unexpected', plural(s.unexpected, 'group', 'groups')],
    ['refused', plural(s.refused, 'change the rules refuse', 'changes the rules refuse')],
    [
      'issues',
      `${plural(s.rowsUnread, 'row', 'rows')} unread${s.rowIssues === s.rowsUnread ? '' : ` (${plural(s.rowIssues, 'issue', 'issues')})`}, ${plural(s.subscriptionIssues, 'subscription', 'subscriptions')} not replayed in full${s.unverified === 0 ? '' : ` (${plural(s.unverified, 'group', 'groups')} unverified)`}`,
    ],
    ...(s.atStake.length === 0
      ? [['at stake', 'nothing']]
      : s.atStake.map((stake, i) => [
          i === 0 ? 'at stake' : '',
          `${stake.amount} ${stake.currency} (billed ${stake.net.startsWith('-') ? `${stake.net.slice(1)} ${stake.currency} less` : `${stake.net} ${stake.currency} more`} than the rules, net)`,
        ])),
    ...s.customers.flatMap((customer, i) =>
      customer.atStake.map((stake, j) => [
        i === 0 && j === 0 ? 'per customer' : '',
        `${j === 0 ? customerName(customer) : ''.padEnd(customerName(customer).length)}  ${stake.amount} ${stake.currency}`,
      ]),
    ),
    ...s.replayNotes.map((note, i) => [
      i === 0 ? 'replay' : '',
      `${note.subscriptionId === undefined ? '' : `${note.subscriptionId}: `}${note.message}`,
    ]),
    ...(s.hidden === undefined
      ? []
      : [
          [
            'listed',
            `${plural(s.hidden.findings, 'finding', 'findings')} under ${s.hidden.below} at stake not listed (--min-at-stake), all counted above`,
          ],
        ]),
    ['result', s.exitCode === 0 ? 'everything matched (exit 0)' : 'differences found (exit 1)'],
  ];
  return table(rows, '');
}
