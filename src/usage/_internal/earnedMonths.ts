/**
 * Each `earned` set's last month and currency by entitlement, beside it: an entitlement's lines
 * mostly earn in one month and one currency, so a line finds its key there and makes no text;
 * only a month or currency new to the entitlement builds the key. A key is never taken out of a
 * set but by `clear`, which {@link forgetEarned} follows.
 */
const lastEarned = new WeakMap<
  Set<string>,
  Map<string | null, { month: string; currency: string; plan: string }>
>();

/**
 * Adds `[entitlementId, month, currency, plan]` (as JSON) to `earned` (USG-3), the month the first seven
 * characters of `usageDate`: the key built only when the entitlement's last one differs.
 *
 * @param earned - A state's set of entitlements, months and currencies that earned PEC.
 * @param entitlementId - The line's entitlement.
 * @param usageDate - Its day (`YYYY-MM-DD`).
 * @param currency - Its billing currency.
 * @param plan - Its Azure plan ({@link planOf}): an entitlement's months lie inside one plan.
 */
export function addEarned(
  earned: Set<string>,
  entitlementId: string | null,
  usageDate: string,
  currency: string,
  plan: string,
): void {
  let byEntitlement = lastEarned.get(earned);
  if (byEntitlement === undefined) {
    byEntitlement = new Map();
    lastEarned.set(earned, byEntitlement);
  }
  const last = byEntitlement.get(entitlementId);
  if (
    last !== undefined &&
    last.currency === currency &&
    last.plan === plan &&
    usageDate.startsWith(last.month)
  )
    return;
  const month = usageDate.slice(0, 7);
  earned.add(JSON.stringify([entitlementId, month, currency, plan]));
  // the set's own copies of the texts: a cell's text is a slice of its chunk
  const [id, ownMonth, ownCurrency, ownPlan] = JSON.parse(
    JSON.stringify([entitlementId, month, currency, plan]),
  );
  byEntitlement.set(id, { month: ownMonth, currency: ownCurrency, plan: ownPlan });
}

/**
 * Forgets what {@link addEarned} knows of `earned`, when the set is emptied.
 *
 * @param earned - A set being cleared.
 */
export function forgetEarned(earned: Set<string>): void {
  lastEarned.delete(earned);
}
