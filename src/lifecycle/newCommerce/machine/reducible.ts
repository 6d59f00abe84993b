import { parseInstant } from '../../../time/parseInstant.ts';
import type { RefundableQuantity } from '../resultTypes.ts';
import type { SeatBatch } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The seats that can be removed at `atMs` (NCE-6): the batches of an active subscription whose
 * reduction window [addedAt, reducibleUntil) contains `atMs`, newest first. Trials, suspended and
 * ended subscriptions, and products without reductions, have none.
 */
export function reducible(s: NewCommerceDraft, atMs: number): RefundableQuantity {
  const details: { quantity: number; allowedUntil: string }[] = [];
  let total = 0;
  if (s.status !== 'active') return { total, details };
  for (let i = s.seats.length - 1; i >= 0; i--) {
    const batch = s.seats[i] as SeatBatch;
    const until = batch.reducibleUntil;
    if (
      until !== null &&
      parseInstant(batch.addedAt, 'subscription.seats') <= atMs &&
      atMs < parseInstant(until, 'subscription.seats')
    ) {
      details.push({ quantity: batch.quantity, allowedUntil: until });
      total += batch.quantity;
    }
  }
  return { total, details };
}
