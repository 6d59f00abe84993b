import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { partnerCenterOrders } from '../../policy/data/newCommerce/orders.ts';

/** The catalog's offer keys and one it does not list (ORD-1): the default offers of the generators. */
export const DEFAULT_ORDER_OFFERS: readonly string[] = [
  ...Object.keys(partnerCenterOrders.products),
  'dynamics-365-sales',
];

/** The offers a caller chose: a non-empty list of non-empty strings, else the default. */
export function readOrderOffers(value: unknown, path: string): readonly string[] {
  if (value === undefined) return DEFAULT_ORDER_OFFERS;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((item) => typeof item === 'string' && item !== '')
  )
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty list of offers', value);
  return value as readonly string[];
}
