/**
 * subscription-rules/reconciliation: Partner Center's New Commerce invoice reconciliation file
 * (REC-1, REC-2, REC-4). `invoiceLines` writes the lines a subscription's charges and credits
 * should have; `reconcile` compares them with the rows of a real file, read as it really is. A
 * bundle that only decides never carries this entry or its messages.
 *
 * @packageDocumentation
 */

export { invoiceLines } from './invoiceLines.ts';
export { reconcile } from './reconcile.ts';
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
