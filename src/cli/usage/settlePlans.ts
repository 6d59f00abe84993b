import type { PlanInvoices } from './planInvoices.ts';
import type { PlansCensus, PlansGiven } from './usagePieces.ts';

/**
 * What each worker finishes its own Azure plans with (`usage --workers`, USG-7, WH-4), from every
 * share's census once the rows end: the plans it alone holds a piece of (a plan whose lines are in
 * several shares, the reading thread's among them, is merged and finished by the reading thread,
 * as is a plan of invoice rows only), the whole file's facts — PEC seen anywhere, the usage file's
 * products, the invoice numbers given — and those plans' invoice rows with their numbers.
 *
 * @param censuses - Each worker's census in order, then the reading thread's.
 * @param invoices - The invoice files' rows by plan ({@link planInvoices}): each plan a worker
 *   takes deleted, so the reading thread lets its rows go; `null`: none given.
 * @returns What each worker is given, in the workers' order.
 */
export function settlePlans(
  censuses: readonly PlansCensus[],
  invoices: PlanInvoices | null,
): PlansGiven[] {
  const shares = new Map<string, number>();
  let pecSeen = false;
  const products = new Set<string>();
  for (const census of censuses) {
    for (const plan of census.plans) shares.set(plan, (shares.get(plan) ?? 0) + 1);
    pecSeen ||= census.pecSeen;
    for (const product of census.products) products.add(product);
  }
  const given = invoices === null ? [] : [...invoices.given];
  return censuses.slice(0, -1).map((census) => {
    const plans = census.plans.filter((plan) => shares.get(plan) === 1).sort();
    const rows: [string, object[], number[]][] = [];
    for (const plan of plans) {
      const own = invoices?.reconOf.get(plan);
      if (own === undefined) continue;
      rows.push([plan, own.rows, own.numbers]);
      invoices?.reconOf.delete(plan);
    }
    return {
      plans,
      pecSeen,
      products: [...products],
      given,
      invoice: invoices !== null,
      recon: rows,
    };
  });
}
