import type { Reservation } from '../reservations/types.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseResult } from './ParseResult.ts';
import { reservationSchema } from './reservationSchema.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a {@link Reservation} (ERR-2, RES-1) with
 * {@link reservationSchema}, without throwing: every issue with its dot path.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` (the purchase instant in ISO UTC form) or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseReservation } from 'subscription-rules/schemas';
 * const result = parseReservation({
 *   id: 'r', type: 'storage', term: 'P3Y', billingPlan: 'upfront',
 *   purchasedAt: '2026-01-01T00:00:00Z', price: { amount: 1200, currency: 'EUR' },
 *   currentPrice: { amount: 1100, currency: 'USD' },
 * });
 * result.ok || result.issues.map((issue) => issue.path);
 * //=> ['currentPrice.currency']
 * ```
 * @category Schemas
 */
export function parseReservation(input: unknown): ParseResult<Canonical<Reservation>> {
  return runParse(input, reservationSchema(), 'expected a reservation object');
}
