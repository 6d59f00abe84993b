import type { RuleError, RuleIssue } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import type { NewCommerceTermProduct } from '../../policy/vocabulary/newCommerceBilling.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { keyedIssues } from './canonicalising.ts';
import { throwIssues } from './throwIssues.ts';

/** The fields of a New Commerce purchase whose combination the rules constrain. */
export interface NewCommerceCrossFields {
  readonly product: string;
  readonly orderedAt: string;
  readonly term?: string | undefined;
  readonly billingFrequency?: string | undefined;
  readonly termStart?: string | undefined;
  readonly currentTermEnd?: string | undefined;
  readonly cancellableUntil?: string | null | undefined;
  readonly fullCreditUntil?: string | undefined;
  readonly quantity?: number | undefined;
  readonly price?: { readonly amount: number } | undefined;
}

/**
 * What zod's shape check cannot see in a New Commerce purchase but `cancellationDecision` refuses
 * (ERR-2, NCE-2, NCE-11): the term and billing frequency of a subscription product (required, and
 * a combination of the NCE-2 table), none on perpetual software or usage, a `termStart` not before
 * `orderedAt`, a `currentTermEnd` after the term's start, a price whose product with the quantity
 * is a safe integer. Throws a `RuleError` listing every issue, which `runParse` returns.
 */
export function assertNewCommerceCrossFields(value: NewCommerceCrossFields): void {
  const issues: RuleIssue[] = [];
  const { product } = value;
  if (product === 'software-perpetual' || product === 'marketplace-usage') {
    for (const key of [
      'term',
      'billingFrequency',
      'termStart',
      'cancellableUntil',
      'fullCreditUntil',
    ] as const) {
      if (value[key] !== undefined) {
        issues.push(issueOf(key, 'expected none: {product} has no term', { product }));
      }
    }
  } else {
    try {
      requireNewCommerceBilling(
        product as NewCommerceTermProduct,
        value.term,
        value.billingFrequency,
        'purchase',
      );
    } catch (error) {
      for (const issue of keyedIssues(error as RuleError))
        issues.push({ ...issue, path: issue.path.slice('purchase.'.length) });
    }
  }
  const orderedMs = parseInstant(value.orderedAt, 'orderedAt');
  const startMs =
    value.termStart === undefined ? orderedMs : parseInstant(value.termStart, 'termStart');
  if (startMs < orderedMs) {
    issues.push(
      issueOf('termStart', 'expected an instant at or after {earlier}', { earlier: 'orderedAt' }),
    );
  }
  if (
    value.currentTermEnd !== undefined &&
    parseInstant(value.currentTermEnd, 'currentTermEnd') <= startMs
  ) {
    issues.push(
      issueOf('currentTermEnd', 'expected an instant after {earlier}', {
        earlier: value.termStart === undefined ? 'orderedAt' : 'termStart',
      }),
    );
  }
  if (
    value.price !== undefined &&
    !Number.isSafeInteger(value.price.amount * (value.quantity ?? 1))
  ) {
    issues.push(
      issueOf('price.amount', 'expected a price whose product with the quantity is a safe integer'),
    );
  }
  throwIssues(RuleErrorCode.INVALID_ARGUMENT, issues);
}
