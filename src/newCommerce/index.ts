/**
 * subscription-rules/new-commerce: New Commerce alone (NCE-1 … NCE-11, PCR-1, PCR-2). The same
 * decisions, lifecycle and Partner Center reader and writer as the root entry, typed for New
 * Commerce only and refusing a legacy purchase, state or resource with a `RuleError` at its
 * `program`; a bundle that imports from here carries none of the legacy rules or messages.
 *
 *
 * Each entry is built on its own (so importing the root stays quick) with its own copy of
 * `RuleError`; `instanceof RuleError` and `isRuleError` recognise an error of any copy.
 *
 * @module subscription-rules/new-commerce
 */

export { isRuleError } from '../errors/isRuleError.ts';
export { RuleError } from '../errors/RuleError.ts';
export type { ActionDescription, AllowedCancelOutcome } from '../lifecycle/ActionDescription.ts';
export type { Access } from '../lifecycle/accessRights.ts';
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
} from '../lifecycle/newCommerce/allowedActionTypes.ts';
export { chargesBetween } from '../lifecycle/newCommerce/chargesBetween.ts';
export { customTermEndDates } from '../lifecycle/newCommerce/customTermEndDates.ts';
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
} from '../lifecycle/newCommerce/eventTypes.ts';
export { extendedServiceTermEligible } from '../lifecycle/newCommerce/extendedServiceTermEligible.ts';
export { extendedServiceTermPrice } from '../lifecycle/newCommerce/extendedServiceTermPrice.ts';
export { nextCharge } from '../lifecycle/newCommerce/nextCharge.ts';
export { purchaseCharges } from '../lifecycle/newCommerce/purchaseCharges.ts';
export { refundableQuantity } from '../lifecycle/newCommerce/refundableQuantity.ts';
export {
  type RenewalForecast,
  type RenewalForecastEntry,
  type RenewalForecastOptions,
  renewalForecast,
} from '../lifecycle/newCommerce/renewalForecast.ts';
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
} from '../lifecycle/newCommerce/resultTypes.ts';
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
} from '../lifecycle/newCommerce/types.ts';
export { upgrade } from '../lifecycle/newCommerce/upgrade.ts';
export type { PartnerCenterPatch } from '../partnerCenter/PartnerCenterPatch.ts';
export type { PartnerCenterReading } from '../partnerCenter/PartnerCenterReading.ts';
export type {
  PartnerCenterReadOptions,
  PriceListRow,
} from '../partnerCenter/PartnerCenterReadOptions.ts';
export type {
  PartnerCenterNote,
  PartnerCenterSubscription,
} from '../partnerCenter/PartnerCenterSubscription.ts';
export type {
  NewCommercePerpetualPurchase,
  NewCommercePurchase,
  NewCommercePurchaseBase,
  NewCommerceSubscriptionFields,
  NewCommerceSubscriptionPurchase,
  NewCommerceUsagePurchase,
} from '../refunds/Purchase.ts';
export type { NewCommerceCancellationDecision } from '../refunds/types.ts';
export { access } from './access.ts';
export { advance } from './advance.ts';
export { allowedActions } from './allowedActions.ts';
export { cancellationDecision } from './cancellationDecision.ts';
export { createSubscription } from './createSubscription.ts';
export { fromPartnerCenterSubscription } from './fromPartnerCenterSubscription.ts';
export { nextDeadline } from './nextDeadline.ts';
export { toPartnerCenterPatch } from './toPartnerCenterPatch.ts';
export { transition } from './transition.ts';
