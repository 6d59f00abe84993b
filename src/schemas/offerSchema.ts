import * as z from 'zod/mini';
import { requireMarket } from '../markets/requireMarket.ts';
import type { Offer } from '../offers/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Offer, unknown> | undefined;

function canonical(value: Offer): Offer {
  if (value.supportedCountries === undefined) return value;
  return {
    ...value,
    supportedCountries: value.supportedCountries.map((country, i) =>
      requireMarket(country, `supportedCountries.${i}`),
    ),
  };
}

/**
 * The zod/mini schema of an `Offer` (ERR-2, OFR, MKT-2): `id`, `publisher`, `billingType` and the
 * optional restrictions; an absent restriction means none; no other keys. Its output is what
 * {@link parseOffer} returns: `supportedCountries` as Partner Center market codes.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { offerSchema } from 'subscription-rules/schemas';
 * offerSchema().parse({ id: 'crm', publisher: 'partner', billingType: 'license', supportedCountries: ['Germany'] });
 * //=> { id: 'crm', publisher: 'partner', billingType: 'license', supportedCountries: ['DE'] }
 * ```
 * @category Schemas
 */
export function offerSchema(): z.ZodMiniType<Offer, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({
      id: parts.text,
      publisher: parts.publisher,
      billingType: parts.billingType,
      categories: z.optional(z.array(parts.category)),
      productFamily: z.optional(parts.text),
      onePerCustomer: z.optional(z.boolean()),
      segments: z.optional(z.array(parts.segment)),
      supportedCountries: z.optional(z.array(parts.market)),
      offeredThroughCsp: z.optional(z.boolean()),
      exclusiveToPartners: z.optional(z.array(parts.text)),
      transactable: z.optional(z.boolean()),
    }),
    canonical,
  );
  return schema;
}
