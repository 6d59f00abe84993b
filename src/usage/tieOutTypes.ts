import type {
  TieOut,
  TieOutConstraints,
  TieOutOptions,
  TieOutResult,
  TieOutResults,
} from '../invoices/types.ts';
import type { Money } from '../pricing/money.ts';
import type {
  UsageFinding,
  UsageMatch,
  UsageReconcileResult,
  UsageReconciler,
} from './resultTypes.ts';

/**
 * The daily usage of one (invoice number, currency) against the invoice's usage lines (INV-3,
 * USG-4): beside the tie-out, never in its residual.
 *
 * @category Invoices
 */
export interface TieOutUsage {
  /** Usage groups matched (their difference inside the band). */
  readonly matched: number;
  /** Σ the matches' rounding (invoice − days), signed: rounding never counted in the residual. */
  readonly rounding: Money;
  /** Usage groups past their band. */
  readonly different: number;
  /** Daily lines without an invoice usage line. */
  readonly missing: number;
  /** Invoice usage lines without daily lines. */
  readonly unexpected: number;
  /** The matches. */
  readonly matches: readonly UsageMatch[];
  /** The `different`, `missing` and `unexpected` findings. */
  readonly findings: readonly UsageFinding[];
}

/**
 * One (invoice number, currency) tied out, with its daily usage when `usageRows` were given
 * (INV-3).
 *
 * @category Invoices
 */
export interface UsageTieOutResult extends TieOutResult {
  /** The daily usage against this invoice's usage lines; absent without `usageRows`. */
  readonly usage?: TieOutUsage;
}

/**
 * What `tieOut` returns (INV-3): the tie-out, and with `usageRows` the usage reconciliation.
 *
 * @category Invoices
 */
export interface UsageTieOutResults extends TieOutResults {
  /** One result per (invoice number, currency), each with its usage when given. */
  readonly results: readonly UsageTieOutResult[];
  /** The whole usage reconciliation (USG-4's check against these rows); absent without usage. */
  readonly usage?: UsageReconcileResult;
}

/**
 * Options of `tieOut` (INV-3).
 *
 * @category Invoices
 */
export interface UsageTieOutOptions extends TieOutOptions {
  /**
   * The daily rated usage file's rows (as `reconcileUsage` takes them): USG-4's check of the
   * days against the invoice's usage lines, shown beside each result, never in its residual.
   *
   * @defaultValue none: usage not checked
   */
  readonly usageRows?: readonly unknown[] | undefined;
  /**
   * The instant the usage file was fetched, as `reconcileUsage` takes it.
   *
   * @defaultValue none
   */
  readonly at?: string | undefined;
}

/**
 * Options of `createTieOut` (INV-3).
 *
 * @category Invoices
 */
export interface UsageTieOutConstraints extends TieOutConstraints {
  /**
   * Whether daily usage is observed too (`observeUsage`): the tie-out then keeps the
   * reconciliation rows that may be usage lines for USG-4's check at `finish` — rows with a meter,
   * `customerCredit` lines, every row of a file without meter columns; never the licence-based
   * lines of a file that has them — and folds the daily lines into a usage reconciler's state,
   * per group.
   *
   * @defaultValue `false`
   */
  readonly usage?: boolean | undefined;
  /** The instant the usage file was fetched, as `reconcileUsage` takes it. */
  readonly at?: string | undefined;
}

/**
 * A tie-out fed a row at a time, with daily usage (INV-3).
 *
 * @category Invoices
 */
export interface UsageTieOut extends TieOut {
  /**
   * Adds one daily usage line, as `readUsageLine` reads it (a tie-out made with `usage: true`).
   *
   * @param line - The line read.
   */
  observeUsage(line: Parameters<UsageReconciler['observe']>[0]): void;
  /**
   * Ties the rows observed out against the invoices, with the usage beside each result.
   *
   * @param invoices - The Invoice resources (or `parseInvoice`'s values).
   * @param options - `locale`.
   * @returns The results.
   */
  finish(invoices: readonly unknown[], options?: TieOutOptions): UsageTieOutResults;
}
