import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import { NEW_COMMERCE_BILLING } from '../../../policy/vocabulary/newCommerceBilling.ts';

/**
 * Checks the term and billing frequency an event asks for against what the subscription's product
 * is sold with (NCE-2), before any refusal that depends on where the state stands (LC-11): a plan
 * the product is not sold with is a RuleError `INVALID_ARGUMENT` naming both fields, also on a
 * cancelled state. A product without terms (`marketplace-usage`) is held to what any product is
 * sold with; its events are then refused as usual. Nothing is checked while either is unknown.
 *
 * @param product - The state's product.
 * @param term - The term: the event's, else the state's.
 * @param frequency - The billing frequency: the event's, else the state's.
 * @param termPath - Where the term comes from (`event.term`, `subscription.term`).
 * @throws {@link RuleError} `INVALID_ARGUMENT` at the field that does not fit.
 */
export function requireSoldPlan(
  product: string,
  term: string | null,
  frequency: string | null,
  termPath: string,
): void {
  if (term === null || frequency === null) return;
  const table: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
    NEW_COMMERCE_BILLING;
  if (Object.hasOwn(table, product)) {
    requireNewCommerceBilling(product, term, frequency, 'event', termPath);
    return;
  }
  for (const terms of Object.values(table)) if (terms[term]?.includes(frequency)) return;
  fail(
    RuleErrorCode.INVALID_ARGUMENT,
    'event.billingFrequency',
    'expected a term and billing frequency a product is sold with (NCE-2: {termPath} {term}, {frequencyPath} {frequency})',
    frequency,
    termPath,
    term,
    'event.billingFrequency',
    frequency,
  );
}
