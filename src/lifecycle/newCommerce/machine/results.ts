import type { LifecycleMessageId } from '../../../messages/en/lifecycle.ts';
import type { MidTermMessageId } from '../../../messages/en/newCommerce/midTerm.ts';
import type { RefundMessageId } from '../../../messages/en/refunds.ts';
import type { Message } from '../../../messages/types.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type {
  NewCommerceEffect,
  NewCommerceRefusalCode,
  NewCommerceTransitionAccepted,
  NewCommerceTransitionRefused,
  NewCommerceWarning,
} from '../resultTypes.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { rememberMade } from './lastMade.ts';

/** A refused result: nothing changes; the message with its ID and parameters (MSG-1). */
export function refused(
  code: NewCommerceRefusalCode,
  message: Message<LifecycleMessageId | MidTermMessageId | RefundMessageId>,
): NewCommerceTransitionRefused {
  const { messageId, params } = message;
  return { ok: false, code, message: message.message, messageId, params };
}

/**
 * An accepted result with the context's events, and its effects after what the time passed on the
 * way billed (CHG-1); `unpriced` once when the state has no price to bill with, or when one of its
 * effects had none (a credit of an unpriced Extended Service Term left by `change-term`, EST-7:
 * the money is unknown, whatever the new term costs); the warnings of
 * the Extended Service Term when there are any (EST-2, EST-3, EST-7). Built as one object literal
 * per shape, so every result of a shape has one key order and one hidden class.
 */
export function accepted(
  state: NewCommerceDraft,
  context: EventContext,
  effects?: readonly NewCommerceEffect[],
  warnings?: readonly NewCommerceWarning[],
): NewCommerceTransitionAccepted {
  // the charges the time passed are a fresh list of this call's alone: the event's effects go
  // after them in it, so no list is copied
  const all = context.charges as NewCommerceEffect[];
  if (effects !== undefined)
    for (let i = 0; i < effects.length; i++) all.push(effects[i] as NewCommerceEffect);
  const subscription = rememberMade(state, context.atMs);
  const events = context.events;
  const unpriced = unpricedOf(state) || someUnpriced(all);
  if (warnings === undefined)
    return unpriced
      ? { ok: true, subscription, effects: all, events, unpriced: true }
      : { ok: true, subscription, effects: all, events };
  return unpriced
    ? { ok: true, subscription, effects: all, events, unpriced: true, warnings }
    : { ok: true, subscription, effects: all, events, warnings };
}

/** Whether a state says it bills no money (CHG-1): no price, and a product that has charges. */
export function unpricedOf(state: NewCommerceDraft): boolean {
  return state.price === null && !isUsageProduct(state.product);
}

/** Whether an effect says its money is unknown (CHG-1: `unpriced: true` on a credit or charge). */
function someUnpriced(effects: readonly NewCommerceEffect[]): boolean {
  for (let i = 0; i < effects.length; i++)
    if ((effects[i] as { readonly unpriced?: true }).unpriced === true) return true;
  return false;
}
