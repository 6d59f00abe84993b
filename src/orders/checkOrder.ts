import type { MessageOptions } from '../messages/types.ts';
import { orderContext } from './_internal/orderContext.ts';
import { judgeOrder } from './judgeOrder.ts';
import type { CheckOrderOptions, Holding, Order, OrderCheck } from './types.ts';

/**
 * Checks an order before it is placed (ORD-1 … ORD-5): a purchase, or a new quantity, term or
 * billing frequency for a holding (`subscriptionId`), against the order constraints of the New
 * Commerce policy in force at `at` (or the one given) — the three-year minimums and billing
 * plans, the Business family's 300 seats, add-ons bounded by their base seats, trials. Every
 * constraint the order breaks is a refusal, in the policy's order, with its bound (`limit`) and
 * the order's value (`actual`); a change is refused by a bound only when it moves away from it
 * (ORD-4: 80 → 90 seats of a three-year term bought before its minimum is allowed). Windows are
 * not its business: `transition` decides those first (ORD-6). A policy without `orders` refuses
 * nothing; an offer the policy does not list is checked against nothing, and a note says so.
 *
 * @param order - The order: `{ offer, quantity, term, billingFrequency, trial?, subscriptionId? }`.
 * @param holdings - The customer's subscriptions (a New Commerce state with its `offerId` is one);
 *   `undefined` or `[]` for none.
 * @param options - `{ at }`, and `{ policy }`, `{ locale }` where wanted.
 * @returns `{ ok: true, policyId, notes }` or `{ ok: false, policyId, refusals, notes }`.
 * @throws {@link RuleError} `MISSING_FIELD` at `options.at`; `INVALID_ARGUMENT`, `MISSING_FIELD`
 *   or `INVALID_QUANTITY` at the order's or a holding's field (ORD-9); `INVALID_ARGUMENT` at
 *   `order.subscriptionId` for an id no holding has.
 * @example
 * ```ts
 * import { checkOrder } from 'subscription-rules';
 * const order = { offer: 'microsoft-365-e3', quantity: 99, term: 'P3Y', billingFrequency: 'annual' } as const;
 * const result = checkOrder(order, [], { at: '2026-11-20T10:00:00Z' });
 * result.ok ? [] : result.refusals.map((r) => [r.code, r.limit, r.actual, r.constraintId]);
 * //=> [['below-minimum', 100, 99, 'p3y-minimum-suites']]
 * ```
 * @category Orders
 */
export function checkOrder(
  order: Order,
  holdings: readonly Holding[] | undefined,
  options: CheckOrderOptions,
): OrderCheck {
  const { ms, policy } = orderContext(options);
  const locale: MessageOptions | undefined = options.locale === undefined ? undefined : options;
  return judgeOrder(order, holdings ?? [], ms, policy, locale, false);
}
