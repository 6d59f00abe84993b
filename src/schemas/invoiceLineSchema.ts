import * as z from 'zod/mini';
import { readInvoiceLine } from '../reconciliation/readInvoiceLine.ts';
import type { InvoiceLine } from '../reconciliation/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<InvoiceLine, unknown> | undefined;

/**
 * The zod/mini schema of an `InvoiceLine` (ERR-2, REC-1, REC-2): a line of Partner Center's New
 * Commerce reconciliation file as `invoiceLines` writes it and `reconcile` takes it as expected —
 * `ChargeType` (one of Partner Center's: `new`, `cycleCharge`, `renew`, `addQuantity`, `convert`,
 * `removeQuantity`, `cancelImmediate`, `customerCredit`, in any letter case; a credit's amounts
 * ≤ 0), `ChargeStartDate` ≤ `ChargeEndDate` as `YYYY-MM-DD`, `BillableQuantity` and `Subtotal` as
 * decimal text (`Subtotal` with at most the currency's decimals), `Currency`, and optionally
 * `CustomerId`, `SubscriptionId`, `OrderDate`, `UnitPrice`, `EffectiveUnitPrice`, `Quantity`,
 * `TermAndBillingCycle`, every value a string; no other key. Its checks are `reconcile`'s own.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { invoiceLineSchema } from 'subscription-rules/schemas';
 * const line = {
 *   ChargeType: 'addQuantity', ChargeStartDate: '2026-12-05', ChargeEndDate: '2026-12-19',
 *   BillableQuantity: '5', Subtotal: '31.20', Currency: 'USD',
 * };
 * invoiceLineSchema().safeParse(line).success;
 * //=> true
 * invoiceLineSchema().safeParse({ ...line, Subtotal: '31.205' }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function invoiceLineSchema(): z.ZodMiniType<InvoiceLine, unknown> {
  if (schema !== undefined) return schema;
  const { text } = schemaParts();
  const optional = z.optional(z.string());
  schema = canonicalising(
    z.strictObject({
      CustomerId: z.optional(text),
      SubscriptionId: z.optional(text),
      OrderDate: optional,
      ChargeType: text,
      ChargeStartDate: z.string(),
      ChargeEndDate: z.string(),
      UnitPrice: optional,
      EffectiveUnitPrice: optional,
      Quantity: optional,
      BillableQuantity: z.string(),
      Subtotal: z.string(),
      Currency: z.string(),
      TermAndBillingCycle: z.optional(text),
      PromotionId: z.optional(text),
    }),
    (value: unknown) => readInvoiceLine(value, ''),
  );
  return schema;
}
