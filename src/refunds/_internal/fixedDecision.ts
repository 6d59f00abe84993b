import type { FixedCancellation } from '../../policy/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { CancellationDecision } from '../types.ts';

/**
 * The decision of a rule that does not depend on time (REF-4, REF-7, REF-8). The `reason` is the
 * one the decision type allows for the outcome (`usage-based`, `plan-not-cancellable`), so the
 * result stays exactly typed whatever text a custom policy puts in its `reason`.
 *
 * @param rule - The product's fixed rule.
 * @param policyId - The deciding policy's ID.
 * @param price - The checked price, if any: a no-refund decision then credits zero of its currency.
 * @returns The decision.
 */
export function fixedDecision(
  rule: FixedCancellation,
  policyId: string,
  price: Money | undefined,
): CancellationDecision {
  switch (rule.outcome) {
    case 'no-refund': {
      const message =
        'Usage-based service: it can be de-provisioned now, but usage is billed after it happens, so nothing is credited.';
      return price === undefined
        ? { outcome: 'no-refund', rule: rule.rule, policyId, message, reason: 'usage-based' }
        : {
            outcome: 'no-refund',
            rule: rule.rule,
            policyId,
            message,
            reason: 'usage-based',
            credit: { amount: 0, currency: price.currency },
          };
    }
    case 'not-cancellable':
      return {
        outcome: 'not-cancellable',
        rule: rule.rule,
        policyId,
        message: 'This plan cannot be cancelled or exchanged at any time.',
        reason: 'plan-not-cancellable',
      };
    default:
      return {
        outcome: 'support-request',
        rule: rule.rule,
        policyId,
        message:
          'This purchase can only be cancelled through a customer support request (problem type "CSP Purchase/Refund on behalf of customers").',
      };
  }
}
