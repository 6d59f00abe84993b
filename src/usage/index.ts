/**
 * subscription-rules/usage: Azure plan consumption and the invoice it is billed on (USG, INV).
 * `readUsageLine` reads a row of the daily rated usage file (CSV or the Graph export's JSON lines),
 * `usageLineAmount` and `expectedEffectiveUnitPrice` its arithmetic, `isCreditedUsageLine` whether
 * an Azure credit pays it, `usageTolerance` the rounding band between the days and the invoice,
 * `reconcileUsage` and the streaming `createUsageReconciler` the whole file: Partner Earned Credit day by day, Azure credits, the days against the invoice's
 * usage lines (USG-1 … USG-6). `tieOut` checks that each New Commerce invoice adds up to its
 * reconciliation lines, per currency, and explains what is left (INV-2); `createTieOut` does the
 * same a row at a time, for a file of any length (INV-3). A bundle that only decides never carries
 * this entry.
 *
 * @module subscription-rules/usage
 */

export type {
  Invoice,
  InvoiceDocumentType,
  TieOut,
  TieOutAmendment,
  TieOutAmount,
  TieOutClassification,
  TieOutConstraints,
  TieOutCurrencySummary,
  TieOutExact,
  TieOutIssue,
  TieOutMoney,
  TieOutOptions,
  TieOutOutcome,
  TieOutResult,
  TieOutResults,
  TieOutSummary,
} from '../invoices/types.ts';
export { createTieOut } from './createTieOut.ts';
export { createUsageReconciler } from './createUsageReconciler.ts';
export { expectedEffectiveUnitPrice } from './expectedEffectiveUnitPrice.ts';
export { isCreditedUsageLine } from './isCreditedUsageLine.ts';
export { readUsageLine } from './readUsageLine.ts';
export { reconcileUsage } from './reconcileUsage.ts';
export type {
  UsageAtStake,
  UsageCredit,
  UsageCreditNote,
  UsageCustomer,
  UsageFinding,
  UsageLate,
  UsageMatch,
  UsageNoStakeNote,
  UsageNote,
  UsageNoteBase,
  UsageOtherInvoice,
  UsageReconcileResult,
  UsageReconciler,
  UsageRemedy,
  UsageSummary,
} from './resultTypes.ts';
export { tieOut } from './tieOut.ts';
export type {
  TieOutUsage,
  UsageTieOut,
  UsageTieOutConstraints,
  UsageTieOutOptions,
  UsageTieOutResult,
  UsageTieOutResults,
} from './tieOutTypes.ts';
export type {
  UsageBand,
  UsageIssue,
  UsageLine,
  UsageReadResult,
  UsageReconcileOptions,
  UsageShape,
} from './types.ts';
export { usageLineAmount } from './usageLineAmount.ts';
export { usageTolerance } from './usageTolerance.ts';
