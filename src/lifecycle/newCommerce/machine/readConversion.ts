import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import type { NewCommerceSubscriptionProduct, NewCommerceTrialInput } from '../types.ts';

/**
 * Reads a trial's `convertsTo` (NCE-8, NCE-11): a term and billing frequency NCE-2 sells the
 * product with, given only for a Microsoft trial (`license-based`, `software-subscription`) — a
 * marketplace SaaS trial converts into its own term. The trial object takes no other key.
 *
 * @returns The conversion, or `undefined` when the trial does not say one.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input.trial.<key>` or `input.trial.convertsTo`.
 */
export function readConversion(
  trial: NewCommerceTrialInput,
  product: NewCommerceSubscriptionProduct,
): { readonly term: NewCommerceTerm; readonly billingFrequency: BillingFrequency } | undefined {
  for (const key in trial)
    if (key !== 'convertsTo')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `input.trial.${key}`,
        'expected none: a trial takes only convertsTo',
        (trial as unknown as Readonly<Record<string, unknown>>)[key],
      );
  const converts = trial.convertsTo;
  if (converts === undefined) return undefined;
  if (product === 'marketplace-saas')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.trial.convertsTo',
      'expected none: a marketplace-saas trial converts into its own term',
      converts,
    );
  if (typeof converts !== 'object' || converts === null || Array.isArray(converts))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.trial.convertsTo',
      'expected { term, billingFrequency }',
      converts,
    );
  requireNewCommerceBilling(
    product,
    converts.term,
    converts.billingFrequency,
    'input.trial.convertsTo',
  );
  return converts;
}
