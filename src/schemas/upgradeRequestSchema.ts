import * as z from 'zod/mini';
import { RuleError } from '../errors/RuleError.ts';
import type { NewCommerceUpgradeRequest } from '../lifecycle/newCommerce/resultTypes.ts';
import { requireNewCommerceBilling } from '../policy/requireNewCommerceBilling.ts';
import { canonicalising, keyedIssues } from './_internal/canonicalising.ts';
import { newCommerceBillingParts } from './_internal/newCommerceInput.ts';
import { canonicalNewCommerceState, newCommerceStateShape } from './_internal/newCommerceState.ts';
import { priceKeyShape } from './_internal/priceKeyShape.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<NewCommerceUpgradeRequest>, unknown> | undefined;

/** Runs `check`, its RuleError's paths put under `prefix` (or with `input.` dropped). */
function under<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const at = (path: string | undefined): string => {
      const own = path?.startsWith('request.') ? path.slice('request.'.length) : (path ?? '');
      return prefix === '' ? own : own === '' ? prefix : `${prefix}.${own}`;
    };
    throw new RuleError(
      error.code,
      error.message,
      at(error.path),
      keyedIssues(error).map((issue) => ({ ...issue, path: at(issue.path) })),
    );
  }
}

function canonical(value: NewCommerceUpgradeRequest): Canonical<NewCommerceUpgradeRequest> {
  const { to, into } = value;
  // a term and billing frequency named together are one the licences are sold with (NCE-2); one
  // named alone is paired with the source's (or into's), which upgrade checks
  if (to.term !== undefined && to.billingFrequency !== undefined)
    under('', () =>
      requireNewCommerceBilling('license-based', to.term, to.billingFrequency, 'request.to'),
    );
  return {
    ...value,
    at: canonicalInstant(value.at as string, 'at'),
    ...(into === undefined ? {} : { into: under('into', () => canonicalNewCommerceState(into)) }),
  } as Canonical<NewCommerceUpgradeRequest>;
}

/**
 * The zod/mini schema of what `upgrade` is asked (ERR-2, MID-4): `at`, `to: { offerId, price,
 * term?, billingFrequency? }` (each optional; named together, a plan licences are sold with),
 * `quantity?` and `into?`, a stored New Commerce state; no other keys. Its output is
 * what {@link parseUpgradeRequest} returns: instants in `toISOString()` form. What depends on the
 * source (the seats it has, its term and currency) is `upgrade`'s to check.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { upgradeRequestSchema } from 'subscription-rules/schemas';
 * upgradeRequestSchema().parse({ at: '2026-11-30T13:00:00+01:00', quantity: 4, to: { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } } }).at;
 * //=> '2026-11-30T12:00:00.000Z'
 * ```
 * @category Schemas
 */
export function upgradeRequestSchema(): z.ZodMiniType<
  Canonical<NewCommerceUpgradeRequest>,
  unknown
> {
  if (schema !== undefined) return schema;
  const { instant, text, price, quantity } = schemaParts();
  const { term, billingFrequency } = newCommerceBillingParts();
  schema = canonicalising(
    z.strictObject({
      at: instant,
      to: z.strictObject({
        offerId: text,
        price: z.optional(price),
        priceKey: z.optional(priceKeyShape()),
        term: z.optional(term),
        billingFrequency: z.optional(billingFrequency),
      }),
      quantity: z.optional(quantity),
      into: z.optional(newCommerceStateShape()),
    }),
    canonical,
  );
  return schema;
}
