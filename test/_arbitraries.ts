import fc from 'fast-check';
import type { MarketCode } from 'subscription-rules';
import { marketNames } from './_private.ts';

/** Epoch milliseconds from 1990 to 2060: the range the tests' instants come from. */
export const epochMs: fc.Arbitrary<number> = fc.integer({
  min: Date.UTC(1990, 0, 1),
  max: Date.UTC(2060, 0, 1),
});

/** An instant written as the library returns them. */
export const isoInstant: fc.Arbitrary<string> = epochMs.map((ms) => new Date(ms).toISOString());

/** An instant in any accepted form: a `Date`, a `Z` string, or a string with a numeric offset. */
export const anyInstant: fc.Arbitrary<Date | string> = fc.oneof(
  epochMs.map((ms) => new Date(ms)),
  isoInstant,
  fc
    .tuple(epochMs, fc.integer({ min: -14 * 60, max: 14 * 60 }))
    .map(([ms, offset]) => withOffset(ms, offset)),
);

/** Writes an instant with a numeric offset of `offsetMinutes` (e.g. +10:00 → 600). */
export function withOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Every Partner Center market code (SPEC MKT-1), from the library's own table. */
export const marketCode: fc.Arbitrary<MarketCode> = fc.constantFrom(
  ...(Object.keys(marketNames) as MarketCode[]),
);

/** A string in a random mix of upper and lower case letters. */
export function anyCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      [...text].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(''),
    );
}
