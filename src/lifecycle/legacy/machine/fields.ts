import type { Subscription } from '../types.ts';

/**
 * Every field of a subscription state, declared once, in the order every state holds them: the copy
 * ({@link cloneState}) writes them in this order, so all states share one object shape and one JSON
 * key order. `SubscriptionFields` plus `status`, nothing else: {@link ExactlyTheFields} does not
 * compile while a field is left out or a name is not a field.
 *
 * The copy ({@link cloneState}, whose return type is built from this list), the "just returned"
 * check ({@link rememberMade}, which keeps such a copy) and the reader ({@link readSubscription},
 * whose view of a state is typed by it) take their field names from here. They write each field
 * out rather than loop over the list: on V8 a loop reads `state[name]` through a megamorphic keyed
 * load, and a transition that copied and compared its state that way was measured 2.4× as slow (a
 * `for…in` walk, 1.5×). The test `test/lifecycle/legacy/machine/lastMade.test.ts` changes every field of
 * a returned state in turn, and expects the check and the reader to notice.
 */
export const SUBSCRIPTION_FIELDS = [
  'status',
  'asOf',
  'policyId',
  'program',
  'product',
  'billingCycle',
  'term',
  'quantity',
  'autoRenew',
  'cancelAtRenewal',
  'orderedAt',
  'price',
  'accountOpenedAt',
  'firstBillingPeriodStart',
  'trialEndsAt',
  'termAnchor',
  'termNumber',
  'termStart',
  'termEnd',
  'suspension',
] as const;

/** One field of a state. */
export type SubscriptionField = (typeof SUBSCRIPTION_FIELDS)[number];

/**
 * The field a state holds only when Partner Center stated it (PCR-1): absent otherwise, so it is
 * not in {@link SUBSCRIPTION_FIELDS}; the copy, the check and the reader handle it beside them.
 */
export type StatedField = 'fullCreditUntil';

/** Accepts only `never`: {@link ExactlyTheFields} fails to compile, naming the odd one out. */
type Nothing<T extends never> = T;

/** Fields left out of {@link SUBSCRIPTION_FIELDS}, and names in it that are not fields: none. */
export type ExactlyTheFields = Nothing<
  | Exclude<keyof Subscription, SubscriptionField | StatedField>
  | Exclude<SubscriptionField, keyof Subscription>
>;
