import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { newCommerceRulesInForceAt } from '../../policy/newCommerceRulesInForceAt.ts';
import { readTrialDays } from '../../policy/readTrialDays.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import { readMoney } from '../../pricing/readMoney.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { readQuantity } from '../_internal/readQuantity.ts';
import type { NewCommerceDraft } from './machine/cloneState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { startTerm } from './machine/terms.ts';
import type { NewCommerceSubscription, NewCommerceSubscriptionInput } from './types.ts';

/** Most seats of a trial (NCE-8). */
const TRIAL_SEATS = 25;
const PRODUCTS = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
];

/**
 * `createSubscription` for `program: 'new-commerce'` (NCE-7, NCE-8, NCE-11): `active` with its
 * first term and one seat batch at `orderedAt`, or a 30-day `trial` of at most 25 seats that
 * converts to `trial.convertsTo` (default P1Y monthly; SaaS to its own term).
 */
export function createNewCommerce(input: NewCommerceSubscriptionInput): NewCommerceSubscription {
  const orderedMs = parseInstant(input.orderedAt, 'input.orderedAt');
  const product = input.product;
  if (!PRODUCTS.includes(product))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.product',
      'expected one of {allowed}',
      product,
      PRODUCTS.join(', '),
    );
  const usage = product === 'marketplace-usage';
  const trialInput = input.trial;
  if (trialInput !== undefined && (typeof trialInput !== 'object' || trialInput === null || usage))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.trial',
      usage ? 'expected no trial for marketplace-usage' : 'expected a trial object',
      trialInput,
    );
  const converts = product === 'marketplace-saas' ? undefined : trialInput?.convertsTo;
  const defaulted = trialInput !== undefined && product !== 'marketplace-saas';
  const term = converts?.term ?? input.term ?? (defaulted ? 'P1Y' : undefined);
  const frequency =
    converts?.billingFrequency ?? input.billingFrequency ?? (defaulted ? 'monthly' : undefined);
  if (usage) {
    if (term !== undefined || frequency !== undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'input.term',
        'expected no term for marketplace-usage',
        term,
      );
  } else {
    requireNewCommerceBilling(
      product,
      term,
      frequency,
      converts === undefined ? 'input' : 'input.trial.convertsTo',
    );
  }
  const quantity = readQuantity(input.quantity, 'input.quantity');
  if (trialInput !== undefined && quantity > TRIAL_SEATS)
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'input.quantity',
      'expected at most {max} seats in a trial',
      quantity,
      TRIAL_SEATS,
    );
  const price = input.price === undefined ? null : readMoney(input.price, 'input.price');
  if (price !== null && price.amount < 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.price.amount',
      'expected a unit price ≥ 0',
      price.amount,
    );
  const orderedAt = instantText(input.orderedAt, orderedMs, 'input.orderedAt');
  // the trial's policy: in force at the order (NCE-11); a paid term takes the one at its start
  const rules = newCommerceRulesInForceAt(orderedMs);
  const state: NewCommerceDraft = {
    status: trialInput === undefined ? 'active' : 'trial',
    asOf: orderedAt,
    policyId: rules.id,
    program: 'new-commerce',
    product,
    term: (term ?? null) as NewCommerceTerm | null,
    billingFrequency: (frequency ?? null) as BillingFrequency | null,
    quantity,
    seats: [],
    scheduled: null,
    autoRenew: true,
    cancelAtRenewal: false,
    orderedAt,
    price,
    trialEndsAt:
      trialInput === undefined
        ? null
        : formatInstant(orderedMs + readTrialDays(rules) * MS_PER_DAY, 'trialEndsAt'),
    termAnchor: null,
    termNumber: 0,
    termStart: null,
    termEnd: null,
    expiredAt: null,
    disabledAt: null,
  };
  if (trialInput !== undefined || usage)
    state.seats = [{ quantity, addedAt: orderedAt, reducibleUntil: null }];
  else startTerm(state, orderedAt, orderedMs, true);
  return rememberMade(state, orderedMs);
}
