import type {
  NewCommerceEffect,
  NewCommerceRefusalCode,
  NewCommerceTransitionAccepted,
  NewCommerceTransitionRefused,
} from '../resultTypes.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { rememberMade } from './lastMade.ts';

/** A refused result: nothing changes. */
export function refused(
  code: NewCommerceRefusalCode,
  message: string,
): NewCommerceTransitionRefused {
  return { ok: false, code, message };
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
