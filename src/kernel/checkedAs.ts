import { isRuleError } from '../errors/isRuleError.ts';
import type { RuleError } from '../errors/RuleError.ts';
import { thrownRuleError } from './thrownRuleError.ts';

/**
 * Runs the lifecycle's own state check on `state`, and names a field it refuses by the caller's
 * parameter (`before.quantity`, `after.status`) instead of the lifecycle's `subscription` (ERR-1).
 *
 * @param state - The state.
 * @param name - The caller's parameter name.
 * @param guard - The program's state check (its `nextDeadline`).
 * @throws {@link RuleError} as the lifecycle does, its path and message under `name`.
 */
export function checkedAs<S>(state: S, name: string, guard: (state: S) => unknown): void {
  try {
    guard(state);
  } catch (error) {
    const path = isRuleError(error) ? error.path : undefined;
    if (path === undefined || !(path === 'subscription' || path.startsWith('subscription.')))
      throw error;
    const e = error as RuleError;
    const renamed = `${name}${path.slice('subscription'.length)}`;
    const message = `${renamed}${e.message.slice(path.length)}`;
    throw thrownRuleError(e.code, message, renamed, {
      messageId: e.messageId,
      params: { ...e.params, path: renamed },
    });
  }
}
