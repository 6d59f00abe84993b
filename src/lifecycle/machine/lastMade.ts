import type { Subscription } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * The last state a lifecycle function returned, what it held then, and its `asOf` in epoch
 * milliseconds. A front end or a simulation sends the state it was just given straight back; when
 * that state still holds exactly what it held when the library made it (every field, and the
 * price's and the suspension's fields, compared with `===`), the full check of `readSubscription`
 * is skipped: the library built it from checked parts. Any other value, or a change to any field,
 * goes through the full check. One slot, no collection to grow.
 */
let made: object = {};
let held: readonly unknown[] = [];
let madeAsOfMs = 0;

type Fields = { readonly [K in keyof Subscription]?: unknown };

function same(s: Fields, values: readonly unknown[]): boolean {
  const price = s.price as { amount?: unknown; currency?: unknown } | null;
  const suspension = s.suspension as Readonly<Record<string, unknown>> | null;
  return (
    s.status === values[0] &&
    s.asOf === values[1] &&
    s.policyId === values[2] &&
    s.product === values[3] &&
    s.billingCycle === values[4] &&
    s.term === values[5] &&
    s.quantity === values[6] &&
    s.autoRenew === values[7] &&
    s.cancelAtRenewal === values[8] &&
    s.orderedAt === values[9] &&
    price === values[10] &&
    (price === null || (price.amount === values[11] && price.currency === values[12])) &&
    s.accountOpenedAt === values[13] &&
    s.firstBillingPeriodStart === values[14] &&
    s.trialEndsAt === values[15] &&
    s.termAnchor === values[16] &&
    s.termNumber === values[17] &&
    s.termStart === values[18] &&
    s.termEnd === values[19] &&
    suspension === values[20] &&
    (suspension === null ||
      (suspension.at === values[21] &&
        suspension.reason === values[22] &&
        suspension.expiresAt === values[23] &&
        suspension.resumeTo === values[24]))
  );
}

/** Remembers a state a lifecycle function is about to return (built from checked parts). */
export function rememberMade(state: DraftSubscription, asOfMs: number): Subscription {
  const price = state.price;
  const suspension = state.suspension;
  made = state;
  madeAsOfMs = asOfMs;
  held = [
    state.status,
    state.asOf,
    state.policyId,
    state.product,
    state.billingCycle,
    state.term,
    state.quantity,
    state.autoRenew,
    state.cancelAtRenewal,
    state.orderedAt,
    price,
    price?.amount,
    price?.currency,
    state.accountOpenedAt,
    state.firstBillingPeriodStart,
    state.trialEndsAt,
    state.termAnchor,
    state.termNumber,
    state.termStart,
    state.termEnd,
    suspension,
    suspension?.at,
    suspension?.reason,
    suspension?.expiresAt,
    suspension?.resumeTo,
  ];
  return state as Subscription;
}

/** The `asOf` of the state last returned, if `value` is that state, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  return value === made && same(value as Fields, held) ? madeAsOfMs : undefined;
}
