import * as fc from 'fast-check';
import { END_OF_INSTANTS, MIN_INSTANT } from '../kernel/units.ts';
import { formatInstant } from '../time/formatInstant.ts';
import type { Instant } from '../time/parseInstant.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readInstantRange } from './_internal/readInstantRange.ts';

/** Options of {@link instant}. */
export interface InstantConstraints {
  /**
   * The earliest instant drawn, inclusive.
   *
   * @defaultValue `'2020-01-01T00:00:00.000Z'`
   */
  readonly from?: Instant | undefined;
  /**
   * The latest instant drawn, inclusive.
   *
   * @defaultValue `'2030-12-31T23:59:59.999Z'`
   */
  readonly to?: Instant | undefined;
  /**
   * Also write instants with a numeric offset between −14:00 and +14:00 (`2026-11-20T20:00:00.000+10:00`),
   * as callers in other zones send them. The instant is the same; only its text differs.
   *
   * @defaultValue `false`
   */
  readonly offsets?: boolean | undefined;
}

/**
 * Instants as ISO 8601 text, by default in the canonical form the library returns
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`), evenly over the range with extra weight on its two ends.
 *
 * @param constraints - The range, and whether to use numeric offsets.
 * @returns An arbitrary of instant strings that `parseInstant`-based functions and the schemas
 *   accept.
 * @throws `RuleError` `INVALID_INSTANT` for a bad bound, `OUT_OF_ORDER` when `to` is before
 *   `from`.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { instant } from 'subscription-rules/arbitraries';
 * fc.sample(instant({ from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }), 1);
 * //=> ['2026-01-01T00:00:00.000Z']
 * ```
 * @category Arbitraries
 */
export function instant(constraints?: InstantConstraints): fc.Arbitrary<string> {
  const options = readConstraints(constraints);
  const [from, to] = readInstantRange(options, END_OF_INSTANTS - 1);
  const ms = fc.oneof(
    { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
    { arbitrary: fc.constantFrom(from, to), weight: 1 },
  );
  const canonical = ms.map((value) => formatInstant(value, 'instant'));
  if (options.offsets !== true) return canonical;
  return fc.oneof(
    canonical,
    fc
      .tuple(ms, fc.integer({ min: -14 * 60, max: 14 * 60 }))
      .map(([value, offset]) => withOffset(value, offset)),
  );
}

/** `ms` written as local time at `offsetMinutes` east of UTC, or in UTC when that would leave 0000–9999. */
function withOffset(ms: number, offsetMinutes: number): string {
  const local = ms + offsetMinutes * 60_000;
  if (local < MIN_INSTANT || local >= END_OF_INSTANTS) return formatInstant(ms, 'instant');
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${formatInstant(local, 'instant').slice(0, 23)}${offsetMinutes < 0 ? '-' : '+'}${hours}:${minutes}`;
}
