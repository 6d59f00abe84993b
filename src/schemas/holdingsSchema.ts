import * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { Holding } from '../orders/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { throwIssues } from './_internal/throwIssues.ts';

let schema: z.ZodMiniType<Holding[], unknown> | undefined;

/** Each holding names an offer, and an id once (ORD-1). */
function canonical(holdings: Holding[]): Holding[] {
  const ids = new Set<string>();
  holdings.forEach((h, i) => {
    if (h.offer === undefined && h.offerId === undefined)
      throwIssues(RuleErrorCode.MISSING_FIELD, [
        issueOf(`${i}.offer`, 'expected an offer or an offerId'),
      ]);
    if (h.id !== undefined) {
      if (ids.has(h.id))
        throwIssues(RuleErrorCode.INVALID_ARGUMENT, [
          issueOf(`${i}.id`, 'expected an id listed once'),
        ]);
      ids.add(h.id);
    }
  });
  return holdings;
}

/**
 * The zod/mini schema of the holdings `checkOrder` takes (ORD-1, ORD-9): a list of subscriptions,
 * each with an `offer` or an `offerId`, a `quantity` that is a safe integer ≥ 0, and where given
 * an `id` (each once), a status, a term, a billing frequency and `trial`; other keys (a New
 * Commerce state's) pass through unread. Built on the first call.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { holdingsSchema } from 'subscription-rules/schemas';
 * holdingsSchema().safeParse([{ offer: 'microsoft-365-e3', quantity: 50 }]).success;
 * //=> true
 * ```
 * @category Schemas
 */
export function holdingsSchema(): z.ZodMiniType<Holding[], unknown> {
  if (schema !== undefined) return schema;
  const text = z.string().check(z.regex(/\S/));
  schema = canonicalising(
    z.array(
      z.looseObject({
        id: z.optional(text),
        offer: z.optional(text),
        offerId: z.optional(text),
        quantity: z.int().check(z.minimum(0)),
        status: z.optional(
          z.nullable(
            z.enum(['active', 'suspended', 'trial', 'expired', 'disabled', 'cancelled', 'deleted']),
          ),
        ),
        term: z.optional(z.nullable(z.enum(['P1M', 'P1Y', 'P2Y', 'P3Y']))),
        billingFrequency: z.optional(z.nullable(z.enum(['monthly', 'annual', 'triennial']))),
        trial: z.optional(z.boolean()),
      }),
    ),
    canonical,
  );
  return schema;
}
