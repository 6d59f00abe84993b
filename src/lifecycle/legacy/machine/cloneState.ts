import type { Subscription } from '../types.ts';
import type { SubscriptionField } from './fields.ts';

/**
 * A state the machine has just copied and may still fill in before returning it: every field of
 * {@link SUBSCRIPTION_FIELDS}, writable.
 */
export type DraftSubscription = { -readonly [K in SubscriptionField]: Subscription[K] } & {
  fullCreditUntil?: string;
};

/**
 * A fresh copy of a state with every field of {@link SUBSCRIPTION_FIELDS} written out in the list's
 * order, so every state shares one object shape (a spread, or a loop over the list, would be
 * several times slower on the hot path). The return type comes from the list: a field left out
 * here, or one not in the list, does not compile. Only the library's fields are copied: keep your
 * own data beside the state, not in it.
 */
export function cloneState(s: Subscription): DraftSubscription {
  const d: DraftSubscription = {
    status: s.status,
    asOf: s.asOf,
    policyId: s.policyId,
    program: 'legacy',
    product: s.product,
    billingCycle: s.billingCycle,
    term: s.term,
    quantity: s.quantity,
    autoRenew: s.autoRenew,
    cancelAtRenewal: s.cancelAtRenewal,
    orderedAt: s.orderedAt,
    price: s.price === null ? null : { amount: s.price.amount, currency: s.price.currency },
    accountOpenedAt: s.accountOpenedAt,
    firstBillingPeriodStart: s.firstBillingPeriodStart,
    trialEndsAt: s.trialEndsAt,
    termAnchor: s.termAnchor,
    termNumber: s.termNumber,
    termStart: s.termStart,
    termEnd: s.termEnd,
    suspension:
      s.suspension === null
        ? null
        : {
            at: s.suspension.at,
            reason: s.suspension.reason,
            expiresAt: s.suspension.expiresAt,
            resumeTo: s.suspension.resumeTo,
          },
  };
  // only a state read from Partner Center holds it (PCR-1)
  if (s.fullCreditUntil !== undefined) d.fullCreditUntil = s.fullCreditUntil;
  return d;
}
