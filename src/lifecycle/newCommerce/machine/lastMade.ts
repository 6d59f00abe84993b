import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription, SeatBatch } from '../types.ts';
import { copyMoney, copySeats, type NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, a copy of what it held, and its
 * `asOf` in epoch milliseconds: the "just returned" shortcut of the legacy machine's `lastMade`.
 * A state sent straight back that still holds exactly what it held (every field, the seat
 * batches', the price's and the scheduled changes' fields, compared with `===`) skips the full
 * check of `readState`. Any other value, or any change, goes through the full check.
 */
let made: object = {};
let held: NewCommerceDraft | undefined;
let heldSeats: readonly SeatBatch[] = [];
let heldPrice: Money | null = null;
/** The scheduled renewal changes as JSON text when returned, or `null`. */
let heldScheduled: string | null = null;
let madeAsOfMs = 0;

function sameMoney(a: Money | null, b: Money | null): boolean {
  return a === null || b === null ? a === b : a.amount === b.amount && a.currency === b.currency;
}

function same(s: NewCommerceDraft, h: NewCommerceDraft): boolean {
  if (
    s.status !== h.status ||
    s.asOf !== h.asOf ||
    s.policyId !== h.policyId ||
    s.program !== h.program ||
    s.product !== h.product ||
    s.term !== h.term ||
    s.billingFrequency !== h.billingFrequency ||
    s.quantity !== h.quantity ||
    s.autoRenew !== h.autoRenew ||
    s.endOfTerm !== h.endOfTerm ||
    s.cancelAtRenewal !== h.cancelAtRenewal ||
    s.orderedAt !== h.orderedAt ||
    s.trialEndsAt !== h.trialEndsAt ||
    s.termAnchor !== h.termAnchor ||
    s.termNumber !== h.termNumber ||
    s.termStart !== h.termStart ||
    s.termEnd !== h.termEnd ||
    s.expiredAt !== h.expiredAt ||
    s.disabledAt !== h.disabledAt ||
    s.cancellableUntil !== h.cancellableUntil ||
    s.fullCreditUntil !== h.fullCreditUntil ||
    s.offerId !== h.offerId ||
    // a price key (PL-4): such a state is always checked in full
    s.priceKey !== undefined ||
    // so is one with a promotion (PL-5)
    s.promotion !== undefined ||
    s.billingPeriodsFrom !== h.billingPeriodsFrom ||
    // a billing frequency change waiting (MID-2) is rare: such a state is always checked in full
    s.pendingBillingFrequency !== undefined ||
    // so is a state with an Extended Service Term's base or in one (EST-3)
    s.extendedServiceTermBase !== undefined ||
    s.extendedServiceTerm !== undefined ||
    s.seats !== h.seats ||
    s.seats.length !== heldSeats.length ||
    s.price !== h.price ||
    !sameMoney(s.price, heldPrice) ||
    s.scheduled !== h.scheduled
  ) {
    return false;
  }
  for (let i = 0; i < heldSeats.length; i++) {
    const a = s.seats[i] as SeatBatch;
    const b = heldSeats[i] as SeatBatch;
    if (
      a.quantity !== b.quantity ||
      a.addedAt !== b.addedAt ||
      a.reducibleUntil !== b.reducibleUntil
    )
      return false;
  }
  // scheduled renewal changes are rare: their text as it was is compared whole
  return s.scheduled === null || JSON.stringify(s.scheduled) === heldScheduled;
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs = asOfMs;
  // a shallow copy: the field identities the next call compares against
  held = { ...state };
  heldSeats = copySeats(state.seats);
  heldPrice = copyMoney(state.price);
  heldScheduled = state.scheduled === null ? null : JSON.stringify(state.scheduled);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  return value === made && held !== undefined && same(value as NewCommerceDraft, held)
    ? madeAsOfMs
    : undefined;
}
