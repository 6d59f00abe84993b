import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { readSubscription } from './machine/readSubscription.ts';
import type { Advanced, Deadline, Subscription } from './types.ts';

/**
 * Lets time pass for a legacy subscription (LC-10).
 *
 * @param subscription - The state.
 * @param to - The instant to advance to.
 * @returns The new state and the events.
 */
export function advanceLegacy(subscription: Subscription, to: Instant): Advanced {
  const asOf = readSubscription(subscription);
  const toMs = parseInstant(to, 'to');
  assertNotBefore(toMs, 'to', asOf, 'subscription.asOf');
  const events: Deadline[] = [];
  const state = advanceState(subscription, toMs, instantText(to, toMs, 'to'), events);
  return { subscription: rememberMade(state, toMs), events };
}
