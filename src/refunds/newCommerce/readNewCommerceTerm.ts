import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommercePurchase, NewCommerceSubscriptionPurchase } from '../Purchase.ts';

/** Where a New Commerce purchase's window opens and how it is billed (NCE-3, NCE-4). */
export interface NewCommerceTerm {
  /** The term's start (or the order, for a product without a term), epoch ms. */
  readonly startMs: number;
  /** The caller's field the start was read from: `purchase.termStart` or `purchase.orderedAt`. */
  readonly startPath: string;
  /** The term's end (NCE-3), epoch ms; infinite for a product without a term. */
  readonly endMs: number;
  /** Calendar months of one billing period; 0 for a product without a term. */
  readonly periodMonths: number;
}

const NO_TERM = [
  'term',
  'billingFrequency',
  'termStart',
  'cancellableUntil',
  'fullCreditUntil',
] as const;

/**
 * Reads the term of a New Commerce purchase (NCE-2, NCE-3, NCE-11): for a subscription product
 * its term and billing frequency (checked by NCE-2) and `termStart` (default `orderedAt`, not
 * before it), with `at` not before the term's start; a product without a term may carry none of
 * these, nor a stated window of a term (PCR-1).
 *
 * @throws {@link RuleError} `MISSING_FIELD` / `INVALID_ARGUMENT` for the term and frequency;
 *   `INVALID_ARGUMENT` for a term field on a product without one; `OUT_OF_ORDER` for a
 *   `termStart` before `orderedAt` or an `at` before the term's start.
 */
export function readNewCommerceTerm(
  purchase: NewCommercePurchase,
  orderedMs: number,
  atMs: number,
): NewCommerceTerm {
  const product = purchase.product;
  if (
    product === 'software-perpetual' ||
    product === 'marketplace-usage' ||
    product === 'azure-plan'
  ) {
    for (const key of NO_TERM) {
      const value = (purchase as unknown as Readonly<Record<string, unknown>>)[key];
      if (value !== undefined) {
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          `purchase.${key}`,
          'expected none: {product} has no term',
          value,
          product,
        );
      }
    }
    assertNotBefore(atMs, 'at', orderedMs, 'purchase.orderedAt');
    return {
      startMs: orderedMs,
      startPath: 'purchase.orderedAt',
      endMs: Number.POSITIVE_INFINITY,
      periodMonths: 0,
    };
  }
  // a product with a term (TypeScript narrows no union member whose product is two literals)
  const termed = purchase as NewCommerceSubscriptionPurchase;
  requireNewCommerceBilling(product, termed.term, termed.billingFrequency, 'purchase');
  let startMs = orderedMs;
  let startPath = 'purchase.orderedAt';
  if (termed.termStart !== undefined) {
    startMs = parseInstant(termed.termStart, 'purchase.termStart');
    assertNotBefore(startMs, 'purchase.termStart', orderedMs, startPath);
    startPath = 'purchase.termStart';
  }
  assertNotBefore(atMs, 'at', startMs, startPath);
  return {
    startMs,
    startPath,
    endMs: newCommerceTermEndAt(startMs, NEW_COMMERCE_TERM_MONTHS[termed.term], 1),
    periodMonths: BILLING_FREQUENCY_MONTHS[termed.billingFrequency],
  };
}
