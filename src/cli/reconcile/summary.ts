import type { MessageOptions } from '../../index.ts';
import type { CustomerTotal } from '../../reconciliation/_internal/customerTotals.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { AtStake, Tally } from '../../reconciliation/_internal/tally.ts';
import { table } from '../table.ts';
import { dayText } from './days.ts';
import { SUMMARY_LABELS, type SummaryLabelId, summaryLabels } from './summaryLabels.ts';

const count = (n: number): string => n.toLocaleString('en-US');

/** What `prices` says when the file's own prices were taken (no `--prices`). */
export const OWN_PRICES: string = SUMMARY_LABELS.en.ownPrices;

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
  /**
   * The checks not run for a column no line has (REC-3: an export made with `attributeSet`
   * `basic` leaves columns out), each by that column: `UnitPrice` (the file's own prices, without
   * `--prices`), `EffectiveUnitPrice` (its printing note); none is ever a finding. `basic` is
   * added when the export's manifest says its attribute set was `basic`.
   */
  readonly notChecked: readonly ('UnitPrice' | 'EffectiveUnitPrice' | 'basic')[];
  /**
   * Of a folder of the Graph export's blobs, each blob (its path under the folder) and the rows its
   * lines are: a finding names a line by its row, its lines numbered across the blobs in name
   * order as one file's sheet rows would be (the first blob's first line is row 2), so a row is
   * found again as a blob and its line (`lines 1 to 2 are rows 2 to 3`). Absent for a file.
   */
  readonly blobs?: readonly {
    readonly blob: string;
    readonly lines: number;
    readonly first: number;
    readonly last: number;
  }[];
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
  /**
   * What read and grouped the file (`--engine`): `default`, the command's own streaming reader;
   * `duckdb`, DuckDB's (a file DuckDB's reader splits otherwise is read by the default one, and
   * says `default` here).
   */
  readonly engine: 'default' | 'duckdb';
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
  /**
   * The bound of the JavaScript heap the run worked in, in MiB (`v8.getHeapStatistics()`): about
   * half `--memory` plus the young generation, when the command ran in its own bounded process.
   */
  readonly heapLimitMiB: number;
}

/** The summary's counts, from the run's tally and what it met on the way. */
export function summaryOf(
  read: {
    readonly file: string;
    readonly gzip: boolean;
    readonly lines: number;
    readonly otherColumns: readonly string[];
    readonly notChecked: ReconcileSummary['notChecked'];
    readonly blobs?: ReconcileSummary['blobs'];
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
    notChecked: read.notChecked,
    ...(read.blobs === undefined ? {} : { blobs: read.blobs }),
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
 * never one figure across currencies; its labels and fixed words in the `{ locale }` of `options`
 * (MSG-1).
 *
 * @param s - The summary.
 * @param options - `--locale`.
 * @returns Its lines.
 */
export function summaryText(s: ReconcileSummary, options: MessageOptions = {}): string {
  const say = summaryLabels(options);
  const plural = (n: number, one: SummaryLabelId, many: SummaryLabelId): string =>
    say(n === 1 ? one : many, { n: count(n) });
  const groups = (n: number): string => plural(n, 'group', 'groups');
  const days = s.days === null ? '' : say('days', { first: s.days.first, last: s.days.last });
  const name = (customer: CustomerTotal): string =>
    customer.customerName === null && customer.customerId === null
      ? say('noCustomer')
      : customerName(customer);
  const rows: string[][] = [
    [
      say('file'),
      `${s.file}${s.gzip ? ' (gzip)' : ''}: ${plural(s.lines, 'line', 'lines')}${s.days === null || s.period !== null ? '' : `, ${days}`}`,
    ],
    ...(s.days === null
      ? []
      : [
          [
            say('period'),
            s.period === null
              ? say('assumed', { days })
              : say('periodDays', { period: s.period, days }),
          ],
        ]),
    [say('subscriptions'), count(s.subscriptions)],
    [say('prices'), s.prices === OWN_PRICES ? say('ownPrices') : s.prices],
    ...(s.priceRows === undefined ? [] : [[say('priceRows'), s.priceRows]]),
    [
      say('matched'),
      `${groups(s.matched)}${s.notes === 0 ? '' : say('notes', { n: count(s.notes) })}`,
    ],
    [say('different'), groups(s.different)],
    [say('missing'), groups(s.missing)],
    [say('unexpected'), groups(s.unexpected)],
    [say('refused'), plural(s.refused, 'refusedOne', 'refusedMany')],
    [
      say('issues'),
      `${say('unread', { rows: plural(s.rowsUnread, 'row', 'rows') })}${s.rowIssues === s.rowsUnread ? '' : say('issueCount', { issues: plural(s.rowIssues, 'issue', 'issueMany') })}, ${say('notInFull', { subscriptions: plural(s.subscriptionIssues, 'subscription', 'subscriptionMany') })}${s.unverified === 0 ? '' : say('unverified', { groups: groups(s.unverified) })}`,
    ],
    ...(s.atStake.length === 0
      ? [[say('atStake'), say('nothing')]]
      : s.atStake.map((stake, i) => [
          i === 0 ? say('atStake') : '',
          stake.net.startsWith('-')
            ? say('billedLess', {
                amount: `${stake.amount} ${stake.currency}`,
                net: `${stake.net.slice(1)} ${stake.currency}`,
              })
            : say('billedMore', {
                amount: `${stake.amount} ${stake.currency}`,
                net: `${stake.net} ${stake.currency}`,
              }),
        ])),
    ...s.customers.flatMap((customer, i) =>
      customer.atStake.map((stake, j) => [
        i === 0 && j === 0 ? say('perCustomer') : '',
        `${j === 0 ? name(customer) : ''.padEnd(name(customer).length)}  ${stake.amount} ${stake.currency}`,
      ]),
    ),
    ...s.replayNotes.map((note, i) => [
      i === 0 ? say('replay') : '',
      `${note.subscriptionId === undefined ? '' : `${note.subscriptionId}: `}${note.message}`,
    ]),
    ...(s.blobs ?? []).map((blob, i) => [
      i === 0 ? say('blobs') : '',
      say('blobRows', {
        blob: blob.blob,
        lines: count(blob.lines),
        first: count(blob.first),
        last: count(blob.last),
      }),
    ]),
    ...s.notChecked.map((check, i) => [
      i === 0 ? say('notChecked') : '',
      say(
        check === 'UnitPrice'
          ? 'notCheckedPrice'
          : check === 'EffectiveUnitPrice'
            ? 'notCheckedEup'
            : 'basicExport',
      ),
    ]),
    ...(s.hidden === undefined
      ? []
      : [
          [
            say('listed'),
            say('hidden', {
              findings: plural(s.hidden.findings, 'finding', 'findings'),
              below: s.hidden.below,
            }),
          ],
        ]),
    [say('result'), s.exitCode === 0 ? say('allMatched') : say('differencesFound')],
  ];
  return table(rows, '');
}
