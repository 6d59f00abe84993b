import type { NewCommerceStatus, NewCommerceSubscription } from '../types.ts';

/** A New Commerce state the machine has just copied and may fill in before returning it. */
export type NewCommerceDraft = {
  -readonly [K in keyof NewCommerceSubscription]: NewCommerceSubscription[K];
} & { status: NewCommerceStatus };

/**
 * A fresh copy of a New Commerce state, every field written out in one order, so every state
 * shares one object shape and one JSON key order (as the legacy machine's `cloneState`). The seat
 * batches and the scheduled changes are never written to in place, so they are shared. The
 * stated windows (PCR-1) are copied only when the state holds them.
 */
export function cloneState(s: NewCommerceSubscription): NewCommerceDraft {
  const d: NewCommerceDraft = {
    status: s.status,
    asOf: s.asOf,
    policyId: s.policyId,
    program: 'new-commerce',
    product: s.product,
    term: s.term,
    billingFrequency: s.billingFrequency,
    quantity: s.quantity,
    seats: s.seats,
    scheduled: s.scheduled,
    autoRenew: s.autoRenew,
    cancelAtRenewal: s.cancelAtRenewal,
    orderedAt: s.orderedAt,
    price: s.price,
    trialEndsAt: s.trialEndsAt,
    termAnchor: s.termAnchor,
    termNumber: s.termNumber,
    termStart: s.termStart,
    termEnd: s.termEnd,
    expiredAt: s.expiredAt,
    disabledAt: s.disabledAt,
  };
  // only a state read from Partner Center holds them (PCR-1)
  if (s.cancellableUntil !== undefined) d.cancellableUntil = s.cancellableUntil;
  if (s.fullCreditUntil !== undefined) d.fullCreditUntil = s.fullCreditUntil;
  return d;
}
