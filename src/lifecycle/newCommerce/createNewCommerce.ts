import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { priceMessages } from '../../messages/en/newCommerce/prices.ts';
import { say } from '../../messages/say.ts';
import { newCommerceRulesInForceAt } from '../../policy/newCommerceRulesInForceAt.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { readTrialDays } from '../../policy/readTrialDays.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TRIAL_SEATS as TRIAL_SEATS } from '../../policy/vocabulary/trialSeats.ts';
import { isUsageProduct } from '../../policy/vocabulary/usageProducts.ts';
import { applyPromotion, promotionMiss } from '../../prices/promotions.ts';
import { readPriceStateKey } from '../../prices/readPriceStateKey.ts';
import { readPromotion } from '../../prices/readPromotion.ts';
import type { PriceStateKey, Promotion } from '../../prices/types.ts';
import { formatDerivedInstant } from '../../time/formatDerivedInstant.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { readQuantity } from '../_internal/readQuantity.ts';
import { readUnitPrice } from '../readUnitPrice.ts';
import { alignedEnd } from './machine/alignedEnd.ts';
import type { NewCommerceDraft } from './machine/cloneState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { readConversion } from './machine/readConversion.ts';
import { readEndOfSale } from './machine/readEndOfSale.ts';
import { refuseCustomPolicy } from './machine/refuseCustomPolicy.ts';
import { sellingPartner } from './machine/sellingPartner.ts';
import { startTerm } from './machine/terms.ts';
import type {
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
  PromotionNote,
} from './types.ts';

/** The keys a New Commerce input takes (NCE-7), as a set. */
const INPUT_KEYS = {
  program: true,
  product: true,
  term: true,
  billingFrequency: true,
  quantity: true,
  orderedAt: true,
  price: true,
  trial: true,
  customTermEndDate: true,
  offerId: true,
  endOfSale: true,
  priceKey: true,
  promotion: true,
} as const;
const INPUT_KEY_LIST = Object.keys(INPUT_KEYS).join(', ');
const PRODUCTS = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
  'azure-plan',
];

/**
 * A purchase's promotion (PL-5), in place: the discounted price and the promotion on the state when
 * it applies at `orderedMs`; else why not, in English.
 */
function promote(
  state: NewCommerceDraft,
  promotion: Promotion,
  orderedMs: number,
): PromotionNote | undefined {
  const id = promotion.id;
  if (state.status === 'trial' || state.price === null || state.term === null)
    return say(
      priceMessages,
      state.status === 'trial'
        ? 'lifecycle.nce.promotion.not-applied.trial'
        : 'lifecycle.nce.promotion.not-applied.no-price',
      { id },
    );
  const frequency = state.billingFrequency as string;
  const miss = promotionMiss(
    promotion,
    state.priceKey,
    state.term,
    frequency,
    orderedMs,
    state.orderedAt,
  );
  if (miss !== undefined)
    return miss.reason === 'no-key'
      ? say(priceMessages, 'lifecycle.nce.promotion.not-applied.no-key', { id })
      : miss.reason === 'outside-window'
        ? say(priceMessages, 'lifecycle.nce.promotion.not-applied.outside-window', {
            id,
            at: state.orderedAt,
            startDate: promotion.startDate,
            endDate: promotion.endDate,
          })
        : say(priceMessages, 'lifecycle.nce.promotion.not-applied.no-product', {
            id,
            product: state.priceKey?.ProductId ?? '',
            sku: state.priceKey?.SkuId ?? '',
            term: state.term,
            billingFrequency: frequency,
          });
  const done = applyPromotion(
    promotion,
    state.price,
    state.priceKey as PriceStateKey,
    state.term,
    frequency,
  );
  state.price = done.price;
  state.promotion = done.applied;
  return undefined;
}

/**
 * `createSubscription` for `program: 'new-commerce'` (NCE-7, NCE-8, NCE-11): `active` with its
 * first term and one seat batch at `orderedAt`, or a 30-day `trial` of at most 25 seats that
 * converts to `trial.convertsTo` (default P1Y monthly; SaaS to its own term). A licence-based or
 * software subscription's first term may end early, on `customTermEndDate` (MID-3); the offer
 * bought is kept as `offerId` (MID-4).
 */
