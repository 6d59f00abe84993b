import type { InvoiceLine } from '../reconciliation/types.ts';
import { invoiceLineSchema } from './invoiceLineSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as an `InvoiceLine` (ERR-2, REC-1): {@link invoiceLineSchema}, without
 * throwing; it accepts exactly the lines `reconcile` takes as expected (with Partner Center's
 * charge types).
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseInvoiceLine } from 'subscription-rules/schemas';
 * parseInvoiceLine({
 *   ChargeType: 'removeQuantity', ChargeStartDate: '2026-12-06', ChargeEndDate: '2026-12-19',
 *   BillableQuantity: '5', Subtotal: '-29.20', Currency: 'USD',
 * }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseInvoiceLine(input: unknown): ParseResult<InvoiceLine> {
  return runParse(input, invoiceLineSchema(), 'expected an invoice line object');
}
