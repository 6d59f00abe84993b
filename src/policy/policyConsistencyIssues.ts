import type { RuleError, RuleIssue } from '../errors/RuleError.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { orderConsistencyIssues } from './_internal/orderConsistencyIssues.ts';
import type { Policy } from './types.ts';

/**
 * What a policy of the right shape can still get wrong (POL-1): an `inForceFrom` that is not an
 * instant, an item listed twice in one list (markets, reasons, roles, terms), a free trial or
 * auto-renew toggle on a product without a term, and `billingCycleRequired` disagreeing with
 * whether the cancellation rule differs by billing cycle, and the order constraints' (ORD-2). Shared by `definePolicy` and
 * `parsePolicy`, so both reject the same policies.
 *
 * @param policy - A value of the right shape.
 * @returns Every issue found, in a fixed order; empty when there is none.
 */
export function policyConsistencyIssues(policy: Policy): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const unique = (list: readonly string[], path: string): void => {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item))
        issues.push(issueOf(path, '{item} is listed twice', { item: JSON.stringify(item) }));
      seen.add(item);
    }
  };
  if (policy.inForceFrom !== null) {
    try {
      parseInstant(policy.inForceFrom, 'inForceFrom');
    } catch (error) {
      // the guard's key and parameters; the message without its path, which the issue names
      const { message, messageId, params } = error as RuleError;
      issues.push({
        path: 'inForceFrom',
        message: message.slice('inForceFrom: '.length),
        messageId: messageId as string,
        params: params ?? {},
      });
    }
  }
  unique(policy.taxInclusiveMarkets, 'taxInclusiveMarkets');
  unique(policy.suspension.reasons, 'suspension.reasons');
  for (const [family, markets] of Object.entries(policy.unavailableMarkets)) {
    unique(markets, `unavailableMarkets.${family}`);
  }
  for (const [action, roles] of Object.entries(policy.roles)) unique(roles, `roles.${action}`);
  for (const [product, rules] of Object.entries(policy.products)) {
    const path = `products.${product}`;
    if (rules.terms !== null) unique(rules.terms, `${path}.terms`);
    const newCommerce = policy.program === 'new-commerce';
    if (
      !newCommerce &&
      (rules.freeTrial || rules.autoRenewToggle) &&
      (rules.terms ?? []).length === 0
    ) {
      issues.push(
        issueOf(
          `${path}.terms`,
          'a free trial or auto-renew toggle needs a subscription with a term',
        ),
      );
    }
    if (rules.billingCycleRequired !== !('type' in rules.cancellation)) {
      issues.push(
        issueOf(
          `${path}.billingCycleRequired`,
          'must be true exactly when the cancellation rule differs by billing cycle',
        ),
      );
    }
  }
  if (policy.program === 'new-commerce' && policy.orders !== undefined)
    issues.push(...orderConsistencyIssues(policy.orders, 'orders'));
  return issues;
}
