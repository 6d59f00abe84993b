/**
 * The Azure plan a line or an invoice row lies in (the warehouse's group): its `SubscriptionId`
 * in lower case, `''` when it has none (null, blank or the text `null`). Every finding, PEC day,
 * note, credit and invoice key of the usage check lies inside one plan, so a plan's lines are
 * finished on their own and give the same findings as the whole file does.
 *
 * @param subscriptionId - The `SubscriptionId` cell, as read or as printed.
 * @returns The plan's key.
 */
export function planOf(subscriptionId: unknown): string {
  if (typeof subscriptionId !== 'string') return '';
  const text = subscriptionId.trim();
  return text.toLowerCase() === 'null' ? '' : text.toLowerCase();
}
