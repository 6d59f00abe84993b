import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { optionsPolicy } from '../optionsPolicy.ts';
import type { PolicyOptions } from '../PolicyOptions.ts';
import type { Policy } from '../types.ts';

/**
 * The entry of `catalog` a stored thing names by `policyId`, or the caller's `options.policy`,
 * which must carry that id (POL-2: the rules are fixed when the thing is made). Mixing one
 * policy's record with another's rules is never what a caller meant, so both mismatches are errors.
 */
export function findById<T extends { readonly id: string }>(
  catalog: readonly T[],
  policyId: string,
  idPath: string,
  options: PolicyOptions | undefined,
): T | Policy {
  const given = optionsPolicy(options);
  if (given !== undefined) {
    if (given.id !== policyId) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'options.policy.id',
        'expected the policy {policyId} that {idPath} names',
        given.id,
        JSON.stringify(policyId),
        idPath,
      );
    }
    return given;
  }
  for (const entry of catalog) if (entry.id === policyId) return entry;
  return fail(
    RuleErrorCode.INVALID_ARGUMENT,
    idPath,
    'expected a catalog policy id, or pass { policy } with that id',
    policyId,
  );
}
