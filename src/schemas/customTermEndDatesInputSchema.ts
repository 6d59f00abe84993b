import * as z from 'zod/mini';
import { RuleError } from '../errors/RuleError.ts';
import { customTermEndDates } from '../lifecycle/newCommerce/customTermEndDates.ts';
import type { CustomTermEndDatesInput } from '../lifecycle/newCommerce/resultTypes.ts';
import { canonicalising, keyedIssues } from './_internal/canonicalising.ts';
import { checkedByLifecycle } from './_internal/checkedByLifecycle.ts';
import { canonicalNewCommerceState, newCommerceStateShape } from './_internal/newCommerceState.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<CustomTermEndDatesInput>, unknown> | undefined;

/** Runs `check`, its RuleError's paths put under `prefix`. */
function under<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const at = (path: string | undefined): string =>
      path === undefined || path === '' ? prefix : `${prefix}.${path}`;
    throw new RuleError(
      error.code,
      error.message,
      at(error.path),
      keyedIssues(error).map((issue) => ({ ...issue, path: at(issue.path) })),
    );
  }
}

function canonical(value: CustomTermEndDatesInput): Canonical<CustomTermEndDatesInput> {
  const subscriptions = value.subscriptions?.map((item, i) => ({
    id: item.id,
    subscription: under(`subscriptions.${i}.subscription`, () =>
      canonicalNewCommerceState(item.subscription),
    ),
  }));
  const copy = {
    ...value,
    startDate: canonicalInstant(value.startDate as string, 'startDate'),
    ...(subscriptions === undefined ? {} : { subscriptions }),
  };
  // the term, billing frequency and dates checked as customTermEndDates checks them
  checkedByLifecycle(() => customTermEndDates(copy), 'input');
  return copy as Canonical<CustomTermEndDatesInput>;
}

/**
 * The zod/mini schema of what `customTermEndDates` takes (ERR-2, MID-3): `term` (`P1M`, `P1Y`,
 * `P3Y`), a `billingFrequency` the term is sold with, `startDate` and, optionally,
 * `subscriptions`, each `{ id, subscription }` with a stored New Commerce state; no other keys.
 * Its output is what {@link parseCustomTermEndDatesInput} returns: instants in `toISOString()`
 * form, each state as `parseSubscription` returns it.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { customTermEndDatesInputSchema } from 'subscription-rules/schemas';
 * customTermEndDatesInputSchema().parse({ term: 'P1Y', billingFrequency: 'monthly', startDate: '2026-11-20T11:00:00+01:00' });
 * //=> { term: 'P1Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00.000Z' }
 * ```
 * @category Schemas
 */
export function customTermEndDatesInputSchema(): z.ZodMiniType<
  Canonical<CustomTermEndDatesInput>,
  unknown
> {
  if (schema !== undefined) return schema;
  const { instant, text } = schemaParts();
  schema = canonicalising(
    z.strictObject({
      term: z.enum(['P1M', 'P1Y', 'P3Y']),
      billingFrequency: z.enum(['monthly', 'annual', 'triennial']),
      startDate: instant,
      subscriptions: z.optional(
        z.array(z.strictObject({ id: text, subscription: newCommerceStateShape() })),
      ),
    }),
    canonical,
  );
  return schema;
}
