import type { SavingsPlan } from '../reservations/types.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';
import { savingsPlanSchema } from './savingsPlanSchema.ts';

/**
 * Validates untrusted JSON as a {@link SavingsPlan} (ERR-2, RES-2) with {@link savingsPlanSchema},
 * without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseSavingsPlan } from 'subscription-rules/schemas';
 * parseSavingsPlan({ id: 'sp', term: 'P3Y', purchasedAt: '2026-01-01T10:00:00+10:00' });
 * //=> { ok: true, value: { id: 'sp', term: 'P3Y', purchasedAt: '2026-01-01T00:00:00.000Z' } }
 * ```
 * @category Schemas
 */
export function parseSavingsPlan(input: unknown): ParseResult<Canonical<SavingsPlan>> {
  return runParse(input, savingsPlanSchema(), 'expected a savings plan object');
}
