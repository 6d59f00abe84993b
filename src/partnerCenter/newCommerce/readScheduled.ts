import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { isSold } from '../../lifecycle/newCommerce/machine/isSold.ts';
import type {
  NewCommerceSubscription,
  ScheduledRenewal,
} from '../../lifecycle/newCommerce/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Basics } from '../_internal/basics.ts';
import { count, enumValue, record } from '../_internal/fields.ts';
import { note } from '../_internal/note.ts';

/**
 * `scheduledNextTermInstructions` as `scheduled` (NCE-7, PCR-1): quantity, term and billing
 * frequency, read case-insensitively. A scheduled product (an upgrade) is not carried over: a note.
 * Dropped, with a note, where the rules keep none (not active, or auto-renew off); a term and
 * frequency the product is not sold with is a RuleError.
 */
export function readScheduled(
  b: Basics,
  s: Pick<
    NewCommerceSubscription,
    'status' | 'autoRenew' | 'product' | 'term' | 'billingFrequency'
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
  const term = enumValue(p.termDuration, `${path}.product.termDuration`)?.toUpperCase() ?? null;
  const frequency = enumValue(p.billingCycle, `${path}.product.billingCycle`) ?? null;
  if (p.productId !== undefined || p.skuId !== undefined || p.availabilityId !== undefined)
    b.notes.push(note(`${path}.product`, 'resource.scheduled-product'));
  if (s.status !== 'active' || !s.autoRenew) {
    b.notes.push(note(path, 'resource.scheduled-dropped'));
    return null;
  }
  if (quantity === null && term === null && frequency === null) return null;
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
  return {
    quantity,
    term: term as NewCommerceTerm | null,
    billingFrequency: frequency as BillingFrequency | null,
    price: null,
  };
}
