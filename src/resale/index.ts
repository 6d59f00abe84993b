/**
 * subscription-rules/resale: what each customer is billed against what it costs (RSL-1 … RSL-9).
 * `reconcileResale` lines up the reconciliation file (Microsoft's cost), the partner's PSA or
 * accounting export (what the customer is billed, read through a column map) and Graph's assigned
 * seats per customer and month, and says what leaks, how much a month and what to do;
 * `createResaleReconciler` does the same a row at a time; `exampleMaps` holds the column maps of
 * exports whose columns are public. A bundle that only decides never carries this entry.
 *
 * @module subscription-rules/resale
 */

export { createResaleReconciler } from './createResaleReconciler.ts';
export { exampleMaps } from './exampleMaps.ts';
export { reconcileResale } from './reconcileResale.ts';
export type {
  ResaleBilledColumns,
  ResaleBilling,
  ResaleCostColumn,
  ResaleCustomerMonth,
  ResaleDateFormat,
  ResaleFinding,
  ResaleFindingBase,
  ResaleFindingKind,
  ResaleFxRate,
  ResaleInput,
  ResaleIssue,
  ResaleIssueCode,
  ResaleMap,
  ResaleMarginFinding,
  ResaleNote,
  ResaleOptions,
  ResalePriceReason,
  ResaleProduct,
  ResaleProductFinding,
  ResaleReconciler,
  ResaleRemedy,
  ResaleResult,
  ResaleSubscribedSku,
  ResaleSummary,
  ResaleTenantSeats,
  ResaleTerm,
} from './types.ts';
