import type { LifecycleMessageId } from '../../../messages/en/lifecycle.ts';
import type { RefundMessageId } from '../../../messages/en/refunds.ts';
import type { Message } from '../../../messages/types.ts';
import type {
  NewCommerceEffect,
  NewCommerceRefusalCode,
  NewCommerceTransitionAccepted,
  NewCommerceTransitionRefused,
} from '../resultTypes.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { rememberMade } from './lastMade.ts';

/** A refused result: nothing changes; the message with its ID and parameters (MSG-1). */
export function refused(
  code: NewCommerceRefusalCode,
  message: Message<LifecycleMessageId | RefundMessageId>,
): NewCommerceTransitionRefused {
  const { messageId, params } = message;
  return { ok: false, code, message: message.message, messageId, params };
}

/** An accepted result with the context's events. */
export function accepted(
  state: NewCommerceDraft,
  context: EventContext,
  effects: readonly NewCommerceEffect[] = [],
): NewCommerceTransitionAccepted {
  return {
    ok: true,
    subscription: rememberMade(state, context.atMs),
    effects,
    events: context.events,
  };
}
