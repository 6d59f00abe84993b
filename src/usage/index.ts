/**
 * subscription-rules/usage: Azure plan consumption and the invoice it is billed on (USG, INV).
 * `tieOut` checks that each New Commerce invoice adds up to its reconciliation lines, per currency,
 * and explains what is left (INV-2); `createTieOut` does the same a row at a time, for a file of
 * any length (INV-3). A bundle that only decides never carries this entry.
 *
 * @packageDocumentation
 */

export { createTieOut } from '../invoices/createTieOut.ts';
export { tieOut } from '../invoices/tieOut.ts';
export type {
  Invoice,
  InvoiceDocumentType,
  TieOut,
  TieOutAmendment,
  TieOutAmount,
  TieOutClassification,
  TieOutConstraints,
  TieOutCurrencySummary,
  TieOutIssue,
  TieOutOptions,
  TieOutOutcome,
  TieOutResult,
  TieOutResults,
  TieOutSummary,
} from '../invoices/types.ts';
