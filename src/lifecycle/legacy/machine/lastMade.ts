import type { Money } from '../../../pricing/money.ts';
import type { Subscription, Suspension } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * The last state a lifecycle function returned, a copy of what it held then, and its `asOf` in
 * epoch milliseconds. A front end or a simulation sends the state it was just given straight back;
 * when that state still holds exactly what it held when the library made it (every field of
 * `SUBSCRIPTION_FIELDS`, and the price's and the suspension's fields, compared by name with `===`),
 * the full check of `readSubscription` is skipped: the library built it from checked parts. Any
 * other value, or a change to any field, goes through the full check. One slot, no collection to
 * grow.
 */
let made: object = {};
let held: DraftSubscription | undefined;
let heldPrice: Money | null = null;
let heldSuspension: Suspension | null = null;
let madeAsOfMs = 0;

type Fields = { readonly [K in keyof DraftSubscription]?: unknown };

/**
 * Whether `s` holds what {@link held} holds, field by field by name. Written out like the copy: a
 * loop over the field list reads through megamorphic keyed loads, several times slower here.
 */
function same(s: Fields, h: DraftSubscription): boolean {
  const price = s.price as Partial<Money> | null;
  const suspension = s.suspension as Partial<Suspension> | null;
  return (
    s.status === h.status &&
    s.asOf === h.asOf &&
    s.policyId === h.policyId &&
    s.program === h.program &&
    s.product === h.product &&
    s.billingCycle === h.billingCycle &&
    s.term === h.term &&
    s.quantity === h.quantity &&
    s.autoRenew === h.autoRenew &&
    s.cancelAtRenewal === h.cancelAtRenewal &&
    s.orderedAt === h.orderedAt &&
    price === h.price &&
    (price === null ||
      (price.amount === heldPrice?.amount && price.currency === heldPrice?.currency)) &&
    s.accountOpenedAt === h.accountOpenedAt &&
    s.firstBillingPeriodStart === h.firstBillingPeriodStart &&
    s.trialEndsAt === h.trialEndsAt &&
    s.termAnchor === h.termAnchor &&
    s.termNumber === h.termNumber &&
    s.termStart === h.termStart &&
    s.termEnd === h.termEnd &&
    s.fullCreditUntil === h.fullCreditUntil &&
    suspension === h.suspension &&
    (suspension === null ||
      (suspension.at === heldSuspension?.at &&
        suspension.reason === heldSuspension?.reason &&
        suspension.expiresAt === heldSuspension?.expiresAt &&
        suspension.resumeTo === heldSuspension?.resumeTo))
  );
}

/** Remembers a state a lifecycle function is about to return (built from checked parts). */
export function rememberMade(state: DraftSubscription, asOfMs: number): Subscription {
  made = state;
  madeAsOfMs = asOfMs;
  // a shallow copy: the field identities the next call compares against
  held = { ...state };
  const price = state.price;
  heldPrice = price === null ? null : { amount: price.amount, currency: price.currency };
  const suspension = state.suspension;
  heldSuspension =
    suspension === null
      ? null
      : {
          at: suspension.at,
          reason: suspension.reason,
          expiresAt: suspension.expiresAt,
          resumeTo: suspension.resumeTo,
        };
  return state as Subscription;
}

/** The `asOf` of the state last returned, if `value` is that state, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  return value === made && held !== undefined && same(value as Fields, held)
    ? madeAsOfMs
    : undefined;
}
