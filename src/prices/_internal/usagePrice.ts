import { priceMessages } from '../../messages/en/newCommerce/prices.ts';
import { say } from '../../messages/say.ts';
import type { PriceAtResult, PriceKey } from '../types.ts';
import { PRICE_KEY_COLUMNS } from './canonical.ts';

/**
 * What {@link priceAt} answers for a key without a term (PL-7, decided 2026-11-27): Partner Center
 * writes an Azure plan's or a usage-billed resource's `termDuration` empty, and such a product is
 * billed by what it uses — no licence price list prices it. `NO_PRICE`, the key named without its
 * empty column, never an invalid argument.
 *
 * @param key - A key whose other columns are checked, its `TermDuration` empty.
 * @returns `NO_PRICE` with the reason.
 */
export function usagePrice(key: PriceKey): PriceAtResult {
  const name = PRICE_KEY_COLUMNS.filter((column) => column !== 'TermDuration')
    .map((column) => key[column])
    .join(' ');
  return {
    ok: false,
    code: 'NO_PRICE',
    ...say(priceMessages, 'lifecycle.nce.price.no-price.usage', { key: name }),
  };
}
