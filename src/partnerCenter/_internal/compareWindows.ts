import { MS_PER_DAY } from '../../kernel/units.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { decideNewCommerceCancellation } from '../../refunds/decideNewCommerceCancellation.ts';
import type { NewCommercePurchase } from '../../refunds/Purchase.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import type { Basics } from './basics.ts';
import { fullRefund } from './basics.ts';
import { statedEnd } from './fields.ts';

/**
 * Compares the windows a New Commerce resource states with NCE-4's for its current term, a note for
 * each disagreement (PCR-1): `cancellationAllowedUntilDate` with the cancellation window, the `Full`
 * refund's `expiresAt` with the full-credit end (a licence-based or software full credit ends with
 * the term's first UTC day). A 23:59 end is the end of that day.
 *
 * @returns The computed cancellation window's end, or `null` (no term, a trial, no window).
 */
export function compareWindows(
  b: Basics,
  s: Pick<
    NewCommerceSubscription,
    'product' | 'term' | 'billingFrequency' | 'termStart' | 'termEnd' | 'orderedAt' | 'quantity'
  >,
): string | null {
  if (s.termStart === null || s.termEnd === null) return null;
  const purchase = {
    program: 'new-commerce',
    product: s.product,
    term: s.term,
    billingFrequency: s.billingFrequency,
    orderedAt: s.orderedAt,
    termStart: s.termStart,
    currentTermEnd: s.termEnd,
    quantity: s.quantity,
  } as NewCommercePurchase;
  const d = decideNewCommerceCancellation(purchase, s.termStart, undefined);
  const windowEnd =
    'windowEndsAt' in d && d.outcome !== 'not-cancellable' ? (d.windowEndsAt ?? null) : null;
  const r = b.r;
  if (Object.hasOwn(r, 'cancellationAllowedUntilDate')) {
    const path = 'resource.cancellationAllowedUntilDate';
    const stated =
      r.cancellationAllowedUntilDate === null
        ? null
        : formatInstant(statedEnd(r.cancellationAllowedUntilDate, path), path);
    if (stated !== windowEnd)
      b.notes.push({
        path,
        message: `the resource ${stated === null ? 'allows no cancellation' : `allows cancelling until ${stated}`}, the rules ${windowEnd === null ? 'allow none' : `until ${windowEnd}`}; the rules' window is used`,
      });
  }
  const full = fullRefund(r);
  if (full !== undefined) {
    let computed = d.outcome === 'full-credit' ? d.windowEndsAt : null;
    if (computed !== null && s.product !== 'marketplace-saas') {
      const firstDay = formatInstant(startOfUtcDay(Date.parse(s.termStart)) + MS_PER_DAY, 'until');
      if (firstDay < computed) computed = firstDay;
    }
    const stated = formatInstant(full.ms, full.path);
    if (stated !== computed)
      b.notes.push({
        path: full.path,
        message: `the resource ends the full refund at ${stated}, the rules ${computed === null ? 'give no full refund' : `at ${computed}`}; the rules' window is used`,
      });
  }
  return windowEnd;
}
