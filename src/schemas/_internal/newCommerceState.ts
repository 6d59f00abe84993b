import * as z from 'zod/mini';
import { readState } from '../../lifecycle/newCommerce/machine/readState.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { canonicalInstant } from '../canonicalInstant.ts';
import { schemaParts } from '../schemaParts.ts';
import { checkedByLifecycle } from './checkedByLifecycle.ts';
import { NEW_COMMERCE_SUBSCRIPTION_PRODUCTS, newCommerceBillingParts } from './newCommerceInput.ts';
import { priceKeyShape } from './priceKeyShape.ts';

const instantKeys = [
  'asOf',
  'orderedAt',
  'trialEndsAt',
  'termAnchor',
  'termStart',
  'termEnd',
  'expiredAt',
  'disabledAt',
  'cancellableUntil',
  'fullCreditUntil',
  'billingPeriodsFrom',
] as const;

/** The JSON shape of a stored `NewCommerceSubscription` (NCE-6, NCE-7, NCE-11, MID-2 … MID-4, EST-2, EST-3). */
export function newCommerceStateShape(): z.ZodMiniObject {
  const parts = schemaParts();
  const { term, billingFrequency } = newCommerceBillingParts();
  const instantOrNull = z.nullable(parts.instant);
  return z.strictObject({
    status: z.enum(['trial', 'active', 'suspended', 'expired', 'disabled', 'cancelled', 'deleted']),
    asOf: parts.instant,
    policyId: parts.policyId,
    program: z.literal('new-commerce'),
    product: z.enum(NEW_COMMERCE_SUBSCRIPTION_PRODUCTS),
    term: z.nullable(term),
    billingFrequency: z.nullable(billingFrequency),
    quantity: parts.quantity,
    seats: z.array(
      z.strictObject({
        quantity: parts.quantity,
        addedAt: parts.instant,
        reducibleUntil: instantOrNull,
      }),
    ),
    scheduled: z.nullable(
      z.strictObject({
        quantity: z.nullable(parts.quantity),
        term: z.nullable(term),
        billingFrequency: z.nullable(billingFrequency),
        price: z.nullable(parts.price),
        customTermEndDate: z.optional(parts.date),
      }),
    ),
    autoRenew: z.boolean(),
    endOfTerm: z.optional(z.enum(['renew', 'extended-service-term', 'cancel'])),
    cancelAtRenewal: z.boolean(),
    orderedAt: parts.instant,
    price: z.nullable(parts.price),
    trialEndsAt: instantOrNull,
    termAnchor: instantOrNull,
    termNumber: z.int().check(z.minimum(0)),
    termStart: instantOrNull,
    termEnd: instantOrNull,
    expiredAt: instantOrNull,
    disabledAt: instantOrNull,
    cancellableUntil: z.optional(instantOrNull),
    fullCreditUntil: z.optional(parts.instant),
    offerId: z.optional(parts.text),
    endOfSale: z.optional(z.enum(['none', 'end-of-sale', 'end-of-sale-with-conversions'])),
    priceKey: z.optional(priceKeyShape()),
    promotion: z.optional(
      z.strictObject({
        promotionId: parts.text,
        value: z.string(),
        startDate: parts.instant,
        endDate: parts.instant,
        listPrice: parts.price,
      }),
    ),
    notes: z.optional(
      z.array(
        z.strictObject({
          messageId: z.string(),
          params: z.record(z.string(), z.unknown()),
          message: z.string(),
        }),
      ),
    ),
    pendingBillingFrequency: z.optional(
      z.strictObject({
        billingFrequency,
        price: parts.price,
        from: parts.instant,
        priceFrom: z.optional(
          z.strictObject({
            effectiveStartDate: z.nullable(z.string()),
            unitPrice: z.string(),
            periodPrice: parts.price,
          }),
        ),
      }),
    ),
    billingPeriodsFrom: z.optional(parts.instant),
    extendedServiceTermBase: z.optional(
      z.strictObject({ basePrice: parts.price, monthlyPlan: z.boolean() }),
    ),
    extendedServiceTerm: z.optional(
      z.strictObject({
        since: z.nullable(parts.instant),
        basePrice: z.nullable(parts.price),
        uplift: z.number().check(z.minimum(0)),
      }),
    ),
  });
}

/**
 * A New Commerce state that passed zod, its instants in `toISOString()` form, then checked by the
 * very guard every lifecycle function runs on a state it did not just return (ERR-1, NCE-2,
 * NCE-6, NCE-10, NCE-11): a policy of the catalog, a term and billing frequency the product is
 * sold with, seat batches adding up to `quantity`, the fields each status needs. Its `RuleError`
 * comes back with paths relative to the state.
 */
export function canonicalNewCommerceState(value: NewCommerceSubscription): NewCommerceSubscription {
  const copy: Record<string, unknown> = { ...value };
  for (const key of instantKeys) {
    const instant = copy[key];
    if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
  }
  copy.seats = value.seats.map((batch, i) => ({
    quantity: batch.quantity,
    addedAt: canonicalInstant(batch.addedAt, `seats.${i}.addedAt`),
    reducibleUntil:
      batch.reducibleUntil === null
        ? null
        : canonicalInstant(batch.reducibleUntil, `seats.${i}.reducibleUntil`),
  }));
  if (value.scheduled !== null) copy.scheduled = { ...value.scheduled };
  const pending = value.pendingBillingFrequency;
  if (pending !== undefined)
    copy.pendingBillingFrequency = {
      ...pending,
      from: canonicalInstant(pending.from, 'pendingBillingFrequency.from'),
    };
  const promotion = value.promotion;
  if (promotion !== undefined)
    copy.promotion = {
      ...promotion,
      startDate: canonicalInstant(promotion.startDate, 'promotion.startDate'),
      endDate: canonicalInstant(promotion.endDate, 'promotion.endDate'),
    };
  const est = value.extendedServiceTerm;
  if (est !== undefined)
    copy.extendedServiceTerm = {
      ...est,
      since: est.since === null ? null : canonicalInstant(est.since, 'extendedServiceTerm.since'),
      // whole percent, as states were saved before, is written as the fraction (EST-3); anything
      // else the lifecycle's guard below checks
      uplift: Number.isInteger(est.uplift) && est.uplift >= 1 ? est.uplift / 100 : est.uplift,
    };
  checkedByLifecycle(() => readState(copy));
  return copy as unknown as NewCommerceSubscription;
}
