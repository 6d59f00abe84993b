import { fail } from '../../_internal/fail.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { ChangeQuantityEvent } from '../types.ts';

/** `change-quantity` (SPEC LC-9): in `trial` or `active`, to an integer ≥ 1. */
export const changeQuantity: EventHandler<ChangeQuantityEvent> = {
  from: ['trial', 'active'],
  read(event) {
    if (!Number.isSafeInteger(event.quantity) || event.quantity < 1) {
      fail(
        event.quantity === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_QUANTITY,
        'event.quantity',
        'expected an integer ≥ 1',
        event.quantity,
      );
    }
  },
  apply(event, context) {
    context.state.quantity = event.quantity;
    return accepted(context.state, context);
  },
};
