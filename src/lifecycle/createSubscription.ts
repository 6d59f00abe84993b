import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { createLegacy } from './legacy/createLegacy.ts';
import type { Subscription, SubscriptionInput } from './legacy/types.ts';
import { createNewCommerce } from './newCommerce/createNewCommerce.ts';
import type { NewCommerceSubscription, NewCommerceSubscriptionInput } from './newCommerce/types.ts';

/**
 * Creates a subscription's first state (LC-1, LC-2) under the policy in force at `orderedAt`
 * (POL-2), kept as its `policyId`. With a free trial it starts in `trial` until `orderedAt` + the
 * policy's trial days (30); otherwise it starts `active` with its first term at `orderedAt`. A
 * usage-based subscription has no term: it never renews or expires, it runs until cancelled.
 *
 * Decided: `billingCycle` is required only where the product's rules differ by cycle
 * (`marketplace-saas`); elsewhere it is kept if given and `null` if not. `accountOpenedAt` must not
 * come after `firstBillingPeriodStart` (SUS-2), checked here already.
 *
 * @param input - Product, billing cycle, term, quantity, order instant, trial, price, account dates.
 * @param options - `{ policy }` to create under another policy.
 * @returns The first state, `asOf` = `orderedAt`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a product that is not a subscription, an unknown
 *   cycle or term, or a free trial on another product; `MISSING_FIELD`; `INVALID_QUANTITY`; the codes
 *   of a bad instant or price.
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 5,
 *   orderedAt: '2026-01-31T09:00:00Z',
 * });
 * [sub.status, sub.termEnd];
 * //=> ['active', '2026-02-28T09:00:00.000Z']
 * ```
 * With `program: 'new-commerce'` it creates a New Commerce subscription (NCE-7, NCE-8): `active`
 * with its first term and one seat batch, or a 30-day trial of at most 25 seats.
 *
 * @category Lifecycle
 */
export function createSubscription(
  input: NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): NewCommerceSubscription;
/**
 * Creates a legacy subscription's first state (LC-1, LC-2).
 *
 * @param input - Product, billing cycle, term, quantity, order instant, trial, price, account dates.
 * @param options - `{ policy }` to create under another policy.
 * @returns The first state.
 */
export function createSubscription(input: SubscriptionInput, options?: PolicyOptions): Subscription;
/**
 * Creates a subscription of either program, by the input's `program` (NCE-1).
 *
 * @param input - The input of either program.
 * @param options - `{ policy }` for a legacy subscription.
 * @returns The new state.
 */
export function createSubscription(
  input: SubscriptionInput | NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): Subscription | NewCommerceSubscription;
export function createSubscription(
  input: SubscriptionInput | NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): Subscription | NewCommerceSubscription {
  if (
    typeof input === 'object' &&
    input !== null &&
    (input as { readonly program?: unknown }).program === 'new-commerce'
  ) {
    return createNewCommerce(input as NewCommerceSubscriptionInput, options);
  }
  // anything else is the legacy program's to take or refuse (a non-object, a misspelt program)
  return createLegacy(input as SubscriptionInput, options);
}
