import * as z from 'zod/mini';
import { schemaParts } from '../schemaParts.ts';

/**
 * The schema of a New Commerce state's or purchase's `priceKey` (PL-4): the price list's columns
 * that stay with a subscription, each non-empty text; no other keys.
 *
 * @returns The schema.
 */
export function priceKeyShape(): z.ZodMiniObject {
  const { text } = schemaParts();
  return z.strictObject({
    ProductId: text,
    SkuId: text,
    Market: text,
    Currency: text,
    Segment: text,
  });
}
