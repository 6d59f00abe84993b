import { readQuantity } from '../_internal/readQuantity.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { ChangeQuantityEvent } from '../types.ts';

/** `change-quantity` (SPEC LC-9): in `trial` or `active`, to an integer ≥ 1. */
export const changeQuantity: EventHandler<ChangeQuantityEvent> = {
  from: ['trial', 'active'],
  read(event) {
    readQuantity(event.quantity, 'event.quantity');
  },
  apply(event, context) {
    context.state.quantity = event.quantity;
    return accepted(context.state, context);
  },
};
