import fc from 'fast-check';
import { allocate, marketName, policyAt, RuleError } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs, withOffset } from '../_arbitraries.ts';
import { codeOf, errorOf } from '../_errors.ts';
import { formatInstant, parseInstant } from '../_private.ts';

describe('parseInstant', () => {
  it('TIME-1: reads Z, numeric offsets and fractions of 1 to 9 digits, cut to milliseconds', () => {
    expect(parseInstant('2026-11-20T10:00Z', 'at')).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseInstant('2026-11-20T10:00:05Z', 'at')).toBe(Date.UTC(2026, 10, 20, 10, 0, 5));
    expect(parseInstant('2026-11-20T21:00:00+11:00', 'at')).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseInstant('2026-11-20T02:00:00-08:00', 'at')).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseInstant('2019-01-09T00:21:45.9263727+00:00', 'at')).toBe(
      Date.UTC(2019, 0, 9, 0, 21, 45, 926),
    );
    expect(parseInstant('2026-01-01T00:00:00.5Z', 'at')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 500));
    expect(parseInstant('2026-01-01T00:00:00.999999999Z', 'at')).toBe(
      Date.UTC(2026, 0, 1, 0, 0, 0, 999),
    );
    expect(parseInstant('2024-02-29T00:00:00Z', 'at')).toBe(Date.UTC(2024, 1, 29));
    expect(parseInstant(new Date(Date.UTC(2026, 0, 1)), 'at')).toBe(Date.UTC(2026, 0, 1));
  });

  it.each([
    ['2026-11-20T10:00:00', 'a string without an offset'],
    ['yesterday', 'plain words'],
    ['2026-02-30T00:00:00Z', 'a day that does not exist (Date.parse rolls it to 2 March)'],
    ['2025-02-29T00:00:00Z', '29 February of a common year'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T00:60:00Z', 'minute 60'],
    ['2026-01-01T00:00:60Z', 'a leap second'],
    ['2026-01-01T00:00:00.Z', 'an empty fraction'],
    ['2026-01-01T00:00:00.1234567890Z', 'ten fractional digits'],
    ['2026-01-01T00:00:00z', 'a lower-case z'],
    ['2026-01-01 00:00:00Z', 'a space for the T'],
    ['2026-01-01T00:00:00+1000', 'an offset without a colon'],
    ['2026-01-01T00:00:00+24:00', 'an offset of 24 hours'],
    ['2026-01-01', 'a date alone'],
    ['', 'the empty string'],
    ['2026-01-01T00:00:00Z ', 'a trailing space'],
  ])('TIME-1: rejects %j (%s) with INVALID_INSTANT', (text, _what) => {
    expect(codeOf(() => parseInstant(text, 'at'))).toBe('INVALID_INSTANT');
  });

  it.each([
    [new Date(Number.NaN), 'an invalid Date'],
    [Date.UTC(2026, 0, 1), 'a number'],
    [null, 'null'],
    [{}, 'an object'],
  ])('TIME-1: rejects %s (%s) with INVALID_INSTANT', (value, _what) => {
    expect(codeOf(() => parseInstant(value, 'at'))).toBe('INVALID_INSTANT');
  });

  it('ERR-1: names the field and the bad value, and reports a missing instant as MISSING_FIELD', () => {
    expect(() => parseInstant('yesterday', 'purchase.orderedAt')).toThrow(
      'purchase.orderedAt: expected a valid Date or an ISO 8601 instant with Z or ±HH:mm, got "yesterday"',
    );
    expect(codeOf(() => parseInstant(undefined, 'at'))).toBe('MISSING_FIELD');
    try {
      parseInstant('nope', 'purchase.orderedAt');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).path).toBe('purchase.orderedAt');
    }
  });

  describe('properties', () => {
    it('TIME-1: reads back every toISOString() output exactly', () => {
      fc.assert(
        fc.property(epochMs, (ms) => parseInstant(new Date(ms).toISOString(), 'at') === ms),
      );
    });

    it('TIME-1: the same instant written with any offset reads to the same milliseconds', () => {
      fc.assert(
        fc.property(
          epochMs,
          fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
          (ms, offset) => {
            return parseInstant(withOffset(ms, offset), 'at') === ms;
          },
        ),
      );
    });

    it('TIME-1: agrees with Date.parse on every day that exists, and rejects the days that do not', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 31 }),
          (year, month, day) => {
            const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`;
            const date = new Date(Date.parse(text));
            const exists = date.getUTCDate() === day && date.getUTCMonth() === month - 1;
            if (exists) expect(parseInstant(text, 'at')).toBe(Date.parse(text));
            else expect(codeOf(() => parseInstant(text, 'at'))).toBe('INVALID_INSTANT');
          },
        ),
      );
    });

    it('TIME-1: never throws anything but a RuleError on arbitrary text', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), (text) => {
          const code = codeOf(() => parseInstant(text, 'at'));
          return code === undefined || code === 'INVALID_INSTANT';
        }),
      );
    });
  });
});

describe('formatInstant', () => {
  it('TIME-1: returns instants in toISOString() form, in UTC', () => {
    expect(formatInstant(parseInstant('2026-11-20T21:00:00+11:00', 'at'), 'at')).toBe(
      '2026-11-20T10:00:00.000Z',
    );
  });

  it('TIME-1: an instant outside the years 0000–9999 is OUT_OF_RANGE, never an Invalid Date', () => {
    expect(codeOf(() => formatInstant(Date.UTC(10000, 0, 1), 'expiresAt'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => formatInstant(Number.NaN, 'expiresAt'))).toBe('OUT_OF_RANGE');
    expect(formatInstant(Date.UTC(9999, 11, 31, 23, 59, 59, 999), 'at')).toBe(
      '9999-12-31T23:59:59.999Z',
    );
  });

  describe('properties', () => {
    it('TIME-1: writes exactly what toISOString writes, for every instant of the years 0000–9999', () => {
      const edges = fc.constantFrom(
        -62_167_219_200_000,
        253_402_300_799_999,
        0,
        -1,
        Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      );
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), edges),
          (ms) => {
            expect(formatInstant(ms, 'at')).toBe(new Date(ms).toISOString());
          },
        ),
      );
      expect(new Date(-62_167_219_200_000).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    });
  });
});

describe('formatInstant against toISOString', () => {
  describe('properties', () => {
    it('TIME-1: writes exactly what Date.prototype.toISOString writes, for every instant of 0000–9999', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
          (ms) => formatInstant(ms, 'at') === new Date(ms).toISOString(),
        ),
        { numRuns: 2000 },
      );
    });
  });

  it('ERR-1: an object that only pretends to be a Date is a RuleError wherever it goes, never a TypeError', () => {
    const fake = (): Date => Object.create(Date.prototype) as Date;
    expect(errorOf(() => policyAt(fake()))).toEqual({ code: 'INVALID_INSTANT', path: 'instant' });
    expect(errorOf(() => allocate(fake() as never, [1]))).not.toBe('no error');
    expect(errorOf(() => marketName(fake() as never))).not.toBe('no error');
  });
});
