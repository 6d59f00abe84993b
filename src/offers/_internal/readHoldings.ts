import { optionalList } from '../../kernel/optionalList.ts';
import { requireOneOf } from '../../kernel/requireOneOf.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import { requireText } from '../../kernel/requireText.ts';
import { SUBSCRIPTION_STATUSES } from '../offerVocabulary.ts';
import type { CustomerSubscription } from '../types.ts';

/**
 * The statuses in which the customer holds `offerId` among its subscriptions (OFR), after
 * checking every subscription's `offerId` and `status`. IDs compare without regard to letter case.
 *
 * @param value - The caller's subscriptions (absent: none).
 * @param path - Their dot path (`input.subscriptions`).
 * @param offerId - The offer asked about.
 * @returns The statuses of the subscriptions to that offer.
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` naming the field's path
 *   (`input.subscriptions.0.status`).
 */
export function readHoldings(
  value: unknown,
  path: string,
  offerId: string,
): ReadonlySet<CustomerSubscription['status']> {
  const wanted = offerId.toLowerCase();
  const held = new Set<CustomerSubscription['status']>();
  optionalList(value, path, (item, itemPath) => {
    const subscription = requireRecord(item, itemPath);
    const id = requireText(subscription.offerId, `${itemPath}.offerId`);
    const status = requireOneOf(subscription.status, SUBSCRIPTION_STATUSES, `${itemPath}.status`);
    if (id.toLowerCase() === wanted) held.add(status);
  });
  return held;
}
