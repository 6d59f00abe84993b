import { findById } from './_internal/findById.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import { legacyCatalogRules } from './rulesInForceAt.ts';
import type { PolicyRules } from './types.ts';

/**
 * The decision rules a stored subscription names by its `policyId`: the caller's `options.policy`,
 * which must carry that id, or the catalog's rules of that id (POL-2) — without the rest of the
 * catalog policy, so a lifecycle bundle carries no titles, sources, roles or market lists.
 *
 * @param policyId - The id the subscription carries.
 * @param idPath - The dot path of that id, for the error (`subscription.policyId`).
 * @param options - `{ policy }` when the id is not a catalog policy.
 * @returns The rules to judge the subscription by.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `idPath` when the id is not in the catalog and no
 *   policy is given, or at `options.policy.id` when the given policy has another id.
 */
export function rulesById(
  policyId: string,
  idPath: string,
  options: PolicyOptions | undefined,
): PolicyRules {
  // A New Commerce policy is refused where its product rules are read (readProductRules).
  return findById(legacyCatalogRules(), policyId, idPath, options) as PolicyRules;
}
