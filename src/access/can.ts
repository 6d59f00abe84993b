import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { Action, Role } from '../policy/types.ts';
import { ROLES } from '../policy/vocabulary/roles.ts';
import { readActionRoles } from './_internal/readActionRoles.ts';

/**
 * Whether a Partner Center role may take an action (ROLE-1), from the policy's `roles` table:
 * only an admin agent gets software keys or cancels a software purchase; admin agents and global
 * admins buy software; the five subscription roles manage subscriptions.
 *
 * @param role - The role, e.g. `admin-agent`.
 * @param action - The action, e.g. `cancel-software-purchase`.
 * @param options - `{ policy }`; by default the newest catalog policy (POL-2: no instant here).
 * @returns `true` when the policy lists the role for the action.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for an unknown role (path `role`) or action (path
 *   `action`); `MISSING_FIELD` for an absent one.
 * @example
 * ```ts
 * import { can } from 'subscription-rules';
 * can('admin-agent', 'get-software-keys');
 * //=> true
 * can('sales-agent', 'get-software-keys');
 * //=> false
 * ```
 * @category Roles
 */
export function can(role: Role, action: Action, options?: PolicyOptions): boolean {
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    fail(
      role === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'role',
      'expected a role of ROLE-1 ({roles})',
      role,
      ROLES.join(', '),
    );
  }
  return readActionRoles(resolvePolicy(options), action).includes(role);
}
