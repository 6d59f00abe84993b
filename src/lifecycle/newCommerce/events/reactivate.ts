import type { NewCommerceReactivateEvent } from '../eventTypes.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { accepted } from '../machine/results.ts';

/**
 * `reactivate` (NCE-7): back to `active` before the term's end (after it the subscription is
 * `disabled`, so the table refuses it `TERMINAL`); auto-renew stays off.
 */
export const reactivate: EventHandler<NewCommerceReactivateEvent> = {
  from: ['suspended'],
  read() {},
  apply(_event, context) {
    context.state.status = 'active';
    return accepted(context.state, context);
  },
};
