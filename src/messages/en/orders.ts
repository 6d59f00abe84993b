/**
 * The English sentences of an order's refusals and notes (ORD-3, ORD-8, MSG-1), by message ID:
 * plain templates whose `{offer}` is the offer's catalog key, `{limit}` and `{actual}` the
 * refusal's numbers (a list of frequencies or terms written joined), `{constraintId}` the
 * constraint's id.
 */
export const orderMessages = {
  'order.below-minimum':
    'A {term} subscription of {offer} needs at least {limit} seats; the order has {actual}.',
  'order.above-maximum':
    'A {term} subscription of {offer} has at most {limit} seats; the order has {actual}.',
  'order.billing-not-allowed':
    'A {term} subscription of {offer} is billed {limit} only; the order is billed {actual}.',
  'order.term-not-allowed': '{offer} is sold on {limit} terms only; the order is for {actual}.',
  'order.family-cap-exceeded':
    '{offer} counts towards a cap of {limit} seats across its family ({constraintId}); after the order the customer would hold {actual}.',
  'order.add-on-without-base':
    '{offer} is an add-on, and the customer holds none of the base subscriptions it needs ({constraintId}).',
  'order.add-on-over-base':
    'The customer’s base seats allow at most {limit} seats of {offer} ({constraintId}); after the order it would hold {actual}.',
  'order.add-on-under-share':
    'The customer’s base seats need at least {limit} seats of {offer} ({constraintId}); the order has {actual}.',
  'order.trial-over-limit': 'A trial of {offer} has at most {limit} seats; the order has {actual}.',
  'order.trial-not-eligible':
    'No trial of {offer}: {actual} (a trial is the first subscription of its offer, and add-ons have none).',
  'order.note.offer-not-listed':
    '{offer} is not among the offers of the policy’s order rules: no constraint was checked.',
  'order.note.caps-not-checked':
    'No holdings were given: the caps across the customer’s subscriptions were not checked.',
} as const;

/**
 * The message ID of an order's refusal or note (ORD-8, MSG-1).
 *
 * @category Messages
 */
export type OrderMessageId = keyof typeof orderMessages;
