import type { ReconcileCustomerTotal } from '../replayTypes.ts';
import type { FindingLabels } from './FindingLabels.ts';
import { type TalliedComparison, type Tally, tally } from './tally.ts';

/** The money one customer's findings put at stake, per currency. */
export type CustomerTotal = ReconcileCustomerTotal;

/**
 * The money at stake per customer (REC-3): each subscription's comparison counted under its
 * customer, as the file names it (`CustomerId`, `CustomerName`), so the summary can hand each
 * customer's part to whoever looks after it; a file naming no customer has no such totals.
 *
 * @returns The totals, empty.
 */
export function customerTotals(): {
  add(labels: FindingLabels, comparison: TalliedComparison): void;
  totals(): CustomerTotal[];
} {
  const byCustomer = new Map<string, { labels: FindingLabels; found: Tally }>();
  return {
    add(labels, comparison) {
      // only a customer with something at stake is listed: one that matched is not held at all
      if (
        comparison.different.length === 0 &&
        comparison.missing.length === 0 &&
        comparison.unexpected.length === 0
      )
        return;
      const key = `${labels.customerId ?? ''}\n${labels.customerName ?? ''}`;
      let held = byCustomer.get(key);
      if (held === undefined) {
        held = { labels, found: tally() };
        byCustomer.set(key, held);
      }
      held.found.add(comparison);
    },
    totals() {
      return [...byCustomer.values()]
        .map(({ labels, found }) => ({
          customerId: labels.customerId ?? null,
          customerName: labels.customerName ?? null,
          atStake: found.atStake(),
        }))
        .filter(
          (total) =>
            total.atStake.length > 0 && (total.customerId !== null || total.customerName !== null),
        )
        .sort((a, b) =>
          (a.customerName ?? a.customerId ?? '').localeCompare(
            b.customerName ?? b.customerId ?? '',
            'en',
          ),
        );
    },
  };
}
