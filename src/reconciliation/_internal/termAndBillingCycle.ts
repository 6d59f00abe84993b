import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';

/**
 * The words of each term (R10: `Monthly term`, `Annual term`, `Triennial term`). Decided: `P2Y`, a
 * marketplace SaaS term no export on record shows, reads `Biennial term` after the same pattern.
 */
const TERMS = {
  P1M: 'Monthly',
  P1Y: 'Annual',
  P2Y: 'Biennial',
  P3Y: 'Triennial',
} as const satisfies Record<NewCommerceTerm, string>;

const FREQUENCIES = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
} as const satisfies Record<BillingFrequency, string>;

/**
 * The file's `TermAndBillingCycle` (REC-4, R10): `Annual term, Monthly billing`.
 *
 * @param term - The term.
 * @param billingFrequency - The billing frequency.
 * @returns The text.
 */
export function termAndBillingCycle(
  term: NewCommerceTerm,
  billingFrequency: BillingFrequency,
): string {
  return `${TERMS[term]} term, ${FREQUENCIES[billingFrequency]} billing`;
}
