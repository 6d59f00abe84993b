import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { billingPeriodCredit } from '../../../pricing/billingPeriodCredit.ts';
import type { Money } from '../../../pricing/money.ts';
import type { BilledTerm } from '../../../time/billingPeriodAt.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The current term of a state as its billing periods see it (NCE-3, NCE-11): from `termStart` to
 * `termEnd`, the boundaries anchored on `termAnchor`'s date plus the terms before this one, so
 * the periods of a renewed term anchored on the 31st tile it exactly.
 */
export function billedTerm(s: NewCommerceDraft | NewCommerceSubscription): BilledTerm {
  return {
    startMs: parseInstant(s.termStart, 'subscription.termStart'),
    endMs: parseInstant(s.termEnd, 'subscription.termEnd'),
    anchorMs: parseInstant(s.termAnchor, 'subscription.termAnchor'),
    offsetMonths: (s.termNumber - 1) * NEW_COMMERCE_TERM_MONTHS[s.term as NewCommerceTerm],
  };
}

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
    billedTerm(s),
    BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency],
    atMs,
  );
  return { amount, currency: price.currency };
}