export function createNewCommerce(
  input: NewCommerceSubscriptionInput,
  options?: PolicyOptions,
): NewCommerceSubscription {
  // a New Commerce state follows the catalog: a caller's policy is refused, never dropped (POL-1)
  refuseCustomPolicy(options);
  const orderedMs = parseInstant(input.orderedAt, 'input.orderedAt');
  // a key the program does not take is an error, never a silent default (NCE-7)
  for (const key in input)
    if (!Object.hasOwn(INPUT_KEYS, key))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `input.${key}`,
        'expected none: a New Commerce subscription takes {allowed}',
        (input as unknown as Readonly<Record<string, unknown>>)[key],
        INPUT_KEY_LIST,
      );
  const product = input.product;
  if (!PRODUCTS.includes(product))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.product',
      'expected one of {allowed}',
      product,
      PRODUCTS.join(', '),
    );
  const usage = isUsageProduct(product);
  const trialInput = input.trial;
  if (trialInput !== undefined && (typeof trialInput !== 'object' || trialInput === null || usage))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.trial',
      usage ? 'expected no trial for {product}' : 'expected a trial object',
      trialInput,
      product,
    );
  const converts = trialInput === undefined ? undefined : readConversion(trialInput, product);
  const defaulted = trialInput !== undefined && product !== 'marketplace-saas';
  // a given term and frequency are checked by NCE-2 whether or not a trial converts into them
  if (!usage) {
    const t = input.term;
    const f = input.billingFrequency;
    if (converts === undefined || (t !== undefined && f !== undefined))
      requireNewCommerceBilling(
        product,
        t ?? (defaulted ? 'P1Y' : undefined),
        f ?? (defaulted ? 'monthly' : undefined),
        'input',
      );
    // one of the two beside convertsTo: a value some pair of the product's has
    else if (t !== undefined || f !== undefined)
      requireNewCommerceBilling(
        product,
        t ?? sellingPartner(product, f, true) ?? converts.term,
        f ?? sellingPartner(product, t, false) ?? converts.billingFrequency,
        'input',
      );
  }
  // a Microsoft trial converts into convertsTo, else the given term and frequency, else P1Y
  // monthly (NCE-11, decided 2026-11-24)
  const term = converts?.term ?? input.term ?? (defaulted ? 'P1Y' : undefined);
  const frequency =
    converts?.billingFrequency ?? input.billingFrequency ?? (defaulted ? 'monthly' : undefined);
  if (usage) {
    if (term !== undefined || frequency !== undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'input.term',
        'expected no term for {product}',
        term,
        product,
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
  const price =
    input.price === undefined ? null : readUnitPrice(input.price, quantity, 'input.price');
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
    endOfTerm: 'renew',
    cancelAtRenewal: false,
    orderedAt,
    price,
    trialEndsAt:
      trialInput === undefined
        ? null
        : formatDerivedInstant(
            orderedMs + readTrialDays(rules) * MS_PER_DAY,
            'trialEndsAt',
            orderedAt,
            'input.orderedAt',
          ),
    termAnchor: null,
    termNumber: 0,
    termStart: null,
    termEnd: null,
    expiredAt: null,
    disabledAt: null,
  };
  const offerId = input.offerId;
  if (offerId !== undefined) {
    if (typeof offerId !== 'string' || offerId.length === 0)
      fail(RuleErrorCode.INVALID_ARGUMENT, 'input.offerId', 'expected an offer id', offerId);
    state.offerId = offerId;
  }
  if (input.endOfSale !== undefined) {
    state.endOfSale = readEndOfSale(input.endOfSale, 'input.endOfSale');
  }
  if (input.priceKey !== undefined) {
    const key = readPriceStateKey(input.priceKey, 'input.priceKey');
    // the list's rows of the key bill in its currency: a renewal would change the subscription's
    if (state.price !== null && key.Currency.toUpperCase() !== state.price.currency)
      fail(
        RuleErrorCode.CURRENCY_MISMATCH,
        'input.priceKey.Currency',
        'expected {currency}, the currency of the subscription’s price',
        key.Currency,
        state.price.currency,
      );
    state.priceKey = key;
  }
  // an aligned first term (MID-3): a seat-based paid term only
  const custom = input.customTermEndDate;
  let endMs: number | undefined;
  if (custom !== undefined) {
    if (
      trialInput !== undefined ||
      (product !== 'license-based' && product !== 'software-subscription')
    )
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'input.customTermEndDate',
        trialInput === undefined
          ? 'expected no customTermEndDate for {product}'
          : 'expected no customTermEndDate for a trial',
        custom,
        product,
      );
    endMs = alignedEnd(
      custom,
      orderedMs,
      NEW_COMMERCE_TERM_MONTHS[term as NewCommerceTerm],
      'input.customTermEndDate',
    );
  }
  if (trialInput !== undefined || usage)
    state.seats = [{ quantity, addedAt: orderedAt, reducibleUntil: null }];
  else startTerm(state, orderedAt, orderedMs, true, endMs, 'input.orderedAt');
  const note =
    input.promotion === undefined
      ? undefined
      : promote(state, readPromotion(input.promotion, 'input.promotion'), orderedMs);
  const made = rememberMade(state, orderedMs);
  return note === undefined ? made : { ...made, notes: [note] };
}
