import * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { BILLING_FREQUENCY_MONTHS } from '../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_PRODUCTS } from '../policy/vocabulary/newCommerceProducts.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../policy/vocabulary/newCommerceTerms.ts';
import type { NewCommercePurchase, Purchase } from '../refunds/Purchase.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { canonicalNewCommerce } from './_internal/canonicalNewCommerce.ts';
import { assertCrossFields } from './_internal/crossFieldIssues.ts';
import { throwIssues } from './_internal/throwIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<Purchase>, unknown> | undefined;

function canonical(value: Canonical<Purchase>): Canonical<Purchase> {
  if (value.program === 'new-commerce') {
    return canonicalNewCommerce(value as NewCommercePurchase & { orderedAt: string });
  }
  assertCrossFields(value);
  const { price, quantity } = value;
  if (price !== undefined && !Number.isSafeInteger(price.amount * (quantity ?? 1)))
    throwIssues(RuleErrorCode.INVALID_AMOUNT, [
      issueOf('price.amount', 'expected a price whose product with the quantity is a safe integer'),
    ]);
  return {
    ...(value.program === undefined ? {} : { program: value.program }),
    product: value.product,
    orderedAt: canonicalInstant(value.orderedAt, 'orderedAt'),
    ...(value.billingCycle === undefined ? {} : { billingCycle: value.billingCycle }),
    ...(value.price === undefined ? {} : { price: value.price }),
    ...(value.quantity === undefined ? {} : { quantity: value.quantity }),
    ...(value.term === undefined ? {} : { term: value.term }),
    ...(value.currentTermEnd === undefined
      ? {}
      : { currentTermEnd: canonicalInstant(value.currentTermEnd, 'currentTermEnd') }),
    ...(value.fullCreditUntil === undefined
      ? {}
      : { fullCreditUntil: canonicalInstant(value.fullCreditUntil, 'fullCreditUntil') }),
  };
}

/**
 * The zod/mini schema of a `Purchase` as JSON (ERR-2, REF-1 … REF-11, NCE-2, NCE-4): `product`,
 * `orderedAt`, and the optional `billingCycle`, `price`, `term`, `currentTermEnd`, `fullCreditUntil`;
 * no other keys. A New Commerce purchase (`program: 'new-commerce'`) has instead its own products,
 * `term`, `billingFrequency`, `termStart`, `quantity`, `price`, `currentTermEnd` and the stated
 * windows `cancellableUntil` (an instant or `null`) and `fullCreditUntil` (PCR-1). Its output is what
 * {@link parsePurchase} returns: instants in `toISOString()` form, and the product's rules applied
 * (a billing cycle where the rules differ by cycle, a term the product has, a New Commerce term and
 * billing frequency that go together, instants in order), each refusal an issue at its field's
 * path. Nest it in your own schema and the field infers as `Canonical<Purchase>`.
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
  const legacy = z.strictObject({
    program: z.optional(z.literal('legacy')),
    product: parts.product,
    billingCycle: z.optional(parts.billingCycle),
    orderedAt: parts.instant,
    price: z.optional(parts.price),
    quantity: z.optional(parts.quantity),
    term: z.optional(parts.term),
    currentTermEnd: z.optional(parts.instant),
    fullCreditUntil: z.optional(parts.instant),
  });
  const newCommerce = z.strictObject({
    program: z.literal('new-commerce'),
    // the Azure plan has no rules of its own: it is decided as usage-based (REF-4, PCR-1)
    product: z.enum([...NEW_COMMERCE_PRODUCTS, 'azure-plan']),
    orderedAt: parts.instant,
    term: z.optional(z.enum(Object.keys(NEW_COMMERCE_TERM_MONTHS) as [string, ...string[]])),
    billingFrequency: z.optional(
      z.enum(Object.keys(BILLING_FREQUENCY_MONTHS) as [string, ...string[]]),
    ),
    termStart: z.optional(parts.instant),
    quantity: z.optional(parts.quantity),
    price: z.optional(parts.price),
    currentTermEnd: z.optional(parts.instant),
    cancellableUntil: z.optional(z.nullable(parts.instant)),
    fullCreditUntil: z.optional(parts.instant),
  });
  schema = canonicalising(z.discriminatedUnion('program', [legacy, newCommerce]), canonical);
  return schema;
}
