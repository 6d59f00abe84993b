/**
 * subscription-rules: the commerce rules of Microsoft Partner Center's CSP program as pure
 * functions over plain data.
 *
 * @packageDocumentation
 */

export { RuleError, type RuleIssue } from './errors/RuleError.ts';
export { RuleErrorCode } from './errors/RuleErrorCode.ts';
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
export type { Instant } from './time/parseInstant.ts';
export type { Term } from './time/Term.ts';
