/**
 * subscription-rules/schemas: zod/mini schemas and `parseX` functions for JSON from outside
 * (ERR-2). Import from here at the edges of a service — an HTTP handler, a queue consumer, a
 * CLI file — and hand the parsed, canonical `value` to the pure functions of the root entry, which
 * stays free of zod. Each schema is built on first use.
 *
 * @module subscription-rules/schemas
 */

export type { Canonical, CanonicalField } from './Canonical.ts';
export { customerSchema } from './customerSchema.ts';
export { customTermEndDatesInputSchema } from './customTermEndDatesInputSchema.ts';
export { downloadLinkSchema } from './downloadLinkSchema.ts';
export { eventSchema } from './eventSchema.ts';
export { holdingsSchema } from './holdingsSchema.ts';
export { invoiceLineSchema } from './invoiceLineSchema.ts';
export { invoiceSchema } from './invoiceSchema.ts';
export { moneySchema } from './moneySchema.ts';
export { newCommerceChargeEffectSchema } from './newCommerceChargeEffectSchema.ts';
export { newCommerceCreditEffectSchema } from './newCommerceCreditEffectSchema.ts';
export { offerSchema } from './offerSchema.ts';
export { orderSchema } from './orderSchema.ts';
export type { ParseIssue, ParseResult } from './ParseResult.ts';
export { parseCustomer } from './parseCustomer.ts';
export { parseCustomTermEndDatesInput } from './parseCustomTermEndDatesInput.ts';
export { parseDownloadLink } from './parseDownloadLink.ts';
export { parseEvent } from './parseEvent.ts';
export { parseHoldings } from './parseHoldings.ts';
export { parseInvoice } from './parseInvoice.ts';
export { parseInvoiceLine } from './parseInvoiceLine.ts';
export { parseMoney } from './parseMoney.ts';
export { parseNewCommerceEffect } from './parseNewCommerceEffect.ts';
export { parseOffer } from './parseOffer.ts';
export { parseOrder } from './parseOrder.ts';
export { parsePartnerCenterSubscription } from './parsePartnerCenterSubscription.ts';
export { parsePolicy } from './parsePolicy.ts';
export { parsePromotion } from './parsePromotion.ts';
export { parsePurchase } from './parsePurchase.ts';
export { parseQuoteInput } from './parseQuoteInput.ts';
export { parseRefundHistory } from './parseRefundHistory.ts';
export { parseReservation } from './parseReservation.ts';
export { parseSavingsPlan } from './parseSavingsPlan.ts';
export { parseSubscription } from './parseSubscription.ts';
export { parseSubscriptionInput } from './parseSubscriptionInput.ts';
export { parseSupportRequest } from './parseSupportRequest.ts';
export { parseUpgradeRequest } from './parseUpgradeRequest.ts';
export { partnerCenterSubscriptionSchema } from './partnerCenterSubscriptionSchema.ts';
export { policySchema } from './policySchema.ts';
export { promotionSchema } from './promotionSchema.ts';
export { purchaseSchema } from './purchaseSchema.ts';
export { quoteInputSchema } from './quoteInputSchema.ts';
export { refundHistorySchema } from './refundHistorySchema.ts';
export { reservationSchema } from './reservationSchema.ts';
export type {
  SupportRequest,
  SupportRequestContact,
  SupportRequestDomain,
  SupportRequestProblemType,
  SupportRequestTenant,
} from './SupportRequest.ts';
export { savingsPlanSchema } from './savingsPlanSchema.ts';
export { subscriptionInputSchema } from './subscriptionInputSchema.ts';
export { subscriptionSchema } from './subscriptionSchema.ts';
export { supportRequestSchema } from './supportRequestSchema.ts';
export { upgradeRequestSchema } from './upgradeRequestSchema.ts';
