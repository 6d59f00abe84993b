import { fail } from '../../_internal/fail.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Subscription } from '../types.ts';

const statuses: Readonly<Record<string, true>> = {
  trial: true,
  active: true,
  suspended: true,
  cancelled: true,
  expired: true,
  deleted: true,
};

/**
 * The cheap guard every lifecycle function runs on the state it is given (ERR-1): an object with a
 * known `status`, a `policyId` and a valid `asOf`. A state read from storage should go through
 * `parseSubscription` (schemas entry) once; this guard only stops the common mistakes.
 *
 * @returns The state's `asOf` in epoch milliseconds.
 */
export function readSubscription(subscription: unknown): number {
  if (typeof subscription !== 'object' || subscription === null || Array.isArray(subscription)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription',
      'expected a subscription state',
      subscription,
    );
  }
  const { status, policyId, asOf } = subscription as Partial<Subscription>;
  if (typeof status !== 'string' || statuses[status] !== true) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription.status',
      'expected a subscription status',
      status,
    );
  }
  if (typeof policyId !== 'string') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'subscription.policyId', 'expected a policy id', policyId);
  }
  return parseInstant(asOf, 'subscription.asOf');
}
