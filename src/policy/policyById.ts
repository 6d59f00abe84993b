import { findById } from './_internal/findById.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import { partnerCenterPolicies } from './partnerCenterPolicies.ts';
import type { Policy } from './types.ts';

/**
 * The policy a stored thing (a subscription, a download link) names by its `policyId`: the caller's
 * `options.policy`, which must carry that id, or the catalog policy of that id (POL-2: the rules
 * are fixed when the thing is made). Mixing one policy's record with another's rules is never what
 * a caller meant, so both mismatches are errors.
 *
 * @param policyId - The id the stored thing carries.
 * @param idPath - The dot path of that id, for the error (`link.policyId`).
 * @param options - `{ policy }` when the id is not a catalog policy.
 * @returns The policy to judge the thing by.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `idPath` when the id is not in the catalog and no
 *   policy is given, or at `options.policy.id` when the given policy has another id.
 */
export function policyById(
  policyId: string,
  idPath: string,
  options: PolicyOptions | undefined,
): Policy {
  return findById(partnerCenterPolicies, policyId, idPath, options) as Policy;
}
