import type { MessageOptions } from '../messages/types.ts';
import type { NewCommercePolicy } from '../policy/types.ts';
import { judgeOrder } from './judgeOrder.ts';
import type { OrderRefusal, OrderRefusalCode } from './types.ts';

/** The seats a change of one holding may go to (ORD-7), and the refusal one seat past each bound. */
export interface QuantityBounds {
  /** The fewest seats the constraints accept (1 when none bounds it from below). */
  readonly min: number;
  /** The refusal of `min − 1` seats, when a constraint sets `min`. */
  readonly minBy?: OrderRefusal;
  /** The most seats the constraints accept; absent when none bounds it. */
  readonly max?: number;
  /** The refusal of `max + 1` seats. */
  readonly maxBy?: OrderRefusal;
}

const UP: readonly OrderRefusalCode[] = [
  'above-maximum',
  'family-cap-exceeded',
  'add-on-over-base',
  'add-on-without-base',
];
const DOWN: readonly OrderRefusalCode[] = [
  'below-minimum',
  'add-on-under-share',
  'add-on-over-base',
];

/**
 * The seat bounds of a change of one holding (ORD-7): the fewest and the most seats `checkOrder`
 * accepts for it, found by bisection over its quantity — the verdicts are monotone in it (ORD-5)
 * and the holding as it stands is never refused by a seat bound (ORD-4) — so every bound is
 * accepted and one seat past it refused.
 *
 * @param order - A change (`subscriptionId` naming one of `holdings`), at its current quantity.
 * @param holdings - The holdings, the changed one among them.
 * @param current - The changed holding's seats now.
 * @param ms - The instant, epoch milliseconds.
 * @param policy - The New Commerce policy.
 * @param options - `{ locale }` for the refusals' sentences.
 * @param ownOnly - Whether only the subscription's own constraints run (no caps, ORD-6).
 * @returns The bounds.
 */
export function quantityBounds(
  order: { readonly [key: string]: unknown },
  holdings: unknown,
  current: number,
  ms: number,
  policy: Pick<NewCommercePolicy, 'id' | 'orders'>,
  options: MessageOptions | undefined,
  ownOnly: boolean,
): QuantityBounds {
  const refusal = (
    quantity: number,
    codes: readonly OrderRefusalCode[],
  ): OrderRefusal | undefined => {
    const check = judgeOrder({ ...order, quantity }, holdings, ms, policy, options, ownOnly);
    return check.ok ? undefined : check.refusals.find((r) => codes.includes(r.code));
  };
  // the order and holdings read once (a bad one throws here, whatever the bounds), then probed
  refusal(current, UP);
  let held = 0;
  for (const h of holdings as readonly { quantity: number }[]) held += h.quantity;
  // the most a probe may ask: every seat summed stays a safe integer
  const ceiling = Number.MAX_SAFE_INTEGER - held;
  let min = 1;
  let minBy: OrderRefusal | undefined;
  if (current > 1 && refusal(1, DOWN) !== undefined) {
    let lo = 1; // refused
    let hi = current; // accepted
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (refusal(mid, DOWN) === undefined) hi = mid;
      else lo = mid;
    }
    min = hi;
    minBy = refusal(lo, DOWN);
  }
  let max: number | undefined;
  let maxBy: OrderRefusal | undefined;
  if (ceiling > current && refusal(ceiling, UP) !== undefined) {
    let lo = current; // accepted
    let hi = ceiling; // refused
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (refusal(mid, UP) === undefined) lo = mid;
      else hi = mid;
    }
    max = lo;
    maxBy = refusal(hi, UP);
  }
  return {
    min,
    ...(minBy === undefined ? {} : { minBy }),
    ...(max === undefined ? {} : { max }),
    ...(maxBy === undefined ? {} : { maxBy }),
  };
}
