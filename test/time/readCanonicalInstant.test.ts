import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcome } from '../_calls.ts';
import { parseInstant, readCanonicalInstant } from '../_private.ts';

/** The first and the last millisecond written with a four-digit year. */
const YEAR_0 = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_OF_9999 = Date.parse('9999-12-31T23:59:59.999Z');

describe('readCanonicalInstant', () => {
  it('TIME-1: reads the form the library writes to the millisecond, a leap day and the last millisecond of a year included, 1 ms apart across the year', () => {
    expect(readCanonicalInstant('2026-11-20T10:00:00.000Z')).toBe(Date.UTC(2026, 10, 20, 10));
    expect(readCanonicalInstant('2024-02-29T23:59:59.999Z')).toBe(
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    );
    const last = readCanonicalInstant('2026-12-31T23:59:59.999Z');
    const first = readCanonicalInstant('2027-01-01T00:00:00.000Z');
    expect(first - last).toBe(1);
    expect(first).toBe(1_798_761_600_000);
    expect(readCanonicalInstant('1970-01-01T00:00:00.001Z')).toBe(1);
    expect(readCanonicalInstant('1969-12-31T23:59:59.999Z')).toBe(-1);
    expect(readCanonicalInstant('2000-02-29T12:34:56.789Z')).toBe(
      Date.UTC(2000, 1, 29, 12, 34, 56, 789),
    );
  });

  it.each([
    ['2026-11-20T10:00:00Z', 'no milliseconds'],
    ['2026-11-20T10:00:00.00Z', 'two fractional digits'],
    ['2026-11-20T10:00:00.0000Z', 'four fractional digits'],
    ['2026-11-20T10:00:00.000z', 'a lower-case z'],
    ['2026-11-20T10:00:00.000+', 'a sign for the Z'],
    ['2026-11-20 10:00:00.000Z', 'a space for the T'],
    ['2026-11-20T10:00:00,000Z', 'a comma for the point'],
    ['2026/11/20T10:00:00.000Z', 'slashes for the dashes'],
    ['2026-02-30T00:00:00.000Z', '30 February'],
    ['2025-02-29T00:00:00.000Z', '29 February of a common year'],
    ['1900-02-29T00:00:00.000Z', '29 February of a century year'],
    ['2026-04-31T00:00:00.000Z', '31 April'],
    ['2026-00-10T00:00:00.000Z', 'month 0'],
    ['2026-13-10T00:00:00.000Z', 'month 13'],
    ['2026-01-00T00:00:00.000Z', 'day 0'],
    ['2026-01-01T24:00:00.000Z', 'hour 24'],
    ['2026-01-01T00:60:00.000Z', 'minute 60'],
    ['2026-01-01T00:00:60.000Z', 'a leap second'],
    ['2026-01-01T00:00:00.00/Z', "a '/', the character before '0'"],
    ['2026-01-01T00:00:00.00:Z', "a ':', the character after '9'"],
    ['202a-01-01T00:00:00.000Z', 'a letter in the year'],
    ['２026-01-01T00:00:00.000Z', 'a full-width digit'],
    ['', 'nothing'],
  ])('TIME-1: declines %j (%s) with NaN, for the full parser to read or refuse', (text) => {
    expect(readCanonicalInstant(text)).toBeNaN();
  });

  describe('properties', () => {
    it('TIME-1: for every instant of years 0000–9999, reading its toISOString() gives its epoch ms', () => {
      fc.assert(
        fc.property(fc.integer({ min: YEAR_0, max: LAST_OF_9999 }), (ms) => {
          expect(readCanonicalInstant(new Date(ms).toISOString())).toBe(ms);
        }),
      );
    });

    it('TIME-1: whatever a 24-character text holds (a canonical one with any character replaced), the reader gives NaN or exactly what parseInstant gives — never another instant, never an instant parseInstant refuses', () => {
      const text = fc
        .tuple(
          fc.integer({ min: YEAR_0, max: LAST_OF_9999 }),
          fc.nat({ max: 23 }),
          fc.oneof(
            fc.constantFrom('/', ':', '0', '9', '1', '3', '2', '-', 'T', 'Z', '.', '+', 'z', ' '),
            fc.string({ minLength: 1, maxLength: 1 }),
          ),
        )
        .map(([ms, at, c]) => {
          const canonical = new Date(ms).toISOString();
          return canonical.slice(0, at) + c + canonical.slice(at + 1);
        });
      fc.assert(
        fc.property(text, (s) => {
          const read = readCanonicalInstant(s);
          if (!Number.isNaN(read))
            expect(outcome(() => parseInstant(s, 'at'))).toEqual({ value: read });
        }),
        { numRuns: 2000 },
      );
    });
  });
});
