import type { TieOut } from '../../invoices/types.ts';
import type { UsageReconciler } from '../resultTypes.ts';

/** What a usage-aware tie-out holds beside its lines' tie-out (INV-3). */
export interface Beside {
  readonly lines: TieOut;
  readonly usage: UsageReconciler | null;
  readonly at: string | undefined;
  /** The usage lines' reconciliation rows by their number, for USG-4 at `finish` (with usage only). */
  readonly rows: Map<number, Readonly<Record<string, unknown>>>;
  last: number;
}

/** Each tie-out's own parts, out of its callers' reach: `merge` takes another's from here. */
export const parts: WeakMap<TieOut, Beside> = new WeakMap();

/**
 * How many reconciliation rows a usage-aware tie-out holds for USG-4 (INV-3's state), for tests
 * and budgets: `0` for one made without usage.
 *
 * @param tie - A tie-out of `createTieOut`.
 * @returns The rows kept.
 */
export function usageRowsKept(tie: TieOut): number {
  return parts.get(tie)?.rows.size ?? 0;
}
