import { readQuantity } from '../_internal/readQuantity.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { ChangeQuantityEvent } from '../types.ts';

/** `change-quantity` (LC-9): to an integer ≥ 1 (in `trial` or `active`, says the table). */
export const changeQuantity: EventHandler<ChangeQuantityEvent> = {
  read(event) {
    readQuantity(event.quantity, 'event.quantity');
  },
  apply(event, context) {
    context.state.quantity = event.quantity;
    return accepted(context.state, context);
  },
};
