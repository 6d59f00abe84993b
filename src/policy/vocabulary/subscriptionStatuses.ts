/**
 * Every status a subscription can be in (LC), in the order of its life; `cancelled`, `expired` and
 * `deleted` are terminal. The one table the lifecycle, the offer checks and the schemas read.
 *
 * @category Lifecycle
 */
export const SUBSCRIPTION_STATUSES = [
  'trial',
  'active',
  'suspended',
  'cancelled',
  'expired',
  'deleted',
] as const;

/**
 * Where a subscription is in its life (LC). `cancelled`, `expired` and `deleted` are terminal.
 *
 * @category Lifecycle
 */
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
