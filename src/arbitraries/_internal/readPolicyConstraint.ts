import { checkPolicy } from '../../policy/checkPolicy.ts';
import type { Policy } from '../../policy/types.ts';

/** A `Policy` given in an arbitrary's constraints, checked at `path` (ERR-1). */
export function readPolicyConstraint(value: unknown, path: string): Policy {
  return checkPolicy(value, path);
}
