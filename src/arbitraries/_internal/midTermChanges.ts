import type {
  ChangeBillingFrequencyEvent,
  ChangeTermEvent,
} from '../../lifecycle/newCommerce/eventTypes.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from '../../policy/vocabulary/newCommerceBilling.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../../pricing/money.ts';

type Table = Readonly<Record<string, readonly BillingFrequency[]>>;

/** The product's NCE-2 table; a usage product borrows the licence-based one. */
function tableOf(product: string): Table {
  return (
    (NEW_COMMERCE_BILLING as Readonly<Record<string, Table>>)[product] ??
    NEW_COMMERCE_BILLING['license-based']
  );
}

/**
 * The fields of a `change-term` (MID-1) sold with `product` (NCE-2), chosen by `pick`: a term
 * longer than `current` when the product has one (else any of its terms), a billing frequency it
 * is sold with, and `price`.
 */
export function termChange(
  product: string,
  current: NewCommerceTerm | null,
  pick: number,
  price: Money,
): Omit<ChangeTermEvent, 'type' | 'at'> {
  const table = tableOf(product);
  const all = Object.keys(table) as NewCommerceTerm[];
  const longer = all.filter(
    (term) =>
      current === null || NEW_COMMERCE_TERM_MONTHS[term] > NEW_COMMERCE_TERM_MONTHS[current],
  );
  const terms = longer.length > 0 ? longer : all;
  const term = terms[pick % terms.length] as NewCommerceTerm;
  const frequencies = table[term] as readonly BillingFrequency[];
  const billingFrequency = frequencies[
    Math.floor(pick / 4) % frequencies.length
  ] as BillingFrequency;
  return { term, billingFrequency, price };
}

/**
 * The fields of a `change-billing-frequency` (MID-2), chosen by `pick`: another billing frequency
 * `term` is sold with for `product` when it has one (else any), and `price`. Without a term, a
 * frequency every term of the product is sold with (NCE-2), so the event suits any of its states.
 */
export function frequencyChange(
  product: string,
  term: NewCommerceTerm | null,
  current: BillingFrequency | null,
  pick: number,
  price: Money,
): Omit<ChangeBillingFrequencyEvent, 'type' | 'at'> {
  const table = tableOf(product);
  const sold =
    term === null
      ? (['monthly', 'annual', 'triennial'] as const).filter((frequency) =>
          Object.values(table).every((frequencies) => frequencies.includes(frequency)),
        )
      : (table[term] ?? ['monthly']);
  const others = sold.filter((frequency) => frequency !== current);
  const choices = others.length > 0 ? others : sold;
  return { billingFrequency: choices[pick % choices.length] as BillingFrequency, price };
}
