import * as z from 'zod/mini';
import type { NewCommerceChargeEffect } from '../lifecycle/newCommerce/resultTypes.ts';
import { readNewCommerceEffect } from '../reconciliation/readNewCommerceEffect.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { newCommerceBillingParts } from './_internal/newCommerceInput.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<NewCommerceChargeEffect, unknown> | undefined;

/**
 * The zod/mini schema of a New Commerce `charge` effect (ERR-2, CHG-1, CHG-2, REC-1), as
 * `transition`, `advance`, `purchaseCharges` and `chargesBetween` return it: its `kind`, `at`,
 * `quantity` (≥ 1), `unitPrice` and `amount` (money ≥ 0 in one currency, the amount a whole
 * multiple of the quantity), the billing period [`periodStart`, `periodEnd`) holding `at`, `days`
 * and `periodDays`, `seats`, `term`, `billingFrequency`, `rule` and, on an upgrade, `full`; no
 * other key. Its cross-field checks are `invoiceLines`' own, so it accepts exactly the charges
 * `invoiceLines` takes. Its output has its instants in `toISOString()` form.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { newCommerceChargeEffectSchema } from 'subscription-rules/schemas';
 * const charge = {
 *   type: 'charge', kind: 'add-quantity', at: '2026-12-05T00:00:00Z', quantity: 5,
 *   unitPrice: { amount: 1250, currency: 'USD' }, amount: { amount: 3120, currency: 'USD' },
 *   periodStart: '2026-11-20T10:00:00Z', periodEnd: '2026-12-20T00:00:00Z', days: 15,
 *   periodDays: 30, seats: 15, term: 'P1Y', billingFrequency: 'monthly', rule: 'CHG-2',
 * };
 * newCommerceChargeEffectSchema().parse(charge).at;
 * //=> '2026-12-05T00:00:00.000Z'
 * newCommerceChargeEffectSchema().safeParse({ ...charge, amount: { amount: 3121, currency: 'USD' } }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function newCommerceChargeEffectSchema(): z.ZodMiniType<NewCommerceChargeEffect, unknown> {
  if (schema !== undefined) return schema;
  const { instant, price, quantity, text } = schemaParts();
  const { term, billingFrequency } = newCommerceBillingParts();
  schema = canonicalising(
    z.strictObject({
      type: z.literal('charge'),
      kind: z.enum([
        'purchase',
        'cycle',
        'renewal',
        'add-quantity',
        'trial-conversion',
        'term-change',
        'upgrade',
      ]),
      at: instant,
      quantity,
      unitPrice: price,
      amount: price,
      periodStart: instant,
      periodEnd: instant,
      days: quantity,
      periodDays: quantity,
      seats: z.int().check(z.minimum(0)),
      term,
      billingFrequency,
      rule: text,
      full: z.optional(z.boolean()),
      priceFrom: z.optional(
        z.strictObject({
          effectiveStartDate: z.nullable(z.string()),
          unitPrice: z.string(),
          periodPrice: price,
        }),
      ),
      priceAssumed: z.optional(z.literal(true)),
      message: z.optional(z.string()),
      messageId: z.optional(z.string()),
      params: z.optional(z.record(z.string(), z.unknown())),
      promotionId: z.optional(text),
      listUnitPrice: z.optional(price),
    }),
    (value: unknown) => readNewCommerceEffect(value, '') as NewCommerceChargeEffect,
  );
  return schema;
}
