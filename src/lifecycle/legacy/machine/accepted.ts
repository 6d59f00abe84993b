import type { Effect, TransitionAccepted } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { rememberMade } from './lastMade.ts';

/** An accepted result with the context's events. */
export function accepted(
  subscription: DraftSubscription,
  context: EventContext,
  effects: readonly Effect[] = [],
): TransitionAccepted {
  return {
    ok: true,
    subscription: rememberMade(subscription, context.atMs),
    effects,
    events: context.events,
  };
}
