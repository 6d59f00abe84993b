/**
 * subscription-rules/reconciliation: Partner Center's New Commerce invoice reconciliation file
 * (REC-1 … REC-4). `invoiceLines` writes the lines a subscription's charges and credits
 * should have; `reconcile` compares them with the rows of a real file, read as it really is;
 * `reconcileSubscriptions` replays a whole file's subscriptions from their resources (REC-3). A
 * bundle that only decides never carries this entry or its messages.
 *
 * @module subscription-rules/reconciliation
 */

export { findingsCsv } from './findingsCsv.ts';
export { invoiceLines } from './invoiceLines.ts';
export { reconcile } from './reconcile.ts';
export { reconcileSubscriptions } from './reconcileSubscriptions.ts';
export type {
  NewCommerceRules,
  ReconcileAtStake,
  ReconcileCustomerTotal,
  ReconcileFinding,
  ReconcileFindingLabels,
  ReconcileRefusal,
  ReconcileRemedy,
  ReconcileSubscriptionIssue,
  ReconcileSubscriptionsOptions,
  ReconcileSubscriptionsResult,
  ReconcileSubscriptionTerms,
  ReconcileTerm,
  ReconcileTermPriceSource,
} from './replayTypes.ts';
export type {
  ChargeTypeNames,
  InvoiceLine,
  InvoiceLineKind,
  InvoiceLinesOptions,
  ReconcileAmounts,
  ReconcileDifference,
  ReconcileGroupKey,
  ReconcileIssue,
  ReconcileMatch,
  ReconcileMissing,
  ReconcileNote,
  ReconcileOptions,
  ReconcileResult,
  ReconcileUnexpected,
} from './types.ts';
