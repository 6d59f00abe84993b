import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfText, isoText, libraryDay } from '../_private.ts';

describe('libraryDay', () => {
  it('TIME-5: 2026-12-01T00:00:00.000Z is day 20788, and the millisecond before it day 20787', () => {
    expect(libraryDay('2026-12-01T00:00:00.000Z', 'effects.0', 'at')).toBe(20_788);
    expect(libraryDay('2026-11-30T23:59:59.999Z', 'effects.0', 'at')).toBe(20_787);
    // 1970-01-01 is day 0, the millisecond before it day -1; a leap day and the day after it
    expect(libraryDay('1970-01-01T00:00:00.000Z', 'x', 'y')).toBe(0);
    expect(libraryDay('1969-12-31T23:59:59.999Z', 'x', 'y')).toBe(-1);
    expect(libraryDay('2028-02-29T12:00:00.000Z', 'x', 'y')).toBe(21_243);
    expect(libraryDay('2028-03-01T00:00:00.000Z', 'x', 'y')).toBe(21_244);
  });

  it('TIME-1: a text of the library’s form out of range (30 February, hour 24, second 60) is the strict reader’s RuleError at <path>.<field>', () => {
    for (const text of [
      '2026-02-30T00:00:00.000Z',
      '2027-02-29T00:00:00.000Z',
      '2026-12-01T24:00:00.000Z',
      '2026-12-01T00:60:00.000Z',
      '2026-12-01T00:00:60.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-12-01T00:00:00.0a0Z',
    ])
      expect(() => libraryDay(text, 'expected.3', 'periodEnd')).toThrowError(
        expect.objectContaining({ code: 'INVALID_INSTANT', path: 'expected.3.periodEnd' }),
      );
    expect(() => libraryDay(undefined, 'expected.3', 'at')).toThrowError(
      expect.objectContaining({ code: 'MISSING_FIELD', path: 'expected.3.at' }),
    );
  });

  it('TIME-1: another form of an instant (an offset, no milliseconds) is read by the strict reader: 2026-12-01T01:00:00+02:00 is day 20787', () => {
    expect(libraryDay('2026-12-01T01:00:00+02:00', 'x', 'y')).toBe(20_787);
    expect(libraryDay('2026-12-01T00:00:00Z', 'x', 'y')).toBe(20_788);
  });

  describe('properties', () => {
    it('TIME-5: libraryDay(text) = dayOfText(text) for every instant of the years 0000–9999, in the library’s form or with an offset', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
          fc.constantFrom('Z', '+05:30', '-08:00'),
          (ms, zone) => {
            const text = zone === 'Z' ? isoText(ms) : `${isoText(ms).slice(0, 23)}${zone}`;
            expect(libraryDay(text, 'x', 'y')).toBe(dayOfText(text, 'x', 'y'));
          },
        ),
      );
    });

    it('TIME-1: a text of the library’s form with any digits is read exactly as the strict reader reads it, or refused as it refuses it', () => {
      const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
      fc.assert(
        fc.property(
          fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3)),
          ([y, mo, d, h, mi, s, ms]) => {
            const text = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
            let expected: unknown;
            try {
              expected = dayOfText(text, 'x', 'y');
            } catch (error) {
              expected = (error as { code: string }).code;
            }
            let actual: unknown;
            try {
              actual = libraryDay(text, 'x', 'y');
            } catch (error) {
              actual = (error as { code: string }).code;
            }
            expect(actual).toBe(expected);
          },
        ),
      );
    });
  });
});
