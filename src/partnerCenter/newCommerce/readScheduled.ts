import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { alignedEnd } from '../../lifecycle/newCommerce/machine/alignedEnd.ts';
import { isSold } from '../../lifecycle/newCommerce/machine/isSold.ts';
import type {
  NewCommerceSubscription,
  ScheduledRenewal,
} from '../../lifecycle/newCommerce/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { parseCalendarDate } from '../../time/parseCalendarDate.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Basics } from '../_internal/basics.ts';
import { count, enumValue, record } from '../_internal/fields.ts';
import { note } from '../_internal/note.ts';

/** A date, or that day at 00:00 as the API writes it, with or without a zone. */
const DATE = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:00)?)?$/;

/**
 * `scheduledNextTermInstructions` as `scheduled` (NCE-7, PCR-1, MID-3): quantity, term and
 * billing frequency, read case-insensitively (a term or frequency equal to the current one is
 * kept as `null`: the same plan, PCR details), and the renewed term's `customTermEndDate`. A scheduled product (an upgrade) is not carried over: a note.
 * Dropped, with a note, where the rules keep none (not active, or auto-renew off); a term and
 * frequency the product is not sold with is a RuleError.
 */
export function readScheduled(
  b: Basics,
  s: Pick<
    NewCommerceSubscription,
    'status' | 'autoRenew' | 'product' | 'term' | 'billingFrequency' | 'termEnd'
  >,
): ScheduledRenewal | null {
  const v = b.r.scheduledNextTermInstructions;
  if (v === undefined || v === null) return null;
  const path = 'resource.scheduledNextTermInstructions';
  const i = record(v, path);
  const p =
    i.product === undefined || i.product === null ? {} : record(i.product, `${path}.product`);
  const quantity =
    i.quantity === undefined || i.quantity === null
      ? null
      : count(i.quantity, `${path}.quantity`, 1);
  // a term or billing cycle equal to the current one is no new plan (PCR details, decided
  // 2026-11-28): Partner Center writes both out when it renews into the same plan
  const statedTerm = enumValue(p.termDuration, `${path}.product.termDuration`)?.toUpperCase();
  const statedFrequency = enumValue(p.billingCycle, `${path}.product.billingCycle`);
  const term = statedTerm === undefined || statedTerm === s.term ? null : statedTerm;
  const frequency =
    statedFrequency === undefined || statedFrequency === s.billingFrequency
      ? null
      : statedFrequency;
  if (p.productId !== undefined || p.skuId !== undefined || p.availabilityId !== undefined)
    b.notes.push(note(`${path}.product`, 'resource.scheduled-product'));
  if (s.status !== 'active' || !s.autoRenew) {
    b.notes.push(note(path, 'resource.scheduled-dropped'));
    return null;
  }
  const custom = alignedDate(i.customTermEndDate, `${path}.customTermEndDate`);
  if (quantity === null && term === null && frequency === null && custom === undefined) return null;
  if (
    (term !== null || frequency !== null) &&
    !isSold(s.product, term ?? s.term, frequency ?? s.billingFrequency)
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${path}.product`,
      'expected a term and billing cycle {product} is sold with (NCE-2)',
      i.product,
      s.product,
    );
  // the renewed term aligned to a date (MID-3): inside the next term's nominal length
  if (custom !== undefined) {
    if (s.product !== 'license-based' && s.product !== 'software-subscription')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `${path}.customTermEndDate`,
        'expected no customTermEndDate for {product}',
        i.customTermEndDate,
        s.product,
      );
    alignedEnd(
      custom,
      parseInstant(s.termEnd, 'subscription.termEnd'),
      NEW_COMMERCE_TERM_MONTHS[(term ?? s.term) as NewCommerceTerm],
      `${path}.customTermEndDate`,
    );
  }
  return {
    quantity,
    term: term as NewCommerceTerm | null,
    billingFrequency: frequency as BillingFrequency | null,
    price: null,
    ...(custom === undefined ? {} : { customTermEndDate: custom }),
  };
}

/**
 * A custom term end date as the API writes it (MID-3): `YYYY-MM-DD`, or that day at 00:00 with
 * or without a zone (`2023-07-31T00:00:00`), read as the date; `undefined` when absent.
 */
function alignedDate(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = typeof value === 'string' ? DATE.exec(value)?.[1] : undefined;
  if (date === undefined)
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a date YYYY-MM-DD that exists', value);
  parseCalendarDate(date, path);
  return date;
}
