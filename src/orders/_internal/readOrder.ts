import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { Order } from '../types.ts';

/** The keys an order may have (ORD-1). */
export const ORDER_KEYS: readonly string[] = [
  'offer',
  'quantity',
  'term',
  'billingFrequency',
  'trial',
  'subscriptionId',
];

/**
 * Reads an order (ORD-1, ORD-9): an object of {@link ORDER_KEYS} only, `offer` a non-empty string,
 * `quantity` a safe integer ≥ 1, a term and billing frequency NCE-2 sells a licence with, `trial`
 * a boolean and `subscriptionId` a non-empty string where given.
 *
 * @throws {@link RuleError} at the field's path under `order`.
 */
export function readOrder(order: unknown): Order {
  if (typeof order !== 'object' || order === null || Array.isArray(order))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'order', 'expected an order object', order);
  const o = order as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (!ORDER_KEYS.includes(key))
      fail(RuleErrorCode.INVALID_ARGUMENT, `order.${key}`, 'unknown key', key);
  if (o.offer === undefined)
    fail(RuleErrorCode.MISSING_FIELD, 'order.offer', 'expected an offer', o.offer);
  if (typeof o.offer !== 'string' || o.offer.trim() === '')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'order.offer', 'expected an offer', o.offer);
  // ORD-9: a quantity that is no positive safe integer, absent included, is INVALID_QUANTITY
  if (!Number.isSafeInteger(o.quantity) || (o.quantity as number) < 1)
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'order.quantity',
      'expected an integer ≥ {min}',
      o.quantity,
      1,
    );
  requireNewCommerceBilling('license-based', o.term, o.billingFrequency, 'order');
  if (o.trial !== undefined && typeof o.trial !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'order.trial', 'expected true or false', o.trial);
  if (
    o.subscriptionId !== undefined &&
    (typeof o.subscriptionId !== 'string' || o.subscriptionId === '')
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'order.subscriptionId',
      'expected a subscription id',
      o.subscriptionId,
    );
  return {
    offer: o.offer,
    quantity: o.quantity as number,
    term: o.term,
    billingFrequency: o.billingFrequency as BillingFrequency,
    ...(o.trial === undefined ? {} : { trial: o.trial }),
    ...(o.subscriptionId === undefined ? {} : { subscriptionId: o.subscriptionId }),
  };
}
