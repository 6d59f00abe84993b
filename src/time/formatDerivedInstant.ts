import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { END_OF_INSTANTS, MIN_INSTANT } from '../kernel/units.ts';
import { isoText } from './_internal/isoText.ts';
import { formatInstant } from './formatInstant.ts';

/**
 * Writes an instant the library computed (a term's end, a window's end) as {@link formatInstant}
 * does, but when it falls outside the years 0000–9999 the error names the caller's field it was
 * computed from, with that field's instant in ISO form (ERR-1): `purchase.orderedAt: expected an
 * instant from which windowEndsAt is in the years 0000–9999, got "9999-12-30T00:00:00.000Z"` — not
 * a field the caller never sent, nor epoch milliseconds.
 *
 * @param ms - The computed instant, epoch milliseconds.
 * @param field - The name of what was computed (`termEnd`, `windowEndsAt`).
 * @param from - The caller's instant it was computed from: epoch milliseconds, or its ISO text
 *   where the caller already holds that.
 * @param fromPath - The dot path of that instant in the caller's arguments.
 * @returns The ISO 8601 UTC string.
 * @throws {@link RuleError} `OUT_OF_RANGE` at `fromPath`.
 */
export function formatDerivedInstant(
  ms: number,
  field: string,
  from: number | string,
  fromPath: string,
): string {
  if (!(ms >= MIN_INSTANT && ms < END_OF_INSTANTS))
    fail(
      RuleErrorCode.OUT_OF_RANGE,
      fromPath,
      'expected an instant from which {field} is in the years 0000–9999',
      typeof from === 'number' ? isoText(from) : from,
      field,
    );
  return formatInstant(ms, field);
}
