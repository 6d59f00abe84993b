import type { UsageCustomer } from '../resultTypes.ts';
import type { PartRow } from './usagePartOrder.ts';
import { sumAtStake, sumMoney } from './usageSummary.ts';

/** The lists of `usage --json`, in its order. */
export const USAGE_LISTS: readonly string[] = [
  'findings',
  'matched',
  'notes',
  'credits',
  'late',
  'issues',
];

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The customers of every group put together: one per `customerId`, named at its lowest row, its
 * money summed per currency.
 */
function customersOf(rows: readonly PartRow[]): UsageCustomer[] {
  const of = new Map<
    string | null,
    { customer: UsageCustomer; row: number | null; listed: boolean }
  >();
  for (const r of rows) {
    const { customer, row, listed } = JSON.parse(r.item) as {
      customer: UsageCustomer;
      row: number | null;
      listed: boolean;
    };
    const known = of.get(customer.customerId);
    if (known === undefined) {
      of.set(customer.customerId, { customer, row, listed });
      continue;
    }
    const named = row !== null && (known.row === null || row < known.row);
    of.set(customer.customerId, {
      customer: {
        customerId: customer.customerId,
        customerName: named ? customer.customerName : known.customer.customerName,
        atStake: sumAtStake(known.customer.atStake, customer.atStake),
        creditUsed: sumMoney(known.customer.creditUsed, customer.creditUsed),
      },
      row: named ? row : known.row,
      listed: listed || known.listed,
    });
  }
  return [...of.values()]
    .filter((c) => c.listed)
    .map((c) => c.customer)
    .sort((a, b) => compare(a.customerId ?? '', b.customerId ?? ''));
}

/**
 * The rows of every group and the file's summary put together: `usage --json`'s text, compact.
 * Each list's rows in the order of their keys (rows of one key in the order given: a group's
 * own order); the customers summed.
 *
 * @param rows - Every group's rows (a group's in its order) and the summary's.
 * @param summary - The file's summary ({@link finishUsageSummary}).
 * @returns The JSON text.
 */
export function usageWhole(rows: readonly PartRow[], summary: Record<string, unknown>): string {
  const lists = USAGE_LISTS.map((section) => {
    const items = rows
      .filter((r) => r.section === section)
      .map((r, i) => ({ r, i }))
      .sort((a, b) => compare(a.r.key, b.r.key) || a.i - b.i)
      .map(({ r }) => r.item);
    return `${JSON.stringify(section)}:[${items.join(',')}]`;
  });
  const customers = customersOf(rows.filter((r) => r.section === 'customers'));
  const whole = JSON.stringify({ ...summary, customers });
  return `{${lists.join(',')},"summary":${whole}}`;
}
