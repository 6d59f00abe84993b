/**
 * subscription-rules/usage: an Azure plan's consumption (USG-1 … USG-6). `readUsageLine` reads a
 * row of the daily rated usage file (CSV or the Graph export's JSON lines), `usageLineAmount` and
 * `expectedEffectiveUnitPrice` its arithmetic, `usageTolerance` the rounding band between the days
 * and the invoice, `reconcileUsage` and the streaming `createUsageReconciler` the whole file:
 * Partner Earned Credit day by day, Azure credits, the days against the invoice's usage lines.
 *
 * @packageDocumentation
 */

export { createUsageReconciler } from './createUsageReconciler.ts';
export { expectedEffectiveUnitPrice } from './expectedEffectiveUnitPrice.ts';
export { readUsageLine } from './readUsageLine.ts';
export { reconcileUsage } from './reconcileUsage.ts';
export type {
  UsageAtStake,
  UsageCredit,
  UsageCustomer,
  UsageFinding,
  UsageLate,
  UsageMatch,
  UsageNote,
  UsageReconcileResult,
  UsageReconciler,
  UsageRemedy,
  UsageSummary,
} from './resultTypes.ts';
export type {
  UsageBand,
  UsageIssue,
  UsageLine,
  UsageReadResult,
  UsageReconcileOptions,
} from './types.ts';
export { usageLineAmount } from './usageLineAmount.ts';
export { usageTolerance } from './usageTolerance.ts';
