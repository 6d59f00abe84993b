import { type LifecycleMessageId, lifecycleMessages } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import type { Message } from '../../../messages/types.ts';
import { readProductRules } from '../../../policy/readProductRules.ts';
import type { PolicyRules } from '../../../policy/types.ts';
import type {
  RefusalCode,
  SubscriptionEvent,
  SubscriptionStatus,
  TransitionRefused,
} from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';
import { refused } from './refused.ts';
import { refusalOrder } from './table.ts';

/**
 * The first refusal of the table's refusal order that applies to `event` (LC-11), on the state
 * advanced to the event's instant, or `undefined` when the event goes on to its handler.
 *
 * @param from - The statuses the event table lists for the event.
 */
export function firstRefusal(
  event: SubscriptionEvent,
  state: DraftSubscription,
  policy: PolicyRules,
  from: readonly SubscriptionStatus[],
): TransitionRefused | undefined {
  for (let i = 0; i < refusalOrder.length; i++) {
    const code = refusalOrder[i] as RefusalCode;
    if (applies(code, event, state, policy, from))
      return refused(code, message(code, event, state));
  }
  return undefined;
}

/**
 * Whether `code` refuses `event`: one case per code of the refusal order. It runs at every
 * transition, so it stays small enough for the compiler to inline, and the sentences are built
 * apart, only for a refusal (with them inline, a transition measured ~15 ns slower).
 */
function applies(
  code: RefusalCode,
  event: SubscriptionEvent,
  state: DraftSubscription,
  policy: PolicyRules,
  from: readonly SubscriptionStatus[],
): boolean {
  const status = state.status;
  switch (code) {
    case 'TERMINAL': // LC-11: the subscription has ended
      return status === 'cancelled' || status === 'expired' || status === 'deleted';
    case 'NOT_ALLOWED': // LC-6: the status is not in the event's row of the table
      return !from.includes(status);
    case 'NOT_SUPPORTED': // LC-5: the product's policy has no auto-renew toggle
      return (
        event.type === 'set-auto-renew' &&
        !readProductRules(policy, state.product, 'subscription.product').autoRenewToggle
      );
    case 'CANCELLATION_SCHEDULED': // LC-3, LC-5: a second cancel, or auto-renew on (off passes)
      return (
        state.cancelAtRenewal &&
        ((event.type === 'cancel' && status === 'active') ||
          (event.type === 'set-auto-renew' && event.enabled))
      );
    default: // LC-3: the refund decision, asked by the cancel handler after every check above
      return false;
  }
}

/** The sentence a UI shows for a refusal `applies` found. */
function message(
  code: RefusalCode,
  event: SubscriptionEvent,
  state: DraftSubscription,
): Message<LifecycleMessageId> {
  const status = state.status;
  const t = lifecycleMessages;
  switch (code) {
    case 'TERMINAL':
      return status === 'deleted'
        ? say(t, 'lifecycle.refused.deleted')
        : say(t, 'lifecycle.refused.terminal', { status });
    case 'NOT_ALLOWED':
      return status === 'suspended'
        ? say(t, 'lifecycle.refused.suspended', { event: event.type })
        : say(t, 'lifecycle.refused.not-allowed', { status, event: event.type });
    case 'NOT_SUPPORTED':
      return say(t, 'lifecycle.refused.auto-renew-not-supported', { product: state.product });
    default: // CANCELLATION_SCHEDULED: the only other code `applies` finds
      return say(
        t,
        event.type === 'cancel'
          ? 'lifecycle.refused.cancellation-scheduled'
          : 'lifecycle.refused.auto-renew-blocked',
        { termEnd: state.termEnd as string },
      );
  }
}
