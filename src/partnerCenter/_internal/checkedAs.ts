import { RuleError } from '../../errors/RuleError.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { nextDeadline } from '../../lifecycle/nextDeadline.ts';

/**
 * Runs the lifecycle's own state check on `state`, and names a field it refuses by the caller's
 * parameter (`before.quantity`, `after.status`) instead of the lifecycle's `subscription` (ERR-1).
 *
 * @throws {@link RuleError} as the lifecycle does, its path and message under `name`.
 */
export function checkedAs(state: Subscription | NewCommerceSubscription, name: string): void {
  try {
    nextDeadline(state as Subscription);
  } catch (error) {
    const path = error instanceof RuleError ? error.path : undefined;
    if (path === undefined || !(path === 'subscription' || path.startsWith('subscription.')))
      throw error;
    const e = error as RuleError;
    const renamed = `${name}${path.slice('subscription'.length)}`;
    const message = `${renamed}${e.message.slice(path.length)}`;
    throw Object.assign(new RuleError(e.code, message, renamed), {
      messageId: e.messageId,
      params: { ...e.params, path: renamed },
    });
  }
}
