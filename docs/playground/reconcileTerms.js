// The terms panel of the Reconciliation tab (REC-5): the subscriptions whose billing month the
// rules bill from a term other than the one their resource states — a renewal before it (the
// resource fetched after the month: the term rebuilt back) or after it (fetched before the month
// ends: advanced by the rules) — each term with the charge that opens it in the month and where
// its price comes from, the terms `subscription-rules reconcile --explain` lists. The library's
// result gives the charges; their start against the resource's own says how each term was read.

/** The charge types that open a term: the purchase and a renewal. */
const OPENS = new Set(['new', 'renew']);

/** The UTC day of an instant, `YYYY-MM-DD`; `undefined` for one that is not. */
function dayOf(text) {
  const ms = typeof text === 'string' ? Date.parse(text) : Number.NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

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
 * The terms of the month read otherwise than as fetched, with the term as read beside them.
 *
 * @param found - What `reconcileSubscriptions` found.
 * @param resources - The resources given.
 * @param priced - Whether a price list was given: it prices every term at its start (PL-4), else
 *   the file's own `UnitPrice` does.
 * @returns The terms in time order per subscription: `{ subscriptionId, read: 'as-read' |
 *   'rebuilt' | 'advanced', start, renewal (true, false, or undefined when the resource does not
 *   say), charges (the groups opening it in the month), priceFrom: 'list' | 'file' }`.
 */
export function monthTerms(found, resources, priced) {
  const charges = openingCharges(found);
  const priceFrom = priced ? 'list' : 'file';
  const terms = [];
  for (const resource of resources) {
    if (typeof resource?.id !== 'string') continue;
    const own = charges.get(resource.id.toLowerCase());
    const start = dayOf(resource.effectiveStartDate);
    if (own === undefined || start === undefined || own.every((c) => c.chargeStartDate === start))
      continue;
    const created = dayOf(resource.creationDate);
    // one term a start, with every group that opens it (a renewal's seats may be two groups)
    const opening = (day) => own.filter((c) => c.chargeStartDate === day);
    const asRead = opening(start);
    const rows = [...new Set(own.map((c) => c.chargeStartDate))]
      .filter((day) => day !== start)
      .map((day) => ({
        subscriptionId: resource.id,
        read: day < start ? 'rebuilt' : 'advanced',
        start: day,
        renewal: opening(day).some((c) => c.chargeType.toLowerCase() === 'renew'),
        charges: opening(day),
        priceFrom,
      }));
    rows.push({
      subscriptionId: resource.id,
      read: 'as-read',
      start,
      // a term that starts after the purchase's day is a renewal; without creationDate, the file says
      renewal:
        created !== undefined
          ? start > created
          : asRead.length === 0
            ? undefined
            : asRead.some((c) => c.chargeType.toLowerCase() === 'renew'),
      charges: asRead,
      priceFrom,
    });
    terms.push(...rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)));
  }
  return terms;
}
