/**
 * subscription-rules/arbitraries: fast-check generators of valid, varied inputs for your own
 * property tests — instants, money, tax rates, markets written every way people write them,
 * purchases, offers, customers, lifecycle events, subscriptions in every reachable status,
 * policies, and Azure reservations with a customer's earlier refunds. fast-check is an optional
 * peer dependency: install it (`npm i -D fast-check`) to use this entry; the root entry never
 * loads it.
 *
 * Every arbitrary takes an optional constraints object whose defaults are documented with each
 * property, and checks it: bad constraints throw a `RuleError` naming the field.
 *
 * @module subscription-rules/arbitraries
 */

export { type CustomerConstraints, customer } from './customer.ts';
export { type HoldingsConstraints, holdings } from './holdings.ts';
export { type InstantConstraints, instant } from './instant.ts';
export type { MarketConstraints, MarketForm } from './MarketConstraints.ts';
export { market } from './market.ts';
export { type MoneyConstraints, money } from './money.ts';
export {
  type NewCommerceHistory,
  type NewCommerceHistoryConstraints,
  newCommerceHistory,
} from './newCommerceHistory.ts';
export { type OfferConstraints, offer } from './offer.ts';
export { type OrderConstraints, order } from './order.ts';
export {
  type PartnerCenterSubscriptionConstraints,
  partnerCenterSubscription,
} from './partnerCenterSubscription.ts';
export { type PolicyConstraints, policy } from './policy.ts';
export {
  type PriceListFiles,
  type PriceListFilesConstraints,
  priceListFiles,
} from './priceListFiles.ts';
export {
  type PromotionResourceConstraints,
  promotionResource,
} from './promotionResource.ts';
export { type PurchaseConstraints, purchase } from './purchase.ts';
export {
  type ReconciliationQuirk,
  type ReconciliationRows,
  type ReconciliationRowsConstraints,
  reconciliationRows,
} from './reconciliationRows.ts';
export { type RefundHistoryConstraints, refundHistory } from './refundHistory.ts';
export { type ReservationConstraints, reservation } from './reservation.ts';
export { type SubscriptionConstraints, subscription } from './subscription.ts';
export { type SubscriptionEventConstraints, subscriptionEvent } from './subscriptionEvent.ts';
export { type TaxRateConstraints, taxRate } from './taxRate.ts';
