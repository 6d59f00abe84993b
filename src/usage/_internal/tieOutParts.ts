import type { TieOut } from '../../invoices/types.ts';
import { loose } from '../../kernel/columnIndex.ts';
import type { UsageReconciler } from '../resultTypes.ts';

/** What a usage-aware tie-out holds beside its lines' tie-out (INV-3). */
export interface Beside {
  readonly lines: TieOut;
  readonly usage: UsageReconciler | null;
  readonly at: string | undefined;
  /** The usage lines' reconciliation rows by number, for USG-4 at `finish` (with usage only). */
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

/** The columns that say whether a reconciliation row is a usage line, compared loosely (REC-4). */
const METER = new Set(['meterdescription', 'meterid']);

/**
 * Whether a reconciliation row may be one of the usage lines USG-4 checks, so a usage-aware
 * tie-out keeps it (INV-3's state): a row carrying a `MeterDescription` or `MeterId`, a
 * `customerCredit` line, or a row of a file with neither column (only the usage file can then say
 * which products are usage). A row of a file with the meter columns that leaves both empty is a
 * licence-based or one-time line, and is not kept. (Decided where the rules are silent: Partner
 * Center's reconciliation file prints a meter on each usage line, so in such a file the product
 * rule adds no line; a tie-out that kept every row for it would hold the whole file.)
 *
 * @param row - The row, keyed by the file's header.
 * @returns Whether it is kept.
 */
export function mayBeUsage(row: Readonly<Record<string, unknown>>): boolean {
  let meterColumn = false;
  for (const key in row) {
    if (!Object.hasOwn(row, key)) continue;
    const name = loose(key);
    if (METER.has(name)) {
      meterColumn = true;
      const value = row[key];
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
        return true;
    } else if (name === 'chargetype') {
      const value = row[key];
      if (typeof value === 'string' && value.trim().toLowerCase() === 'customercredit') return true;
    }
  }
  return !meterColumn;
}
