import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `Customer` (OFR): `segment` and `billingCountry` (a market code
 * or English name); no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function customerSchema(): z.ZodMiniType {
  schema ??= z.strictObject({
    segment: schemaParts().segment,
    billingCountry: schemaParts().market,
  });
  return schema;
}
