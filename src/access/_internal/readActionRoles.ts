import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Action, Policy, Role } from '../../policy/types.ts';

/**
 * The roles a policy allows to take an action (ROLE-1).
 *
 * @param policy - The deciding policy.
 * @param action - The action as given.
 * @returns The policy's list of roles for it (not to be handed out as is: callers copy it).
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `action`) for an action the policy does not
 *   know; `MISSING_FIELD` when it is absent; `INVALID_ARGUMENT` (path
 *   `options.policy.roles.<action>`) when the policy's entry is not a list, or (path
 *   `options.policy.roles`) when it has no roles table.
 */
export function readActionRoles(policy: Policy, action: unknown): readonly Role[] {
  const table: unknown = policy.roles;
  if (typeof table !== 'object' || table === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.policy.roles', 'expected an object', table);
  }
  if (typeof action !== 'string' || !Object.hasOwn(table, action)) {
    fail(
      action === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'action',
      'expected an action of ROLE-1 ({actions})',
      action,
      Object.keys(policy.roles).join(', '),
    );
  }
  const roles = policy.roles[action as Action];
  if (!Array.isArray(roles)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `options.policy.roles.${action}`,
      'expected a list of roles',
      roles,
    );
  }
  return roles;
}
