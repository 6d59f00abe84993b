import type { MessageOptions, Promotion } from '../../index.ts';
import type { FileDecimal } from '../../kernel/fileDecimal.ts';
import type { EstBaseFlag } from '../estBaseFlag.ts';
import type { BillingMonth } from '../monthFlag.ts';
import type { PriceChoice } from './priceChoice.ts';

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
  readonly period?: BillingMonth | undefined;
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
