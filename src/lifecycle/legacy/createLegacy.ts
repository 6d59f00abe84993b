import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { readProductRules } from '../../policy/readProductRules.ts';
import { readTrialDays } from '../../policy/readTrialDays.ts';
import { resolveRules } from '../../policy/resolveRules.ts';
import type { BillingCycle, Product } from '../../policy/types.ts';
import { PRODUCTS } from '../../policy/vocabulary/products.ts';
import { addDays } from '../../time/addDays.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { formatDerivedInstant } from '../../time/formatDerivedInstant.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Term } from '../../time/Term.ts';
import { readQuantity } from '../_internal/readQuantity.ts';
import { readUnitPrice } from '../readUnitPrice.ts';
import type { DraftSubscription } from './machine/cloneState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { startTerms } from './machine/renewal.ts';
import type { Subscription, SubscriptionInput } from './types.ts';

const cycleTerms: { readonly [C in BillingCycle]: Term } = { monthly: 'P1M', annual: 'P1Y' };

/**
 * Creates a legacy subscription (LC-1, LC-2), first refusing what is not a legacy input (not an
 * object, or a `program` that is neither `legacy` nor absent).
 *
 * @param input - The input.
 * @param options - `{ policy }`.
 * @returns The new state.
 */
export function createLegacy(
  input: SubscriptionInput,
  options: PolicyOptions | undefined,
): Subscription {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected the subscription input', input);
  }
  const program = (input as { readonly program?: unknown }).program;
  if (program !== undefined && program !== 'legacy')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.program',
      'expected legacy or new-commerce',
      program,
    );
  const orderedMs = parseInstant(input.orderedAt, 'input.orderedAt');
  const policy = resolveRules(options, orderedMs);
  const product = input.product;
  const rules =
    typeof product === 'string' && PRODUCTS.includes(product as Product)
      ? readProductRules(policy, product, 'input.product')
      : undefined;
  if (rules === undefined || rules.terms === null) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.product',
      'expected a subscription product',
      product,
    );
  }
  const cycle = input.billingCycle;
  if (cycle === undefined && rules.billingCycleRequired)
    fail(RuleErrorCode.MISSING_FIELD, 'input.billingCycle', 'expected monthly or annual', cycle);
  if (cycle !== undefined && cycle !== 'monthly' && cycle !== 'annual')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input.billingCycle', 'expected monthly or annual', cycle);
  const term =
    input.term ??
    (rules.terms.length === 0
      ? undefined
      : rules.billingCycleRequired && cycle !== undefined
        ? cycleTerms[cycle]
        : rules.terms[0]);
  if (term !== undefined && !rules.terms.includes(term)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.term',
      'expected one of {terms} for {product}',
      term,
      rules.terms.join(', ') || 'no term',
      product,
    );
  }
  readQuantity(input.quantity, 'input.quantity');
  const trial = input.freeTrial ?? false;
  if (typeof trial !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input.freeTrial', 'expected a boolean', trial);
  if (trial && !rules.freeTrial)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.freeTrial',
      'expected no free trial for {product}',
      trial,
      product,
    );
  const price =
    input.price === undefined ? null : readUnitPrice(input.price, input.quantity, 'input.price');
  const opened = optionalInstant(input.accountOpenedAt, 'input.accountOpenedAt');
  const firstBilling = optionalInstant(
    input.firstBillingPeriodStart,
    'input.firstBillingPeriodStart',
  );
  if (opened !== null && firstBilling !== null) {
    assertNotBefore(
      firstBilling.ms,
      'input.firstBillingPeriodStart',
      opened.ms,
      'input.accountOpenedAt',
    );
  }
  const orderedAt = instantText(input.orderedAt, orderedMs, 'input.orderedAt');
  const state: DraftSubscription = {
    status: trial ? 'trial' : 'active',
    asOf: orderedAt,
    policyId: policy.id,
    program: 'legacy',
    product: product as Subscription['product'],
    billingCycle: cycle ?? null,
    term: term ?? null,
    quantity: input.quantity,
    autoRenew: true,
    cancelAtRenewal: false,
    orderedAt,
    price,
    accountOpenedAt: opened?.text ?? null,
    firstBillingPeriodStart: firstBilling?.text ?? null,
    trialEndsAt: trial
      ? formatDerivedInstant(
          addDays(orderedMs, readTrialDays(policy)),
          'trialEndsAt',
          orderedAt,
          'input.orderedAt',
        )
      : null,
    termAnchor: null,
    termNumber: 0,
    termStart: null,
    termEnd: null,
    suspension: null,
  };
  if (!trial && term !== undefined) startTerms(state, orderedAt, orderedMs, 'input.orderedAt');
  return rememberMade(state, orderedMs);
}

function optionalInstant(value: unknown, path: string): { ms: number; text: string } | null {
  if (value === undefined) return null;
  const ms = parseInstant(value, path);
  return { ms, text: instantText(value, ms, path) };
}
