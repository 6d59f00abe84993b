import { parseInstant } from '../../time/parseInstant.ts';
import { billed, chargeAt } from './machine/charges.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceChargeEffect } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * What Partner Center billed when the subscription was bought (CHG-1, REC-4): the first billing
 * period of its first term, at `orderedAt`, for the seats bought then. Creation returns a state,
 * not a result, so its charge is asked for here — of the state `createSubscription` returned, or
 * of one `fromPartnerCenterSubscription` read with a price. Decided: the seats counted are the
 * batch added when the first term began (the state as it stands: seats added later are charged
 * by their own `add-quantity`); a state past its first term, a trial (its conversion charges), an
 * ended state, a usage product and a state without a price give `[]`.
 *
 * @param subscription - A New Commerce state.
 * @returns The purchase's charge, or `[]`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for something that is not a New Commerce state.
 * @example
 * ```ts
 * import { createSubscription, purchaseCharges } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * purchaseCharges(sub).map((c) => [c.kind, c.amount.amount, c.periodEnd]);
 * //=> [['purchase', 12500, '2026-12-20T00:00:00.000Z']]
 * ```
 * @category New Commerce
 */
export function purchaseCharges(
  subscription: NewCommerceSubscription,
): readonly NewCommerceChargeEffect[] {
  readState(subscription);
  const s = subscription;
  if (!billed(s) || s.termStart !== s.orderedAt || s.termNumber !== 1) return [];
  let quantity = 0;
  for (const batch of s.seats) if (batch.addedAt === s.termStart) quantity += batch.quantity;
  if (quantity === 0) return [];
  const atMs = parseInstant(s.orderedAt, 'subscription.orderedAt');
  return [chargeAt(s, 'purchase', quantity, s.orderedAt, atMs)];
}
