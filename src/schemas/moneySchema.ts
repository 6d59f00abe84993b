import type * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

/**
 * The zod/mini schema of `Money` (PRICE-1): `{ amount, currency }` with a safe integer of
 * minor units and an active ISO 4217 code; no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function moneySchema(): z.ZodMiniType {
  return schemaParts().money;
}
