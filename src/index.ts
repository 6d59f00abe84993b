/**
 * subscription-rules: the commerce rules of Microsoft Partner Center's CSP program as pure
 * functions over plain data.
 *
 * @packageDocumentation
 */

export { RuleError, type RuleIssue } from './errors/RuleError.ts';
export { RuleErrorCode } from './errors/RuleErrorCode.ts';
export { type Access, access } from './lifecycle/access.ts';
export { advance } from './lifecycle/advance.ts';
export { type AllowedAction, allowedActions } from './lifecycle/allowedActions.ts';
export { createSubscription } from './lifecycle/createSubscription.ts';
export { nextDeadline } from './lifecycle/nextDeadline.ts';
export { transition } from './lifecycle/transition.ts';
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
} from './lifecycle/types.ts';
export type { MarketCode } from './markets/MarketCode.ts';
export { definePolicy } from './policy/definePolicy.ts';
export type { PolicyOptions } from './policy/PolicyOptions.ts';
export { partnerCenterPolicies } from './policy/partnerCenterPolicies.ts';
export { policyAt } from './policy/policyAt.ts';
export type {
  Action,
  BillingCycle,
  CancellationByBillingCycle,
  CancellationRule,
  DownloadLinkLimits,
  FixedCancellation,
  Policy,
  PolicyDays,
  PolicyDuration,
  PolicyHours,
  PolicyProducts,
  PolicyRoles,
  PolicySource,
  Product,
  ProductFamily,
  ProductRules,
  Role,
  SuspensionReason,
  WindowCancellation,
} from './policy/types.ts';
export type { CurrencyCode } from './pricing/CurrencyCode.ts';
export type { Money } from './pricing/Money.ts';
export { type ProrateConstraints, type ProrationPeriod, prorate } from './pricing/prorate.ts';
export type { RoundingMode } from './pricing/RoundingMode.ts';
export {
  type SuspensionExpiry,
  type SuspensionInput,
  suspensionExpiry,
} from './suspension/suspensionExpiry.ts';
export type { Instant } from './time/parseInstant.ts';
export type { Term } from './time/Term.ts';
