import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { readProductRules } from '../policy/readProductRules.ts';
import { readTrialDays } from '../policy/readTrialDays.ts';
import { resolveRules } from '../policy/resolveRules.ts';
import type { BillingCycle, Product } from '../policy/types.ts';
import { PRODUCTS } from '../policy/vocabulary/products.ts';
import { addDays } from '../time/addDays.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { instantText } from '../time/instantText.ts';
import { parseInstant } from '../time/parseInstant.ts';
import type { Term } from '../time/Term.ts';
import { readQuantity } from './_internal/readQuantity.ts';
import { readUnitPrice } from './_internal/readUnitPrice.ts';
import type { DraftSubscription } from './machine/cloneState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { startTerms } from './machine/renewal.ts';
import { createNewCommerce } from './newCommerce/createNewCommerce.ts';
import { refuseCustomPolicy } from './newCommerce/machine/refuseCustomPolicy.ts';
import type { NewCommerceSubscription, NewCommerceSubscriptionInput } from './newCommerce/types.ts';
import type { Subscription, SubscriptionInput } from './types.ts';

const cycleTerms: { readonly [C in BillingCycle]: Term } = { monthly: 'P1M', annual: 'P1Y' };

/**
 * Creates a subscription's first state (LC-1, LC-2) under the policy in force at `orderedAt`
 * (POL-2), kept as its `policyId`. With a free trial it starts in `trial` until `orderedAt` + the
 * policy's trial days (30); otherwise it starts `active` with its first term at `orderedAt`. A
 * usage-based subscription has no term: it never renews or expires, it runs until cancelled.
 *
 * Decided: `billingCycle` is required only where the product's rules differ by cycle
 * (`marketplace-saas`); elsewhere it is kept if given and `null` if not. `accountOpenedAt` must not
 * come after `firstBillingPeriodStart` (SUS-2), checked here already.
 *
 * @param input - Product, billing cycle, term, quantity, order instant, trial, price, account dates.
 * @param options - `{ policy }` to create under another policy.
 * @returns The first state, `asOf` = `orderedAt`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a product that is not a subscription, an unknown
 *   cycle or term, or a free trial on another product; `MISSING_FIELD`; `INVALID_QUANTITY`; the codes
 *   of a bad instant or price.
 * @example
 * ```ts
 * import { createSubscription } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 5,
 *   orderedAt: '2026-01-31T09:00:00Z',
 * });
 * [sub.status, sub.termEnd];
 * //=> ['active', '2026-02-28T09:00:00.000Z']
 * ```
 * With `program: 'new-commerce'` it creates a New Commerce subscription (NCE-7, NCE-8): `active`
 * with its first term and one seat batch, or a 30-day trial of at most 25 seats.
 *
 * @category Lifecycle
 */
export function createSubscription(
  input: NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): NewCommerceSubscription;
/**
 * Creates a legacy subscription's first state (LC-1, LC-2).
 *
 * @param input - Product, billing cycle, term, quantity, order instant, trial, price, account dates.
 * @param options - `{ policy }` to create under another policy.
 * @returns The first state.
 */
export function createSubscription(input: SubscriptionInput, options?: PolicyOptions): Subscription;
/**
 * Creates a subscription of either program, by the input's `program` (NCE-1).
 *
 * @param input - The input of either program.
 * @param options - `{ policy }` for a legacy subscription.
 * @returns The new state.
 */
export function createSubscription(
  input: SubscriptionInput | NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): Subscription | NewCommerceSubscription;
export function createSubscription(
  input: SubscriptionInput | NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): Subscription | NewCommerceSubscription {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected the subscription input', input);
  }
  const program = input.program;
  if (program === 'new-commerce') {
    refuseCustomPolicy(options);
    return createNewCommerce(input);
  }
  if (program !== undefined && program !== 'legacy')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.program',
      'expected legacy or new-commerce',
      program,
    );
  return createLegacy(input, options);
}

function createLegacy(input: SubscriptionInput, options: PolicyOptions | undefined): Subscription {
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
      ? formatInstant(addDays(orderedMs, readTrialDays(policy)), 'trialEndsAt')
      : null,
    termAnchor: null,
    termNumber: 0,
    termStart: null,
    termEnd: null,
    suspension: null,
  };
  if (!trial && term !== undefined) startTerms(state, orderedAt, orderedMs);
  return rememberMade(state, orderedMs);
}

function optionalInstant(value: unknown, path: string): { ms: number; text: string } | null {
  if (value === undefined) return null;
  const ms = parseInstant(value, path);
  return { ms, text: instantText(value, ms, path) };
}
