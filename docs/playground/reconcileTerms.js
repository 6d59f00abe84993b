// The terms panel of the Reconciliation tab (REC-5): the terms `reconcileSubscriptions` read each
// subscription in over the billing month, as it returns them — as the resource states it, rebuilt
// back (fetched after the month) or advanced by the rules (fetched before its end) — each with its
// seats, price and the price's source, the terms `subscription-rules reconcile --explain` prints.
// Nothing here works a term out: the page only sets beside each the rules' charges that open it.

/** The charge types that open a term: the purchase and a renewal. */
const OPENS = new Set(['new', 'renew']);

/** The first instant of a `YYYY-MM-DD` day (UTC), epoch ms. */
const dayMs = (day) => Date.parse(`${day}T00:00:00.000Z`);

/** The charges of the month that open a term, by subscription: the rules' side of each group. */
function openingCharges(found) {
  const charges = new Map();
  const add = (group, amounts) => {
    if (group.subscriptionId === null || !OPENS.has(group.chargeType.toLowerCase())) return;
    const key = group.subscriptionId.toLowerCase();
    if (!charges.has(key)) charges.set(key, []);
    charges.get(key).push({ ...group, amounts });
  };
  for (const match of found.matched) add(match, match.amounts);
  for (const difference of found.different) add(difference, difference.expected);
  for (const missing of found.missing) add(missing, missing.expected);
  return charges;
}

/**
 * The panel's rows: the library's terms of each subscription read otherwise than as fetched (a
 * subscription whose month holds its own term only is not listed, as `--explain` prints none),
 * each with the rules' charges that open it — those starting on its days.
 *
 * @param found - What `reconcileSubscriptions` found.
 * @returns `{ subscriptionId, ...term, charges }` per term, in the library's order.
 */
export function termRows(found) {
  const charges = openingCharges(found);
  const rows = [];
  for (const { subscriptionId, terms } of found.terms) {
    if (terms.every((term) => term.reading === 'as-read')) continue;
    const own = charges.get(subscriptionId.toLowerCase()) ?? [];
    for (const term of terms) {
      const from = dayMs(term.start.slice(0, 10));
      const end = term.end === null ? Number.POSITIVE_INFINITY : Date.parse(term.end);
      const opening = own.filter((charge) => {
        const ms = dayMs(charge.chargeStartDate);
        return ms >= from && ms < end;
      });
      rows.push({ subscriptionId, ...term, charges: opening });
    }
  }
  return rows;
}
