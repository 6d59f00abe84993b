import { partLists } from '../../kernel/partLists.ts';
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

/**
 * The lists of `usage --json` from every group's rows ({@link USAGE_LISTS}, WH-5), of any items:
 * the texts themselves, or what stands for them until they are written.
 *
 * @param rows - Every group's rows: a section, an order key, an item.
 * @returns Each list with its items, in the output's order.
 */
export function usageLists<Item>(
  rows: readonly { readonly section: string; readonly key: string; readonly item: Item }[],
): (readonly [section: string, items: readonly Item[]])[] {
  return partLists<string, Item>(rows, USAGE_LISTS);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The customers of every group put together as their rows come (one per `customerId`, named at
 * its lowest row, its money summed per currency): rows added in any order give the same customers.
 */
export interface CustomerSums {
  /** Adds a group's customer row. */
  add(row: PartRow): void;
  /** @returns The customers a row listed, by `customerId`. */
  customers(): UsageCustomer[];
}

/** @returns No customer yet ({@link CustomerSums}). */
export function customerSums(): CustomerSums {
  const of = new Map<
    string | null,
    { customer: UsageCustomer; row: number | null; listed: boolean }
  >();
  return {
    add(r) {
      const { customer, row, listed } = JSON.parse(r.item) as {
        customer: UsageCustomer;
        row: number | null;
        listed: boolean;
      };
      const known = of.get(customer.customerId);
      if (known === undefined) {
        of.set(customer.customerId, { customer, row, listed });
        return;
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
    },
    customers: () =>
      [...of.values()]
        .filter((c) => c.listed)
        .map((c) => c.customer)
        .sort((a, b) => compare(a.customerId ?? '', b.customerId ?? '')),
  };
}

/** The lists of `usage --json` and its summary, put together from every group's rows. */
export interface UsageWholeParts {
  /** Each list (in `usage --json`'s order) with its items, compact JSON text, in order. */
  readonly lists: readonly (readonly [section: string, items: readonly string[]])[];
  /** The file's summary with its customers. */
  readonly summary: Record<string, unknown>;
}

/**
 * The rows of every group and the file's summary put together: each list's items in the order of
 * their keys (items of one key in the order given: a group's own order); the customers summed.
 *
 * @param rows - Every group's rows (a group's in its order) and the summary's.
 * @param summary - The file's summary ({@link finishUsageSummary}).
 * @returns The lists and the summary.
 */
export function usageWholeParts(
  rows: readonly PartRow[],
  summary: Record<string, unknown>,
): UsageWholeParts {
  const lists = usageLists(rows);
  const customers = customerSums();
  for (const r of rows) if (r.section === 'customers') customers.add(r);
  return { lists, summary: { ...summary, customers: customers.customers() } };
}

/**
 * The rows of every group and the file's summary put together: `usage --json`'s text, compact
 * ({@link usageWholeParts}).
 *
 * @param rows - Every group's rows (a group's in its order) and the summary's.
 * @param summary - The file's summary ({@link finishUsageSummary}).
 * @returns The JSON text.
 */
export function usageWhole(rows: readonly PartRow[], summary: Record<string, unknown>): string {
  const whole = usageWholeParts(rows, summary);
  const lists = whole.lists.map(
    ([section, items]) => `${JSON.stringify(section)}:[${items.join(',')}]`,
  );
  return `{${lists.join(',')},"summary":${JSON.stringify(whole.summary)}}`;
}
