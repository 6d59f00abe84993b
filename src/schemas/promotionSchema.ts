import * as z from 'zod/mini';
import { readPromotion } from '../prices/readPromotion.ts';
import type { Promotion } from '../prices/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Promotion, unknown> | undefined;

/**
 * The zod/mini schema of Partner Center's promotion resource (PL-5): `id`, `startDate`, `endDate`,
 * `requiredProducts[{ productId, skuId, term { duration, billingCycle }, pricingPolicies[{ type |
 * policyType, value }] }]`; the resource's other keys kept. The canonical step writes the instants
 * as the library writes them and each policy's type under `type`, and refuses a type other than
 * `PercentDiscount` and a `value` that is no fraction.
 *
 * @returns The schema; its output is what {@link parsePromotion} returns.
 * @example
 * ```ts
 * import { promotionSchema } from 'subscription-rules/schemas';
 * promotionSchema().safeParse({ id: 'P', startDate: '2021-09-23T00:00:00+00:00' }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function promotionSchema(): z.ZodMiniType<Promotion, unknown> {
  if (schema !== undefined) return schema;
  const { instant, text } = schemaParts();
  const policy = z.looseObject({
    type: z.optional(z.string()),
    policyType: z.optional(z.string()),
    value: z.string(),
  });
  const shape = z.looseObject({
    id: text,
    startDate: instant,
    endDate: instant,
    requiredProducts: z.array(
      z.looseObject({
        productId: text,
        skuId: text,
        term: z.looseObject({ duration: text, billingCycle: text }),
        pricingPolicies: z.array(policy),
      }),
    ),
  });
  schema = canonicalising(shape, (value: unknown) => readPromotion(value, ''));
  return schema;
}
