import { fixedRefundMessages } from '../../messages/en/fixedRefunds.ts';
import { say } from '../../messages/say.ts';
import type { FixedCancellation } from '../../policy/types.ts';
import type { Program } from '../../policy/vocabulary/programs.ts';
import type { Money } from '../../pricing/money.ts';
import type { CancellationDecision } from '../types.ts';

/**
 * The decision of a rule that does not depend on time (REF-4, REF-7, REF-8). The `reason` is the
 * one the decision type allows for the outcome (`usage-based`, `plan-not-cancellable`), so the
 * result stays exactly typed whatever text a custom policy puts in its `reason`.
 *
 * @param rule - The product's fixed rule.
 * @param policyId - The deciding policy's ID.
 * @param program - The deciding policy's program.
 * @param price - The checked price, if any: a no-refund decision then credits zero of its currency.
 * @returns The decision.
 */
export function fixedDecision(
  rule: FixedCancellation,
  policyId: string,
  program: Program,
  price: Money | undefined,
): CancellationDecision {
  switch (rule.outcome) {
    case 'no-refund': {
      const { messageId, params, message } = say(fixedRefundMessages, 'refund.usage-based');
      return price === undefined
        ? {
            outcome: 'no-refund',
            rule: rule.rule,
            policyId,
            program,
            messageId,
            params,
            message,
            reason: 'usage-based',
          }
        : {
            outcome: 'no-refund',
            rule: rule.rule,
            policyId,
            program,
            messageId,
            params,
            message,
            reason: 'usage-based',
            credit: { amount: 0, currency: price.currency },
          };
    }
    case 'not-cancellable': {
      const { messageId, params, message } = say(
        fixedRefundMessages,
        'refund.plan-not-cancellable',
      );
      return {
        outcome: 'not-cancellable',
        rule: rule.rule,
        policyId,
        program,
        messageId,
        params,
        message,
        reason: 'plan-not-cancellable',
      };
    }
    default: {
      const { messageId, params, message } = say(fixedRefundMessages, 'refund.support-request');
      return {
        outcome: 'support-request',
        rule: rule.rule,
        policyId,
        program,
        messageId,
        params,
        message,
      };
    }
  }
}
