import type { Subscription, SubscriptionFields, SubscriptionStatus } from '../types.ts';

/** A state the machine has just copied and may still fill in before returning it. */
export type DraftSubscription = {
  -readonly [K in keyof SubscriptionFields]: SubscriptionFields[K];
} & {
  status: SubscriptionStatus;
};

/**
 * A fresh copy of a state with every field written out in one fixed order, so every state shares
 * one object shape (a spread would be several times slower on the hot path). Only the library's
 * fields are copied: keep your own data beside the state, not in it.
 */
export function cloneState(s: Subscription): DraftSubscription {
  return {
    status: s.status,
    asOf: s.asOf,
    policyId: s.policyId,
    product: s.product,
    billingCycle: s.billingCycle,
    term: s.term,
    quantity: s.quantity,
    autoRenew: s.autoRenew,
    cancelAtRenewal: s.cancelAtRenewal,
    orderedAt: s.orderedAt,
    price: s.price,
    accountOpenedAt: s.accountOpenedAt,
    firstBillingPeriodStart: s.firstBillingPeriodStart,
    trialEndsAt: s.trialEndsAt,
    termAnchor: s.termAnchor,
    termNumber: s.termNumber,
    termStart: s.termStart,
    termEnd: s.termEnd,
    suspension: s.suspension,
  };
}
