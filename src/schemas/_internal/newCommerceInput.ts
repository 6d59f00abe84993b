import * as z from 'zod/mini';
import { RuleError, type RuleIssue } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import { alignedEnd } from '../../lifecycle/newCommerce/machine/alignedEnd.ts';
import { sellingPartner } from '../../lifecycle/newCommerce/machine/sellingPartner.ts';
import type { NewCommerceSubscriptionInput } from '../../lifecycle/newCommerce/types.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TRIAL_SEATS as TRIAL_SEATS } from '../../policy/vocabulary/trialSeats.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Canonical } from '../Canonical.ts';
import { canonicalInstant } from '../canonicalInstant.ts';
import { promotionSchema } from '../promotionSchema.ts';
import { schemaParts } from '../schemaParts.ts';
import { keyedIssues } from './canonicalising.ts';
import { priceKeyShape } from './priceKeyShape.ts';
import { throwIssues } from './throwIssues.ts';

/** The New Commerce subscription products (NCE-7). */
export const NEW_COMMERCE_SUBSCRIPTION_PRODUCTS = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
] as const;

/** The New Commerce terms and billing frequencies as zod enums. */
export function newCommerceBillingParts(): {
  term: z.ZodMiniType<string, unknown>;
  billingFrequency: z.ZodMiniType<string, unknown>;
} {
  return {
    term: z.enum(Object.keys(NEW_COMMERCE_TERM_MONTHS) as [string, ...string[]]),
    billingFrequency: z.enum(Object.keys(BILLING_FREQUENCY_MONTHS) as [string, ...string[]]),
  };
}

/** The JSON shape of a `NewCommerceSubscriptionInput` (NCE-7, NCE-8). */
export function newCommerceInputShape(): z.ZodMiniObject {
  const parts = schemaParts();
  const { term, billingFrequency } = newCommerceBillingParts();
  return z.strictObject({
    program: z.literal('new-commerce'),
    product: z.enum(NEW_COMMERCE_SUBSCRIPTION_PRODUCTS),
    term: z.optional(term),
    billingFrequency: z.optional(billingFrequency),
    quantity: parts.quantity,
    orderedAt: parts.instant,
    price: z.optional(parts.price),
    trial: z.optional(
      z.strictObject({
        convertsTo: z.optional(z.strictObject({ term, billingFrequency })),
      }),
    ),
    customTermEndDate: z.optional(parts.date),
    offerId: z.optional(parts.text),
    endOfSale: z.optional(z.enum(['none', 'end-of-sale', 'end-of-sale-with-conversions'])),
    priceKey: z.optional(priceKeyShape()),
    promotion: z.optional(promotionSchema()),
  });
}

/**
 * A New Commerce input that passed zod, checked as `createSubscription` checks it (NCE-2, NCE-7,
 * NCE-8): no term, billing frequency or trial for `marketplace-usage`; for the other products the
 * term and billing frequency it will run with (a trial's `convertsTo`, else the input's, else a
 * trial's default P1Y monthly; SaaS converts to its own) a combination the product is sold with;
 * at most 25 seats in a trial. Returned with `orderedAt` canonical.
 */
export function canonicalNewCommerceInput(
  value: NewCommerceSubscriptionInput & { orderedAt: string },
): Canonical<NewCommerceSubscriptionInput> {
  const issues: RuleIssue[] = [];
  const { product, trial } = value;
  const usage = product === 'marketplace-usage';
  if (usage) {
    for (const key of ['term', 'billingFrequency', 'trial'] as const) {
      if (value[key] !== undefined)
        issues.push(issueOf(key, 'expected none for {product}', { product }));
    }
  } else {
    // a marketplace SaaS trial converts into its own term: it takes no convertsTo (NCE-11)
    if (product === 'marketplace-saas' && trial?.convertsTo !== undefined)
      issues.push(
        issueOf(
          'trial.convertsTo',
          'expected none: a marketplace-saas trial converts into its own term',
        ),
      );
    const converts = product === 'marketplace-saas' ? undefined : trial?.convertsTo;
    const defaulted = trial !== undefined && product !== 'marketplace-saas';
    const pairs: [string | undefined, string | undefined, string][] = [];
    if (converts !== undefined)
      pairs.push([converts.term, converts.billingFrequency, 'input.trial.convertsTo']);
    // the given term and frequency are checked as createSubscription does, beside convertsTo too
    const t = value.term;
    const f = value.billingFrequency;
    if (converts === undefined || (t !== undefined && f !== undefined))
      pairs.push([
        t ?? (defaulted ? 'P1Y' : undefined),
        f ?? (defaulted ? 'monthly' : undefined),
        'input',
      ]);
    else if (t !== undefined || f !== undefined)
      pairs.push([
        t ?? sellingPartner(product, f, true) ?? converts.term,
        f ?? sellingPartner(product, t, false) ?? converts.billingFrequency,
        'input',
      ]);
    for (const [term, frequency, prefix] of pairs) {
      try {
        requireNewCommerceBilling(product, term, frequency, prefix);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        for (const issue of keyedIssues(error))
          issues.push({ ...issue, path: issue.path.slice('input.'.length) });
      }
    }
  }
  // the price key bills in its currency: the subscription's price's (PL-4)
  const key = value.priceKey;
  if (
    key !== undefined &&
    value.price !== undefined &&
    key.Currency.toUpperCase() !== value.price.currency
  )
    issues.push(
      issueOf(
        'priceKey.Currency',
        'expected {currency}, the currency of the subscription’s price',
        {
          currency: value.price.currency,
        },
      ),
    );
  // an aligned first term (MID-3): a seat-based paid term only, ending inside the nominal one
  const custom = value.customTermEndDate;
  if (custom !== undefined) {
    if (trial !== undefined || (product !== 'license-based' && product !== 'software-subscription'))
      issues.push(
        issueOf(
          'customTermEndDate',
          trial === undefined
            ? 'expected no customTermEndDate for {product}'
            : 'expected no customTermEndDate for a trial',
          { product },
        ),
      );
    else if (value.term !== undefined && Object.hasOwn(NEW_COMMERCE_TERM_MONTHS, value.term)) {
      try {
        alignedEnd(
          custom,
          parseInstant(value.orderedAt, 'orderedAt'),
          NEW_COMMERCE_TERM_MONTHS[value.term],
          'input.customTermEndDate',
        );
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        for (const issue of keyedIssues(error))
          issues.push({ ...issue, path: issue.path.slice('input.'.length) });
      }
    }
  }
  if (value.price !== undefined && !Number.isSafeInteger(value.price.amount * value.quantity))
    issues.push(
      issueOf('price.amount', 'expected a price whose product with the quantity is a safe integer'),
    );
  if (trial !== undefined && value.quantity > TRIAL_SEATS)
    issues.push(
      issueOf('quantity', 'expected at most {max} seats in a trial', { max: TRIAL_SEATS }),
    );
  throwIssues(RuleErrorCode.INVALID_ARGUMENT, issues);
  return { ...value, orderedAt: canonicalInstant(value.orderedAt, 'orderedAt') };
}
