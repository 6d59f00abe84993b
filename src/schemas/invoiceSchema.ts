import * as z from 'zod/mini';
import { readInvoice } from '../invoices/readInvoice.ts';
import type { Invoice } from '../invoices/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Invoice, unknown> | undefined;

/**
 * The zod/mini schema of one Partner Center Invoice resource (INV-1): `id`, `invoiceDate`,
 * `totalCharges` (a number, or decimal text — what `parseInvoice` reads from JSON text) and
 * `currencyCode`; `billingPeriodStartDate`, `billingPeriodEndDate`, `paidAmount`, `documentType`,
 * `amendsOf`, `amendments`, `invoiceType` when present; the resource's other keys kept. The
 * canonical step is the tie-out's own reader, so the schema accepts exactly what `tieOut` does.
 *
 * @returns The schema; its output is one of the `Invoice`s `parseInvoice` returns.
 * @example
 * ```ts
 * import { invoiceSchema } from 'subscription-rules/schemas';
 * invoiceSchema().safeParse({ id: 'G000024135', invoiceDate: '2026-11-08T00:00:00Z',
 *   totalCharges: 2075.891, currencyCode: 'USD' }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function invoiceSchema(): z.ZodMiniType<Invoice, unknown> {
  if (schema !== undefined) return schema;
  const { instant, text } = schemaParts();
  const amount = z.union([
    z.number(),
    z.string(),
    z.looseObject({ amount: z.number(), currency: z.string() }),
  ]);
  const nullableText = z.optional(z.nullable(z.string()));
  const nullableInstant = z.optional(z.nullable(instant));
  const shape = z.looseObject({
    id: text,
    invoiceDate: instant,
    billingPeriodStartDate: nullableInstant,
    billingPeriodEndDate: nullableInstant,
    totalCharges: amount,
    paidAmount: z.optional(z.nullable(amount)),
    currencyCode: z.optional(z.string()),
    currency: z.optional(z.string()),
    documentType: nullableText,
    amendsOf: nullableText,
    amendments: z.optional(z.nullable(z.array(z.looseObject({ id: text })))),
    invoiceType: nullableText,
  });
  schema = canonicalising(shape, (value: unknown) => readInvoice(value, ''));
  return schema;
}
