import type * as z from 'zod/mini';
import type { Money } from '../pricing/money.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Money, unknown> | undefined;

/**
 * The zod/mini schema of `Money` (ERR-2, PRICE-1): `{ amount, currency }` with a safe integer of
 * minor units and an active ISO 4217 code; no other keys. Its output is what {@link parseMoney}
 * returns: a new `{ amount, currency }`.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { moneySchema } from 'subscription-rules/schemas';
 * moneySchema().parse({ amount: 1999, currency: 'AUD' });
 * //=> { amount: 1999, currency: 'AUD' }
 * moneySchema().safeParse({ amount: 19.99, currency: 'AUD' }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function moneySchema(): z.ZodMiniType<Money, unknown> {
  schema ??= canonicalising(
    schemaParts().money,
    (value: Money): Money => ({ amount: value.amount, currency: value.currency }),
  );
  return schema;
}
