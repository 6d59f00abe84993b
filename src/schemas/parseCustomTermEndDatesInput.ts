import type { CustomTermEndDatesInput } from '../lifecycle/newCommerce/resultTypes.ts';
import type { Canonical } from './Canonical.ts';
import { customTermEndDatesInputSchema } from './customTermEndDatesInputSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as what `customTermEndDates` takes (ERR-2, MID-3), with its instants in
 * canonical form: {@link customTermEndDatesInputSchema}, without throwing.
 *
 * @param input - Untrusted data, e.g. a request body.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseCustomTermEndDatesInput } from 'subscription-rules/schemas';
 * parseCustomTermEndDatesInput({ term: 'P2Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00Z' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseCustomTermEndDatesInput(
  input: unknown,
): ParseResult<Canonical<CustomTermEndDatesInput>> {
  return runParse(
    input,
    customTermEndDatesInputSchema(),
    'expected { term, billingFrequency, startDate }',
  );
}
