import { parseInstant } from '../time/parseInstant.ts';
import { partnerCenterPolicies } from './partnerCenterPolicies.ts';
import type { Policy } from './types.ts';

let starts: number[] | undefined;

/**
 * The catalog policy in force at an instant already read into epoch milliseconds (SPEC POL-2): the
 * newest policy whose `inForceFrom` is at or before it, or the oldest for anything earlier. The
 * start instants are read once, on the first call.
 *
 * @param ms - Epoch milliseconds.
 * @returns The policy in force.
 */
export function policyInForceAt(ms: number): Policy {
  starts ??= partnerCenterPolicies.map((policy) =>
    policy.inForceFrom === null ? -Infinity : parseInstant(policy.inForceFrom, 'inForceFrom'),
  );
  for (let i = partnerCenterPolicies.length - 1; i > 0; i--) {
    if (ms >= (starts[i] as number)) return partnerCenterPolicies[i] as Policy;
  }
  return partnerCenterPolicies[0];
}
