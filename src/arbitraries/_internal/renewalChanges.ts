import type { ScheduleRenewalEvent } from '../../lifecycle/newCommerce/eventTypes.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from '../../policy/vocabulary/newCommerceBilling.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../../pricing/money.ts';

/** The fields of a `schedule-renewal` event, without `type` and `at`. */
export type RenewalChanges = Omit<ScheduleRenewalEvent, 'type' | 'at'>;

/**
 * The changes of a `schedule-renewal` (NCE-7, NCE-11) valid for `product` whatever the state:
 * a quantity, a price, or a term and billing frequency of the product's NCE-2 table (`pick`
 * chooses), always with a price when the term or frequency changes (so a priced subscription
 * never lacks one). `marketplace-usage` has no table: it gets a quantity or a price.
 */
export function renewalChanges(
  product: string,
  pick: number,
  quantity: number,
  price: Money,
): RenewalChanges {
  const table = (
    NEW_COMMERCE_BILLING as Readonly<Record<string, Record<string, readonly string[]>>>
  )[product];
  const kind = pick % 4;
  if (kind === 0 || table === undefined)
    return Math.floor(pick / 4) % 2 === 0 ? { quantity } : { price };
  if (kind === 1) return { quantity, price };
  const terms = Object.keys(table);
  const term = terms[Math.floor(pick / 4) % terms.length] as NewCommerceTerm;
  const frequencies = table[term] as readonly BillingFrequency[];
  const billingFrequency = frequencies[
    Math.floor(pick / 16) % frequencies.length
  ] as BillingFrequency;
  return kind === 2
    ? { term, billingFrequency, price }
    : { quantity, term, billingFrequency, price };
}
