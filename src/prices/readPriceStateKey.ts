import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import type { PriceStateKey } from './types.ts';

const COLUMNS = ['ProductId', 'SkuId', 'Market', 'Currency', 'Segment'] as const;

/**
 * A state's price key (PL-4), checked where it enters or is read: five non-empty strings, nothing
 * else kept.
 *
 * @param value - The key.
 * @param path - Its dot path (`input.priceKey`, `subscription.priceKey`).
 * @returns A fresh copy of it.
 * @throws {@link RuleError} `MISSING_FIELD` / `INVALID_ARGUMENT` at `<path>` or `<path>.<column>`.
 */
export function readPriceStateKey(value: unknown, path: string): PriceStateKey {
  const key = requireRecord(value, path);
  for (const column of COLUMNS) requireText(key[column], `${path}.${column}`);
  const k = key as unknown as PriceStateKey;
  return {
    ProductId: k.ProductId,
    SkuId: k.SkuId,
    Market: k.Market,
    Currency: k.Currency,
    Segment: k.Segment,
  };
}
