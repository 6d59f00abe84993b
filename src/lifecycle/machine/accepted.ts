import type { Effect, Subscription, TransitionAccepted } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';

/** An accepted result with the context's events. */
export function accepted(
  subscription: DraftSubscription,
  context: EventContext,
  effects: readonly Effect[] = [],
): TransitionAccepted {
  return { ok: true, subscription: subscription as Subscription, effects, events: context.events };
}
