import * as z from 'zod/mini';
import type { Purchase } from '../refunds/Purchase.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { assertCrossFields } from './_internal/crossFieldIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<Purchase>, unknown> | undefined;

function canonical(value: Canonical<Purchase>): Canonical<Purchase> {
  assertCrossFields(value);
  return {
    product: value.product,
    orderedAt: canonicalInstant(value.orderedAt, 'orderedAt'),
    ...(value.billingCycle === undefined ? {} : { billingCycle: value.billingCycle }),
    ...(value.price === undefined ? {} : { price: value.price }),
    ...(value.term === undefined ? {} : { term: value.term }),
    ...(value.currentTermEnd === undefined
      ? {}
      : { currentTermEnd: canonicalInstant(value.currentTermEnd, 'currentTermEnd') }),
  };
}

/**
 * The zod/mini schema of a `Purchase` as JSON (ERR-2, REF-1 … REF-11): `product`, `orderedAt`, and
 * the optional `billingCycle`, `price`, `term`, `currentTermEnd`; no other keys. Its output is what
 * {@link parsePurchase} returns: instants in `toISOString()` form, and the product's rules in force
 * at `orderedAt` applied (a billing cycle where the rules differ by cycle, a term the product has,
 * `currentTermEnd` after `orderedAt`), each refusal an issue at its field's path. Nest it in your own
 * schema and the field infers as `Canonical<Purchase>`.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { purchaseSchema } from 'subscription-rules/schemas';
 * const body = z.object({ purchase: purchaseSchema() });
 * body.parse({ purchase: { product: 'software-plan', orderedAt: '2026-01-01T01:00:00+01:00' } });
 * //=> { purchase: { product: 'software-plan', orderedAt: '2026-01-01T00:00:00.000Z' } }
 * body.safeParse({ purchase: { product: 'marketplace-saas', orderedAt: '2026-01-01T00:00:00Z' } }).error?.issues[0]?.path;
 * //=> ['purchase', 'billingCycle']
 * ```
 * @category Schemas
 */
export function purchaseSchema(): z.ZodMiniType<Canonical<Purchase>, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({
      product: parts.product,
      billingCycle: z.optional(parts.billingCycle),
      orderedAt: parts.instant,
      price: z.optional(parts.price),
      term: z.optional(parts.term),
      currentTermEnd: z.optional(parts.instant),
    }),
    canonical,
  );
  return schema;
}
