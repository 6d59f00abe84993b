import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceSubscription, SeatBatch } from '../../lifecycle/newCommerce/types.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Basics } from '../_internal/basics.ts';
import { count, record, statedEnd } from '../_internal/fields.ts';

/**
 * The seat batches (NCE-6, PCR-1): each `refundableQuantity.details` entry is a batch reducible
 * until its `allowedUntilDateTime`, the other seats one batch no longer reducible. Without
 * `refundableQuantity`, all seats are one batch added at the term's start, reducible (licence-based)
 * until the end of the term's cancellation window (the stated one where the resource states it).
 */
export function readSeats(
  b: Basics,
  s: Pick<NewCommerceSubscription, 'status' | 'product' | 'termStart' | 'orderedAt' | 'quantity'>,
  windowEndMs: number | null,
): SeatBatch[] {
  const addedAt = s.termStart ?? s.orderedAt;
  const rq = b.r.refundableQuantity;
  if (rq === undefined || rq === null) {
    const reducible =
      s.product === 'license-based' && s.status !== 'trial' && windowEndMs !== null
        ? formatInstant(windowEndMs, 'reducibleUntil')
        : null;
    return [{ quantity: s.quantity, addedAt, reducibleUntil: reducible }];
  }
  const details = record(rq, 'resource.refundableQuantity').details ?? [];
  if (!Array.isArray(details))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.refundableQuantity.details',
      'expected a list',
      details,
    );
  const batches: SeatBatch[] = [];
  let sum = 0;
  for (let i = 0; i < details.length; i++) {
    const path = `resource.refundableQuantity.details.${i}`;
    const d = record(details[i], path);
    const quantity = count(d.quantity, `${path}.quantity`, 1);
    const until = statedEnd(d.allowedUntilDateTime, `${path}.allowedUntilDateTime`);
    sum += quantity;
    batches.push({
      quantity,
      addedAt,
      reducibleUntil: formatInstant(until, `${path}.allowedUntilDateTime`),
    });
  }
  if (sum > s.quantity)
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'resource.refundableQuantity.details',
      'expected at most {max} refundable seats',
      sum,
      s.quantity,
    );
  // Partner Center lists the batches newest first; a state holds them oldest first (NCE-6), so a
  // reduction takes the newest: ordered by the end of their windows, whatever the resource's order
  batches.sort((a, b) => ((a.reducibleUntil as string) < (b.reducibleUntil as string) ? -1 : 1));
  if (sum < s.quantity)
    batches.unshift({ quantity: s.quantity - sum, addedAt, reducibleUntil: null });
  return batches;
}
