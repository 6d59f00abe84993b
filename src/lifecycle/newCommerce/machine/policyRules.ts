import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import {
  newCommerceCatalogRules,
  newCommerceRulesInForceAt,
} from '../../../policy/newCommerceRulesInForceAt.ts';
import type { NewCommercePolicyRules, PolicyDuration } from '../../../policy/types.ts';
import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceSubscriptionProduct } from '../types.ts';

/** The id of the New Commerce policy in force at `ms` (NCE-1, NCE-11: at a term's start). */
export function policyIdAt(ms: number): string {
  return newCommerceRulesInForceAt(ms).id;
}

/** The id {@link findRules} last found and its rules: a state's policy repeats from call to call. */
let foundId: unknown;
let found: NewCommercePolicyRules | undefined;

/**
 * The catalog's New Commerce rules of `policyId`, or `undefined`. The last id found is answered
 * without searching again (the catalog never changes, so the answer cannot be stale).
 */
export function findRules(policyId: unknown): NewCommercePolicyRules | undefined {
  if (policyId === foundId && found !== undefined) return found;
  const rules = newCommerceCatalogRules.find((r) => r.id === policyId);
  if (rules !== undefined) {
    foundId = policyId;
    found = rules;
  }
  return rules;
}

/**
 * The cancellation window of a product under a policy (NCE-1, NCE-4): the term window of
 * licence-based and software subscriptions, the monthly or annual window of marketplace SaaS.
 * `undefined` for a product with no window (marketplace usage).
 */
export function cancellationWindow(
  policyId: string,
  product: NewCommerceSubscriptionProduct,
  billingFrequency: BillingFrequency | null,
): PolicyDuration | undefined {
  const rules = findRules(policyId);
  if (rules === undefined)
    return fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription.policyId',
      'expected a New Commerce policy id',
      policyId,
    );
  // the Azure plan is billed by usage, under the rules of usage-based offers (REF-4, NCE-1)
  const rule =
    rules.products[product === 'azure-plan' ? 'marketplace-usage' : product].cancellation;
  if ('window' in rule) return rule.window;
  if ('monthly' in rule) {
    const cycle = billingFrequency === 'annual' ? rule.annual : rule.monthly;
    return 'window' in cycle ? cycle.window : undefined;
  }
  return undefined;
}
