/**
 * subscription-rules: the commerce rules of Microsoft Partner Center's CSP program as pure
 * functions over plain data.
 *
 * @module subscription-rules
 */

export { can } from './access/can.ts';
export { rolesFor } from './access/rolesFor.ts';
export { isRuleError } from './errors/isRuleError.ts';
export { RuleError, type RuleIssue } from './errors/RuleError.ts';
export { RuleErrorCode } from './errors/RuleErrorCode.ts';
export type { ActionDescription, AllowedCancelOutcome } from './lifecycle/ActionDescription.ts';
export { type Access, access } from './lifecycle/access.ts';
export { advance } from './lifecycle/advance.ts';
export { allowedActions } from './lifecycle/allowedActions.ts';
export { createSubscription } from './lifecycle/createSubscription.ts';
export type {
  AllowedAction,
  CancelAction,
  ChangeQuantityAction,
  ReactivateAction,
  SetAutoRenewAction,
  SuspendAction,
} from './lifecycle/legacy/allowedActionTypes.ts';
export type {
  ActiveSubscription,
  Advanced,
  CancelEvent,
  CancellationScheduledEffect,
  ChangeQuantityEvent,
  CreditEffect,
  Deadline,
  DeadlineType,
  Effect,
  EndedSubscription,
  ReactivateEvent,
  RefusalCode,
  SetAutoRenewEvent,
  Subscription,
  SubscriptionEvent,
  SubscriptionFields,
  SubscriptionInput,
  SubscriptionProduct,
  SubscriptionStatus,
  SuspendEvent,
  SuspendedSubscription,
  Suspension,
  TransitionAccepted,
  TransitionRefused,
  TransitionResult,
  TrialSubscription,
} from './lifecycle/legacy/types.ts';
export type {
  NewCommerceAllowedAction,
  NewCommerceCancelAction,
  NewCommerceChangeBillingFrequencyAction,
  NewCommerceChangeQuantityAction,
  NewCommerceChangeTermAction,
  NewCommerceReactivateAction,
  NewCommerceScheduleRenewalAction,
  NewCommerceSetAutoRenewAction,
  NewCommerceSetEndOfTermAction,
  NewCommerceSuspendAction,
  NewCommerceUpgradeAction,
} from './lifecycle/newCommerce/allowedActionTypes.ts';
export { chargesBetween } from './lifecycle/newCommerce/chargesBetween.ts';
export { customTermEndDates } from './lifecycle/newCommerce/customTermEndDates.ts';
export type {
  ChangeBillingFrequencyEvent,
  ChangeTermEvent,
  NewCommerceCancelEvent,
  NewCommerceChangeQuantityEvent,
  NewCommerceDeadline,
  NewCommerceDeadlineType,
  NewCommerceEvent,
  NewCommerceReactivateEvent,
  NewCommerceSetAutoRenewEvent,
  NewCommerceSuspendEvent,
  ScheduleRenewalEvent,
  SetEndOfTermEvent,
} from './lifecycle/newCommerce/eventTypes.ts';
export { extendedServiceTermEligible } from './lifecycle/newCommerce/extendedServiceTermEligible.ts';
export { extendedServiceTermPrice } from './lifecycle/newCommerce/extendedServiceTermPrice.ts';
export { nextCharge } from './lifecycle/newCommerce/nextCharge.ts';
export { purchaseCharges } from './lifecycle/newCommerce/purchaseCharges.ts';
export { refundableQuantity } from './lifecycle/newCommerce/refundableQuantity.ts';
export {
  type RenewalForecast,
  type RenewalForecastEntry,
  type RenewalForecastOptions,
  renewalForecast,
} from './lifecycle/newCommerce/renewalForecast.ts';
export type {
  CustomTermEndDate,
  CustomTermEndDatesInput,
  ExtendedServiceTermEligibility,
  ExtendedServiceTermReason,
  NewCommerceAdvanced,
  NewCommerceCancellationScheduledEffect,
  NewCommerceChargeEffect,
  NewCommerceChargeKind,
  NewCommerceCreditEffect,
  NewCommerceCreditKind,
  NewCommerceEffect,
  NewCommerceRefusalCode,
  NewCommerceTransitionAccepted,
  NewCommerceTransitionRefused,
  NewCommerceTransitionResult,
  NewCommerceUpgraded,
  NewCommerceUpgradeRequest,
  NewCommerceUpgradeResult,
  NewCommerceUpgradeTarget,
  NewCommerceWarning,
  RefundableQuantity,
} from './lifecycle/newCommerce/resultTypes.ts';
export type {
  EndOfSale,
  EndOfTermAction,
  ExtendedServiceTerm,
  ExtendedServiceTermBase,
  NewCommerceActionOptions,
  NewCommerceEndedSubscription,
  NewCommerceFields,
  NewCommercePlan,
  NewCommerceRunningSubscription,
  NewCommerceStatus,
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
  NewCommerceSubscriptionProduct,
  NewCommerceTrialInput,
  NewCommerceTrialSubscription,
  PendingBillingFrequency,
  PromotionNote,
  ScheduledRenewal,
  SeatBatch,
} from './lifecycle/newCommerce/types.ts';
export { upgrade } from './lifecycle/newCommerce/upgrade.ts';
export { nextDeadline } from './lifecycle/nextDeadline.ts';
export { transition } from './lifecycle/transition.ts';
export type { IsoCountryCode } from './markets/IsoCountryCode.ts';
export type { MarketCode } from './markets/MarketCode.ts';
export { marketName } from './markets/marketName.ts';
export { resolveMarket } from './markets/resolveMarket.ts';
export { toIsoCountry } from './markets/toIsoCountry.ts';
export { tryResolveMarket } from './markets/tryResolveMarket.ts';
export type { ErrorMessages } from './messages/ErrorMessages.ts';
export type { ActionMessageId } from './messages/en/actions.ts';
export type { LifecycleMessageId } from './messages/en/lifecycle.ts';
export type { MidTermMessageId } from './messages/en/newCommerce/midTerm.ts';
export type { PriceMessageId } from './messages/en/newCommerce/prices.ts';
export type { OfferMessageId } from './messages/en/offers.ts';
export type { OrderMessageId } from './messages/en/orders.ts';
export type { RefundMessageId } from './messages/en/refunds.ts';
export type { ReservationMessageId } from './messages/en/reservations.ts';
export type { ResourceMessageId } from './messages/en/resource.ts';
export type { SoftwareMessageId } from './messages/en/software.ts';
export { formatMessage } from './messages/formatMessage.ts';
export type {
  LegacyMessageId,
  MessageId,
  NewCommerceMessageId,
} from './messages/MessageId.ts';
export type {
  AnyLocale,
  Locale,
  LocaleMessages,
  LocaleWords,
  Message,
  MessageOptions,
  MessageParams,
  MessageValue,
  MessageWord,
  RuleErrorFields,
} from './messages/types.ts';
export { filterOffers } from './offers/filterOffers.ts';
export { isAvailableInMarket } from './offers/isAvailableInMarket.ts';
export { offerAvailability } from './offers/offerAvailability.ts';
export type {
  Customer,
  CustomerSegment,
  CustomerSubscription,
  Offer,
  OfferAvailability,
  OfferAvailabilityInput,
  OfferBillingType,
  OfferCategory,
  OfferFilters,
  OfferPublisher,
  OfferReason,
  OfferReasonCode,
} from './offers/types.ts';
export { unavailableMarkets } from './offers/unavailableMarkets.ts';
export { checkOrder } from './orders/checkOrder.ts';
export type {
  CheckOrderOptions,
  Holding,
  HoldingStatus,
  HoldingsOptions,
  Order,
  OrderCheck,
  OrderNote,
  OrderRefusal,
  OrderRefusalCode,
} from './orders/types.ts';
export {
  fromPartnerCenterSubscription,
  type PartnerCenterReading,
} from './partnerCenter/fromPartnerCenterSubscription.ts';
export type {
  PartnerCenterReadOptions,
  PriceListRow,
} from './partnerCenter/PartnerCenterReadOptions.ts';
export type {
  PartnerCenterNote,
  PartnerCenterSubscription,
} from './partnerCenter/PartnerCenterSubscription.ts';
export {
  type PartnerCenterPatch,
  toPartnerCenterPatch,
} from './partnerCenter/toPartnerCenterPatch.ts';
export { definePolicy } from './policy/definePolicy.ts';
export type {
  AddOnConstraint,
  BillingConstraint,
  FamilyCapConstraint,
  OrderConstraint,
  OrderConstraintBase,
  OrderProduct,
  OrderRules,
  QuantityConstraint,
  TermsConstraint,
  TrialConstraint,
} from './policy/orderTypes.ts';
export type { PolicyOptions } from './policy/PolicyOptions.ts';
export { partnerCenterPolicies } from './policy/partnerCenterPolicies.ts';
export { type PolicyOf, type ProgramOptions, policyAt } from './policy/policyAt.ts';
export type {
  Action,
  BillingCycle,
  CancellationByBillingCycle,
  CancellationRule,
  DownloadLinkLimits,
  ExtendedServiceTermRules,
  FixedCancellation,
  LegacyPolicy,
  MidTermFrequencyChange,
  NewCommerceCancellationRule,
  NewCommercePolicy,
  NewCommercePolicyProducts,
  NewCommerceProductRules,
  Policy,
  PolicyCalendarDays,
  PolicyDays,
  PolicyDuration,
  PolicyHours,
  PolicyProducts,
  PolicyRoles,
  PolicySource,
  Product,
  ProductFamily,
  ProductRules,
  ReservationRefundLimit,
  Role,
  SuspensionReason,
  TermWindowCancellation,
  WindowCancellation,
} from './policy/types.ts';
export type { BillingFrequency } from './policy/vocabulary/billingFrequencies.ts';
export type { NewCommerceTermProduct } from './policy/vocabulary/newCommerceBilling.ts';
export type { NewCommerceProduct } from './policy/vocabulary/newCommerceProducts.ts';
export type { NewCommerceTerm } from './policy/vocabulary/newCommerceTerms.ts';
export type { Program } from './policy/vocabulary/programs.ts';
export { overlayPriceList } from './prices/overlayPriceList.ts';
export { type PeriodPriceRow, periodPrice } from './prices/periodPrice.ts';
export { priceAt } from './prices/priceAt.ts';
export { readPriceList } from './prices/readPriceList.ts';
export type {
  AppliedPromotion,
  PriceAtResult,
  PriceBillingPlan,
  PriceFrom,
  PriceKey,
  PriceList,
  PriceListIssue,
  PriceListOptions,
  PriceRow,
  PriceStateKey,
  PriceTermDuration,
  Promotion,
  PromotionOptions,
  PromotionPricingPolicy,
  PromotionProduct,
} from './prices/types.ts';
export { allocate } from './pricing/allocate.ts';
export type { CurrencyCode } from './pricing/CurrencyCode.ts';
export { formatMoney } from './pricing/formatMoney.ts';
export { type Money, money } from './pricing/money.ts';
export { priceIncludesTax } from './pricing/priceIncludesTax.ts';
export { type ProrateConstraints, type ProrationPeriod, prorate } from './pricing/prorate.ts';
export { type Quote, type QuoteInput, quote } from './pricing/quote.ts';
export type { RoundingMode } from './pricing/RoundingMode.ts';
export { sumMoney } from './pricing/sumMoney.ts';
export type { TaxRate } from './pricing/TaxRate.ts';
export { cancellationDecision } from './refunds/cancellationDecision.ts';
export type {
  LegacyPurchase,
  NewCommercePerpetualPurchase,
  NewCommercePurchase,
  NewCommercePurchaseBase,
  NewCommerceSubscriptionFields,
  NewCommerceSubscriptionPurchase,
  NewCommerceUsagePurchase,
  Purchase,
} from './refunds/Purchase.ts';
export type {
  CancelAtRenewalDecision,
  CancellationDecision,
  CancellationOutcome,
  DecisionBase,
  FullCreditDecision,
  LegacyCancellationDecision,
  NewCommerceCancellationDecision,
  NoRefundDecision,
  NotCancellableDecision,
  ProratedCreditDecision,
  SupportRequestDecision,
} from './refunds/types.ts';
export type { NotRefundableReservationType } from './reservations/data/notRefundableTypes.ts';
export type { SavingsPlanService } from './reservations/data/savingsPlanServices.ts';
export { reservationExchange } from './reservations/reservationExchange.ts';
export { reservationRefund } from './reservations/reservationRefund.ts';
export type {
  LimitRestoration,
  ReservationDecisionBase,
  ReservationExchangeAllowed,
  ReservationExchangeDecision,
  ReservationNotExchangeable,
  ReservationNotRefundable,
  ReservationOverLimit,
  ReservationRefundDecision,
  ReservationRefunded,
  SavingsPlanCancellation,
} from './reservations/resultTypes.ts';
export { savingsPlanCancellation } from './reservations/savingsPlanCancellation.ts';
export type {
  Reservation,
  ReservationBillingPlan,
  ReservationExchangeOptions,
  ReservationRefundOptions,
  ReservationRefundRecord,
  ReservationTerm,
  SavingsPlan,
  UsdRate,
} from './reservations/types.ts';
export type { ParseIssue, ParseResult } from './schemas/ParseResult.ts';
export { downloadLinkStatus } from './software/downloadLinkStatus.ts';
export { issueDownloadLink } from './software/issueDownloadLink.ts';
export { recordDownload } from './software/recordDownload.ts';
export { revokeDownloadLink } from './software/revokeDownloadLink.ts';
export type {
  DownloadLink,
  DownloadLinkInvalidReason,
  DownloadLinkStatus,
  DownloadRecorded,
  DownloadRefused,
  InvalidDownloadLinkStatus,
  RecordDownloadResult,
  ValidDownloadLinkStatus,
} from './software/types.ts';
export {
  type SuspensionExpiry,
  type SuspensionInput,
  suspensionExpiry,
} from './suspension/suspensionExpiry.ts';
export type { Instant } from './time/parseInstant.ts';
export type { Term } from './time/Term.ts';
