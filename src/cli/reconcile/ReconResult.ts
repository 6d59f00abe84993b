import type { CustomerCountries } from '../../reconciliation/_internal/customerCountries.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { PriceList } from '../../reconciliation/_internal/priceList.ts';
import type { JobContext, JobResult } from './reconcileJob.ts';

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
  /**
   * The countries each customer's rows name in the whole file (PL-7): a subscription with no line
   * of its own is priced in its customer's.
   */
  readonly countries: CustomerCountries;
  /** What every subscription is reconciled with (its window set). */
  readonly context: JobContext;
  /** `--explain`'s subscription, when asked. */
  readonly explain: string | undefined;
}
