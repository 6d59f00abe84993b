import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import { billingPeriodCredit } from '../../../pricing/billingPeriodCredit.ts';
import type { Money } from '../../../pricing/money.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * What ending `quantity` seats at `atMs` credits (NCE-5, NCE-11): the whole period's charge for a
 * full credit, Partner Center's proration for the billing period containing `atMs` otherwise;
 * `undefined` without a price.
 */
export function creditFor(
  s: NewCommerceDraft | NewCommerceSubscription,
  quantity: number,
  atMs: number,
  full: boolean,
): Money | undefined {
  const price = s.price;
  if (price === null) return undefined;
  if (full) return { amount: price.amount * quantity, currency: price.currency };
  const amount = billingPeriodCredit(
    price.amount,
    quantity,
    parseInstant(s.termStart, 'subscription.termStart'),
    BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency],
    atMs,
  );
  return { amount, currency: price.currency };
}
