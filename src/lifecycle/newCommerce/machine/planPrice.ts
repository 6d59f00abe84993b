import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { listedPrice } from '../../../prices/renewalPrice.ts';
import type { PriceFrom, PriceList, PriceStateKey } from '../../../prices/types.ts';
import type { Money } from '../../../pricing/money.ts';
import { readPlanPrice } from './readPlanPrice.ts';

/** A new plan's price, and the price-list row it came from when the list priced it (PL-3). */
export interface PlanPrice {
  readonly price: Money;
  readonly priceFrom?: PriceFrom;
}

/**
 * The price of the plan a change moves to (MID-1, MID-2, MID-4, PL-3): the event's own price where
 * it gives one (**decided**: a price the caller states wins over the list, as `scheduled.price` wins
 * at a renewal); else, with `options.priceList` and a `priceKey`, the list's row for the target's
 * term and billing frequency at the change's instant, in the subscription's currency; else a
 * `MISSING_FIELD` at `path` (a change needs a price to bill by).
 *
 * @param value - The event's price, or `undefined`.
 * @param seats - The seats the price is for (PRICE-1: amount × seats a safe integer).
 * @param path - The event's price field (`event.price`, `request.to.price`).
 * @param current - The subscription's price (its currency the plan's), or `null`.
 * @param list - The caller's price list, read.
 * @param key - The key of the product the change moves to.
 * @param term - The target's term.
 * @param billingFrequency - The target's billing frequency.
 * @param atMs - The change's instant.
 * @returns The price, and `priceFrom` when the list priced it.
 * @throws {@link RuleError} at `path` for a bad or missing price; `CURRENCY_MISMATCH` at `path.currency`.
 */
export function planPrice(
  value: unknown,
  seats: number,
  path: string,
  current: Money | null,
  list: PriceList | undefined,
  key: PriceStateKey | undefined,
  term: string,
  billingFrequency: string,
  atMs: number,
): PlanPrice {
  if (value !== undefined || list === undefined || key === undefined)
    return { price: readPlanPrice(value, seats, path, current) };
  const found = listedPrice(list, key, term, billingFrequency, atMs);
  if ('message' in found)
    fail(
      RuleErrorCode.MISSING_FIELD,
      path,
      'expected a price, since options.priceList has no row for the plan at the change: {reason}',
      value,
      found.message,
    );
  return {
    price: readPlanPrice(found.price, seats, path, current),
    priceFrom: found.priceFrom,
  };
}
