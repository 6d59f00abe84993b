import type { Effect, Subscription, TransitionAccepted } from '../types.ts';
import type { EventContext } from './EventHandler.ts';

/** An accepted result with the context's events. */
export function accepted(
  subscription: Subscription,
  context: EventContext,
  effects: readonly Effect[] = [],
): TransitionAccepted {
  return { ok: true, subscription, effects, events: context.events };
}
