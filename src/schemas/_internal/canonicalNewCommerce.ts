import type { NewCommercePurchase } from '../../refunds/Purchase.ts';
import type { Canonical } from '../Canonical.ts';
import { canonicalInstant } from '../canonicalInstant.ts';
import { assertNewCommerceCrossFields } from './newCommerceCrossFields.ts';

/**
 * A New Commerce purchase that passed zod, checked across its fields (NCE-2, NCE-11) and returned
 * with its instants in canonical form, its keys in a fixed order and no `undefined` field.
 */
export function canonicalNewCommerce(
  value: NewCommercePurchase & { orderedAt: string },
): Canonical<NewCommercePurchase> {
  assertNewCommerceCrossFields(value as never);
  const out: Record<string, unknown> = {
    program: 'new-commerce',
    product: value.product,
    orderedAt: canonicalInstant(value.orderedAt, 'orderedAt'),
  };
  const fields = value as unknown as Readonly<Record<string, unknown>>;
  for (const key of ['term', 'billingFrequency', 'quantity', 'price'] as const) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  for (const key of [
    'termStart',
    'currentTermEnd',
    'cancellableUntil',
    'fullCreditUntil',
  ] as const) {
    const instant = fields[key];
    // a stated cancellableUntil may be null: not cancellable (PCR-1)
    if (instant !== undefined)
      out[key] = instant === null ? null : canonicalInstant(instant as string, key);
  }
  return out as Canonical<NewCommercePurchase>;
}
