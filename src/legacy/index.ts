/**
 * subscription-rules/legacy: the legacy CSP program alone (REF, SUS, LC, PCR-1, PCR-2). The same
 * decisions, lifecycle and Partner Center reader and writer as the root entry, typed for the
 * legacy program only and refusing a New Commerce purchase, state or resource with a `RuleError`
 * at its `program`; a bundle that imports from here carries none of New Commerce's rules.
 *
 *
 * Each entry is built on its own (so importing the root stays quick) with its own copy of
 * `RuleError`; `instanceof RuleError` and `isRuleError` recognise an error of any copy.
 *
 * @module subscription-rules/legacy
 */

export { isRuleError } from '../errors/isRuleError.ts';
export { RuleError } from '../errors/RuleError.ts';
export type { ActionDescription, AllowedCancelOutcome } from '../lifecycle/ActionDescription.ts';
export type { Access } from '../lifecycle/accessRights.ts';
export type {
  AllowedAction,
  CancelAction,
  ChangeQuantityAction,
  ReactivateAction,
  SetAutoRenewAction,
  SuspendAction,
} from '../lifecycle/legacy/allowedActionTypes.ts';
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
} from '../lifecycle/legacy/types.ts';
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
export type { LegacyPurchase } from '../refunds/Purchase.ts';
export type { LegacyCancellationDecision } from '../refunds/types.ts';
export { access } from './access.ts';
export { advance } from './advance.ts';
export { allowedActions } from './allowedActions.ts';
export { cancellationDecision } from './cancellationDecision.ts';
export { createSubscription } from './createSubscription.ts';
export { fromPartnerCenterSubscription } from './fromPartnerCenterSubscription.ts';
export { nextDeadline } from './nextDeadline.ts';
export { toPartnerCenterPatch } from './toPartnerCenterPatch.ts';
export { transition } from './transition.ts';
