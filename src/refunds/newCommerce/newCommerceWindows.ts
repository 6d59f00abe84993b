import { readNewCommerceProductRules } from '../../policy/readNewCommerceProductRules.ts';
import type { NewCommercePolicyRules } from '../../policy/types.ts';
import { readCancellationRule } from '../_internal/readCancellationRule.ts';
import { type TermWindowEnds, termWindowEnds } from './termWindowEnds.ts';

/**
 * The windows the rules compute for a New Commerce subscription's term (NCE-3, NCE-4), in epoch
 * ms, by the given policy's rule for the product (and billing frequency where the rule differs by
 * it): the cancellation window's end and the full credit's end, as `cancellationDecision` decides
 * by them. What the Partner Center reader compares a resource's stated windows with (PCR-1),
 * without building a decision.
 *
 * @param policy - The New Commerce policy in force at the term's start.
 * @param product - A product with a term.
 * @param billingFrequency - Its billing frequency.
 * @param startMs - The term's start.
 * @param termEndMs - The term's end.
 * @returns The ends, or `undefined` for a rule that does not depend on time.
 */
export function newCommerceWindows(
  policy: NewCommercePolicyRules,
  product: string,
  billingFrequency: string | null,
  startMs: number,
  termEndMs: number,
): TermWindowEnds | undefined {
  const rules = readNewCommerceProductRules(policy, product, 'purchase.product');
  const rule = readCancellationRule(
    rules,
    product,
    'type' in rules.cancellation ? undefined : (billingFrequency ?? undefined),
    'purchase.billingFrequency',
  );
  return rule.type === 'fixed' ? undefined : termWindowEnds(rule, startMs, termEndMs);
}
