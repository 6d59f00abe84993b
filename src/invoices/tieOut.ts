import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { finishTieOut } from './_internal/finishTieOut.ts';
import { TieOutState } from './_internal/TieOutState.ts';
import type { TieOutOptions, TieOutResults } from './types.ts';

/**
 * Ties each New Commerce invoice out against its reconciliation lines, per invoice number and
 * currency (INV-2, INV-3): Σ `Subtotal`, Σ `TaxTotal` and Σ `Total` of the lines carrying the
 * number, exactly as printed (REC-2's dialect: any column order and case, Excel's apostrophe,
 * scientific zeros), against the resource's `totalCharges` (tax included). The residual
 * `totalCharges − Σ Total` is `tied` at 0, `rounding` while `|residual| < (m + k + [k > 0])`
 * minor units (k lines taxed, m lines printed with more decimals than the currency has), else
 * `adjustment-not-in-files` (remedy `never`: ask Microsoft which adjustment). Every sum and
 * residual is `Money` whenever it is a whole number of minor units, else its exact decimal text in
 * `exact` (never in `amount`); a line past `Number.MAX_SAFE_INTEGER` minor units, a column named
 * twice or an empty `Total` is an issue (a file without `Total` takes `Subtotal + TaxTotal`).
 * Lines of a number in two currencies are `mixed-currency` (not summed); of another currency than
 * the resource's, `currency-mismatch`; without a resource, `no-invoice`; a resource without lines
 * is `no-lines` with its residual's `classification`. A credit note is tied on its own number
 * and listed on the invoice it amends, whose `netOfAmendments` adds it (never to the residual;
 * one in another currency is listed, left out of the net, and the message says so).
 *
 * @param invoices - Partner Center's Invoice resources, or `parseInvoice`'s values.
 * @param rows - The reconciliation file's rows, keyed by its header (as a CSV parser gives them).
 * @param options - `locale`: the language of each `message`.
 * @returns One result per (number, currency), the rows not read, and the totals.
 * @throws `RuleError` naming the field at fault: a resource that cannot be read
 *   (`invoices.0.totalCharges`), a number given twice, `rows` that is no list, a bad locale.
 * @example
 * ```ts
 * import { tieOut } from 'subscription-rules/usage';
 * const invoice = { id: 'G000024135', invoiceDate: '2026-11-08T00:00:00Z',
 *   totalCharges: 2075.9, currencyCode: 'USD', documentType: 'invoice' };
 * const line = (Subtotal: string, TaxTotal: string, Total: string) =>
 *   ({ InvoiceNumber: 'G000024135', Currency: 'USD', Subtotal, TaxTotal, Total });
 * const { results } = tieOut([invoice], [
 *   line('1200.00', '96.00', '1296.00'), line('700.12', '56.01', '756.13'),
 *   line('-30.00', '-2.40', '-32.40'), line('52.00', '4.16', '56.16'),
 * ]);
 * [results[0]?.outcome, results[0]?.residual, results[0]?.tolerance];
 * //=> ['rounding', { amount: 1, currency: 'USD' }, { amount: 5, currency: 'USD' }]
 * ```
 * @category Invoices
 * @see INV-2
 */
export function tieOut(
  invoices: readonly unknown[],
  rows: readonly (Readonly<Record<string, unknown>> | string)[],
  options?: TieOutOptions,
): TieOutResults {
  if (!Array.isArray(rows))
    fail(
      rows === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'rows',
      'expected a list',
      rows,
    );
  const state = new TieOutState(true);
  for (let i = 0; i < rows.length; i++) state.observe(rows[i], i + 1);
  return finishTieOut(state, invoices, options);
}
