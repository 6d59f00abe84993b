import * as z from 'zod/mini';
import type { NewCommerceCreditEffect } from '../lifecycle/newCommerce/resultTypes.ts';
import { readNewCommerceEffect } from '../reconciliation/readNewCommerceEffect.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<NewCommerceCreditEffect, unknown> | undefined;

/**
 * The zod/mini schema of a New Commerce `credit` effect (ERR-2, NCE-5, REC-4), as `transition`
 * returns it: its `kind` (`remove-quantity`, `cancel`, `upgrade-source`, `term-change-source`),
 * `outcome`, `at`, `quantity` (≥ 1), `seats` and `rule`; for a priced subscription its `credit` and
 * `unitPrice` (money ≥ 0 in one currency), for an unpriced one `unpriced: true`; for seats in a term the billing period
 * [`periodStart`, `periodEnd`) holding `at` (both or neither), `days` and `periodDays`; no other
 * key. Its cross-field checks are `invoiceLines`' own. A credit it accepts has an invoice line, or
 * none when it gives no money back or is `unpriced`, unless it gives money back without saying how
 * much (and is not marked `unpriced`) or without its period, which `invoiceLines` refuses (REC-1). Its output has its instants in
 * `toISOString()` form.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { newCommerceCreditEffectSchema } from 'subscription-rules/schemas';
 * newCommerceCreditEffectSchema().parse({
 *   type: 'credit', kind: 'remove-quantity', outcome: 'prorated-credit', at: '2026-12-05T18:00:00Z',
 *   quantity: 5, credit: { amount: 2920, currency: 'USD' }, unitPrice: { amount: 1250, currency: 'USD' },
 *   periodStart: '2026-11-20T10:00:00Z', periodEnd: '2026-12-20T00:00:00Z', days: 14,
 *   periodDays: 30, seats: 10, rule: 'NCE-6',
 * }).credit;
 * //=> { amount: 2920, currency: 'USD' }
 * ```
 * @category Schemas
 */
export function newCommerceCreditEffectSchema(): z.ZodMiniType<NewCommerceCreditEffect, unknown> {
  if (schema !== undefined) return schema;
  const { instant, price, quantity, text } = schemaParts();
  const atLeastZero = z.int().check(z.minimum(0));
  schema = canonicalising(
    z.strictObject({
      type: z.literal('credit'),
      kind: z.enum(['remove-quantity', 'cancel', 'upgrade-source', 'term-change-source']),
      outcome: z.enum(['full-credit', 'prorated-credit', 'no-refund']),
      at: instant,
      quantity,
      credit: z.optional(price),
      unitPrice: z.optional(price),
      unpriced: z.optional(z.literal(true)),
      periodStart: z.optional(instant),
      periodEnd: z.optional(instant),
      days: z.optional(atLeastZero),
      periodDays: z.optional(quantity),
      seats: atLeastZero,
      rule: text,
    }),
    (value: unknown) => readNewCommerceEffect(value, '') as NewCommerceCreditEffect,
  );
  return schema;
}
