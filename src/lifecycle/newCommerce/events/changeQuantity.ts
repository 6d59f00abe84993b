import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { checkSeatsAtPrice } from '../../_internal/checkSeatsAtPrice.ts';
import { readQuantity } from '../../_internal/readQuantity.ts';
import type { NewCommerceChangeQuantityEvent } from '../eventTypes.ts';
import { billed, chargeAt, creditAt } from '../machine/charges.ts';
import { creditFor } from '../machine/credit.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { reducible } from '../machine/reducible.ts';
import { accepted, refused } from '../machine/results.ts';
import { seatBatch } from '../machine/terms.ts';
import type { SeatBatch } from '../types.ts';

/**
 * `change-quantity` (NCE-6, NCE-7): an increase adds a batch with its own reduction window; a
 * decrease takes seats from the reducible batches, newest first, and credits them (NCE-5). Every
 * accepted change-quantity drops the scheduled renewal changes, also one to the quantity held
 * (decided: it is accepted, not refused as a no-op, and bills nothing; the renewal then renews the
 * seats held).
 */
export const changeQuantity: EventHandler<NewCommerceChangeQuantityEvent> = {
  from: ['active'],
  read(event) {
    readQuantity(event.quantity, 'event.quantity');
  },
  apply(event, context) {
    const { state, atMs, at } = context;
    const target = event.quantity;
    const current = state.quantity;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-seats'));
    // accepted as any other change of seats: the renewal then bills the seats held, not a
    // quantity scheduled before (NCE-7)
    if (target === current) {
      state.scheduled = null;
      return accepted(state, context);
    }
    if (target > current) {
      // the state's price times the new quantity stays a safe integer (PRICE-1, NCE-11)
      checkSeatsAtPrice(state.price, target, 'event.quantity');
      // and so does the price of a billing frequency change waiting (MID-2)
      checkSeatsAtPrice(state.pendingBillingFrequency?.price ?? null, target, 'event.quantity');
      state.seats = [...state.seats, seatBatch(state, target - current, at, atMs)];
      state.quantity = target;
      state.scheduled = null;
      // the added seats are billed from the day of the addition to the period's end (CHG-2)
      return accepted(
        state,
        context,
        billed(state) ? [chargeAt(state, 'add-quantity', target - current, at, atMs)] : [],
      );
    }
    if (state.product !== 'license-based') {
      return refused(
        'NOT_SUPPORTED',
        say(t, 'lifecycle.refused.no-seat-reductions', { product: state.product }),
      );
    }
    const remove = current - target;
    const open = reducible(state, atMs);
    if (remove > open.total) {
      const last = open.details[open.details.length - 1];
      return refused(
        'REDUCTION_NOT_ALLOWED',
        last === undefined
          ? say(t, 'lifecycle.refused.no-seats-removable', {
              quantity: target,
              termEnd: state.termEnd as string,
            })
          : say(t, 'lifecycle.refused.seats-limited', {
              total: open.total,
              batches: open.details.map((d) => ({
                quantity: d.quantity,
                allowedUntil: d.allowedUntil,
              })),
            }),
      );
    }
    const seats: SeatBatch[] = [...state.seats];
    let left = remove;
    for (let i = seats.length - 1; i >= 0 && left > 0; i--) {
      const batch = seats[i] as SeatBatch;
      const until = batch.reducibleUntil;
      if (until === null || atMs >= parseInstant(until, 'subscription.seats')) continue;
      const take = Math.min(left, batch.quantity);
      left -= take;
      if (take === batch.quantity) seats.splice(i, 1);
      else
        seats[i] = {
          quantity: batch.quantity - take,
          addedAt: batch.addedAt,
          reducibleUntil: until,
        };
    }
    const credit = creditFor(state, remove, atMs, false);
    state.seats = seats;
    state.quantity = target;
    state.scheduled = null;
    return accepted(state, context, [
      creditAt(state, 'remove-quantity', 'prorated-credit', remove, at, atMs, credit, 'NCE-6'),
    ]);
  },
};
