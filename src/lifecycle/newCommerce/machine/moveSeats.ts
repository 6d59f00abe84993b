import type { SeatBatch } from '../types.ts';

/**
 * Takes `quantity` seats from `seats`, newest batch first, whatever their windows (MID-4): the
 * batches left (a batch never holds 0) and the seats taken, as batches added at `at` that keep the
 * reduction window of the batch they came from, oldest first.
 */
export function moveSeats(
  seats: readonly SeatBatch[],
  quantity: number,
  at: string,
): { left: SeatBatch[]; moved: SeatBatch[] } {
  const left: SeatBatch[] = [...seats];
  const moved: SeatBatch[] = [];
  let rest = quantity;
  for (let i = left.length - 1; i >= 0 && rest > 0; i--) {
    const batch = left[i] as SeatBatch;
    const take = Math.min(rest, batch.quantity);
    rest -= take;
    moved.unshift({ quantity: take, addedAt: at, reducibleUntil: batch.reducibleUntil });
    if (take === batch.quantity) left.splice(i, 1);
    else
      left[i] = {
        quantity: batch.quantity - take,
        addedAt: batch.addedAt,
        reducibleUntil: batch.reducibleUntil,
      };
  }
  return { left, moved };
}
