import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import type { ParseIssue } from '../ParseResult.ts';

/**
 * The cross-field rules of a support request (SUP-1), read on the raw input so that they are
 * reported with the shape's issues: exactly one of `customer.tenantId` and `customer.domain`, at
 * least one of `orderId` and `subscriptionId`.
 *
 * @param input - The request, raw or parsed.
 * @returns The issues, none when the rules hold.
 */
export function supportRequestCrossIssues(input: object): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const { customer, orderId, subscriptionId } = input as Record<string, unknown>;
  if (typeof customer === 'object' && customer !== null && !Array.isArray(customer)) {
    const { tenantId, domain } = customer as Record<string, unknown>;
    if ((tenantId === undefined) === (domain === undefined)) {
      issues.push({
        code: RuleErrorCode.INVALID_ARGUMENT,
        ...issueOf(
          'customer',
          tenantId === undefined
            ? 'expected a tenantId or a domain'
            : 'expected a tenantId or a domain, not both',
        ),
      });
    }
  }
  if (orderId === undefined && subscriptionId === undefined) {
    issues.push({
      ...issueOf('orderId', 'expected an orderId or a subscriptionId'),
      code: RuleErrorCode.MISSING_FIELD,
    });
  }
  return issues;
}
