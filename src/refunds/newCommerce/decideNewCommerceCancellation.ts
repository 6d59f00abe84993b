import type { Policy } from '../../policy/types.ts';
import type { Instant } from '../../time/parseInstant.ts';
import type { NewCommercePurchase } from '../Purchase.ts';
import type { CancellationDecision } from '../types.ts';
import { newCommerceDecision } from './newCommerceDecision.ts';

/**
 * {@link cancellationDecision} for a New Commerce purchase (NCE-4, NCE-5, NCE-11), by the given
 * policy or, when none is given, by the New Commerce policy in force when the current term began:
 * what the lifecycle asks when a New Commerce subscription is cancelled.
 *
 * @param purchase - The New Commerce purchase (`termStart` the current term's start).
 * @param at - The instant of the request.
 * @param given - The policy to decide by (a New Commerce one); the catalog's when `undefined`.
 * @returns The decision.
 */
export function decideNewCommerceCancellation(
  purchase: NewCommercePurchase,
  at: Instant,
  given: Policy | undefined,
): CancellationDecision {
  return newCommerceDecision(purchase, at, given);
}
