import { checkSeatsAtPrice } from '../../_internal/checkSeatsAtPrice.ts';
import { readQuantity } from '../../_internal/readQuantity.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { ChangeQuantityEvent } from '../types.ts';

/** `change-quantity` (LC-9): to an integer ≥ 1 (in `trial` or `active`, says the table). */
export const changeQuantity: EventHandler<ChangeQuantityEvent> = {
  read(event) {
    readQuantity(event.quantity, 'event.quantity');
  },
  apply(event, context) {
    // the state's price times the new quantity stays a safe integer (PRICE-1, NCE-11)
    checkSeatsAtPrice(context.state.price, event.quantity, 'event.quantity');
    context.state.quantity = event.quantity;
    return accepted(context.state, context);
  },
};
