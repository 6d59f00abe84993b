import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { Action, Role } from '../policy/types.ts';
import { readActionRoles } from './_internal/readActionRoles.ts';

/**
 * The roles that may take an action (ROLE-1), in the policy's order.
 *
 * @param action - The action, e.g. `view-software-activity-log`.
 * @param options - `{ policy }`; by default the newest catalog policy (POL-2: no instant here).
 * @returns A new array of roles (changing it changes no policy).
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `action`) for an unknown action;
 *   `MISSING_FIELD` for an absent one.
 * @example
 * ```ts
 * import { rolesFor } from 'subscription-rules';
 * rolesFor('buy-software');
 * //=> ['admin-agent', 'global-admin']
 * ```
 * @category Roles
 */
export function rolesFor(action: Action, options?: PolicyOptions): readonly Role[] {
  return readActionRoles(resolvePolicy(options), action).slice();
}
