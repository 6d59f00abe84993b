import * as z from 'zod/mini';
import { requireMarket } from '../markets/requireMarket.ts';
import type { Customer } from '../offers/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Customer, unknown> | undefined;

/**
 * The zod/mini schema of a `Customer` (ERR-2, OFR, MKT-2): `segment` and `billingCountry` (a
 * market code or English name); no other keys. Its output is what {@link parseCustomer} returns:
 * `billingCountry` as its Partner Center market code.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { customerSchema } from 'subscription-rules/schemas';
 * customerSchema().parse({ segment: 'education', billingCountry: 'Swaziland' });
 * //=> { segment: 'education', billingCountry: 'SZ' }
 * ```
 * @category Schemas
 */
export function customerSchema(): z.ZodMiniType<Customer, unknown> {
  schema ??= canonicalising(
    z.strictObject({ segment: schemaParts().segment, billingCountry: schemaParts().market }),
    (value: Customer): Customer => ({
      segment: value.segment,
      billingCountry: requireMarket(value.billingCountry, 'billingCountry'),
    }),
  );
  return schema;
}
