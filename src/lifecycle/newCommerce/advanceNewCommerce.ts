import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommerceDeadline } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { readState } from './machine/readState.ts';
import type { NewCommerceAdvanced } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/** `advance` for a New Commerce state (NCE-8, NCE-10). */
export function advanceNewCommerce(
  subscription: NewCommerceSubscription,
  to: unknown,
): NewCommerceAdvanced {
  const asOf = readState(subscription);
  const toMs = parseInstant(to, 'to');
  assertNotBefore(toMs, 'to', asOf, 'subscription.asOf');
  const events: NewCommerceDeadline[] = [];
  const state = advanceState(subscription, toMs, instantText(to, toMs, 'to'), events);
  return { subscription: rememberMade(state, toMs), events };
}
