import * as z from 'zod/mini';
import type { SavingsPlan } from '../reservations/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<SavingsPlan>, unknown> | undefined;

/**
 * The zod/mini schema of a {@link SavingsPlan} (ERR-2, RES-2): a non-empty `id`, a term of `P1Y`
 * or `P3Y` and an instant; unknown keys rejected. Its output has `purchasedAt` in ISO 8601 UTC
 * form. Built on the first call.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { savingsPlanSchema } from 'subscription-rules/schemas';
 * savingsPlanSchema().safeParse({ id: 'sp', term: 'P1M', purchasedAt: '2026-01-01T00:00:00Z' })
 *   .success;
 * //=> false
 * ```
 * @category Schemas
 */
export function savingsPlanSchema(): z.ZodMiniType<Canonical<SavingsPlan>, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.strictObject({ id: parts.text, term: z.enum(['P1Y', 'P3Y']), purchasedAt: parts.instant }),
    (plan: Canonical<SavingsPlan>) => ({
      id: plan.id,
      term: plan.term,
      purchasedAt: canonicalInstant(plan.purchasedAt, 'purchasedAt'),
    }),
  );
  return schema;
}
