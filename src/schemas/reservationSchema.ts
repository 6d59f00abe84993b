import * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { Reservation } from '../reservations/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { throwIssues } from './_internal/throwIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<Reservation>, unknown> | undefined;

/** The reservation with its purchase instant in ISO UTC form, once its prices agree. */
function canonical(value: Canonical<Reservation>): Canonical<Reservation> {
  const { price, currentPrice } = value;
  if (currentPrice !== undefined && currentPrice.currency !== price.currency) {
    throwIssues(RuleErrorCode.CURRENCY_MISMATCH, [
      issueOf('currentPrice.currency', 'expected {currency}, the currency of reservation.price', {
        currency: price.currency,
      }),
    ]);
  }
  return {
    id: value.id,
    type: value.type,
    term: value.term,
    billingPlan: value.billingPlan,
    purchasedAt: canonicalInstant(value.purchasedAt, 'purchasedAt'),
    price,
    ...(currentPrice === undefined ? {} : { currentPrice }),
    ...(value.usdRate === undefined ? {} : { usdRate: value.usdRate }),
  };
}

/**
 * The zod/mini schema of a {@link Reservation} (ERR-2, RES-1): a non-empty `id` and `type`, a
 * term of `P1Y` or `P3Y`, `upfront` or `monthly`, an instant, prices ≥ 0 in one currency, a
 * `usdRate` > 0 with at most 10 decimals; unknown keys rejected. Its output has `purchasedAt` in
 * ISO 8601 UTC form. Built on the first call.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { reservationSchema } from 'subscription-rules/schemas';
 * reservationSchema().safeParse({
 *   id: 'r', type: 'storage', term: 'P1Y', billingPlan: 'monthly',
 *   purchasedAt: '2026-01-01T09:00:00+09:00', price: { amount: 1200, currency: 'USD' },
 * }).data?.purchasedAt;
 * //=> '2026-01-01T00:00:00.000Z'
 * ```
 * @category Schemas
 */
export function reservationSchema(): z.ZodMiniType<Canonical<Reservation>, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({
      id: parts.text,
      type: parts.text,
      term: z.enum(['P1Y', 'P3Y']),
      billingPlan: z.enum(['upfront', 'monthly']),
      purchasedAt: parts.instant,
      price: parts.price,
      currentPrice: z.optional(parts.price),
      usdRate: z.optional(parts.usdRate),
    }),
    canonical,
  );
  return schema;
}
