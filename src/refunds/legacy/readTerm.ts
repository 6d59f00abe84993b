import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { ProductRules } from '../../policy/types.ts';
import type { Term } from '../../time/Term.ts';

/**
 * A purchase's term, checked against the product's `terms` in the policy (REF-5: `P1Y` or `P3Y`
 * for a software subscription). Absent → the product's first (default) term, or `P1Y` for a
 * product with no terms.
 *
 * @param rules - The product's rules.
 * @param product - The product's name, for messages.
 * @param term - The term as given.
 * @returns The term.
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `purchase.term`) for a term the product does
 *   not have, including any term on a product that has none.
 */
export function readTerm(rules: ProductRules, product: string, term: unknown): Term {
  const terms = rules.terms;
  if (term === undefined) return terms?.[0] ?? 'P1Y';
  if (terms === null || terms.length === 0) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'purchase.term',
      'expected no term: {product} has none',
      term,
      product,
    );
  }
  if (!terms.includes(term as Term)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'purchase.term',
      'expected one of {terms} for {product}',
      term,
      terms.join(', '),
      product,
    );
  }
  return term as Term;
}
