import type { MessageOptions } from '../../index.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { PriceList } from '../../reconciliation/_internal/priceList.ts';
import type { PriceChoice } from './priceChoice.ts';
import type { WorkerContext } from './workerContext.ts';

/** What the reconcile job is made from, in this thread or a worker's: plain data. */
export interface ReconcileSetup {
  /** What every subscription is reconciled with, its locale by tag (its window set at the end). */
  readonly context: WorkerContext;
  /** Whether each subscription's `UnitPrice` is kept (without `--prices`). */
  readonly withPrices: boolean;
  /** `--prices` and `--market`/`--segment`: read again by a worker. */
  readonly prices: { readonly path: string; readonly choice: PriceChoice } | undefined;
  /**
   * Whether the rows' customers and countries are gathered (PL-7): only `--prices` of several
   * markets without `--market` prices a subscription by its customer's country.
   */
  readonly byCountry?: boolean | undefined;
  /** `--period`'s days; `undefined`: the file's own. */
  readonly period: FileWindow | undefined;
  /**
   * The file's own days when they were counted before the run (`--engine duckdb`, whose groups
   * the engine is handed with no row to see): `days.window`, `undefined` when none is billed.
   * Absent: the engine's facts, every row seen.
   */
  readonly days?: { readonly window: FileWindow | undefined } | undefined;
  /**
   * The countries each customer's rows name, when they were counted before the run (`--engine
   * duckdb`, with `--prices`), as `[customer, countries]` entries (`CustomerCountries`'). Absent:
   * the engine's facts, every row seen.
   */
  readonly countries?: readonly (readonly [string, string[]])[] | undefined;
  /** `--explain`'s subscription (one thread). */
  readonly explain: string | undefined;
}

/** What the reading thread already has, so it is not made again: the list read, the locale. */
export interface ReconcileHere {
  /** `--prices`, read. */
  readonly prices: PriceList | undefined;
  /** `--locale`, as the command read it. */
  readonly options: MessageOptions;
}
