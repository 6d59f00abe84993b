import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfText, isoText, parseInstant } from '../_private.ts';

const DAY = 86_400_000;

describe('isoText', () => {
  it('TIME-1: 2026-12-01T00:00:00.000Z and the millisecond before it, as toISOString writes them', () => {
    const ms = Date.UTC(2026, 11, 1);
    expect(isoText(ms)).toBe('2026-12-01T00:00:00.000Z');
    expect(isoText(ms - 1)).toBe('2026-11-30T23:59:59.999Z');
    // remembered: the same text the second time
    expect(isoText(ms - 1)).toBe('2026-11-30T23:59:59.999Z');
  });

  it('TIME-1: past the year 9999 and before 0000 it is toISOString’s own text; an instant Date cannot hold throws as toISOString does', () => {
    expect(isoText(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoText(-62_167_219_200_001)).toBe('-000001-12-31T23:59:59.999Z');
    expect(() => isoText(Number.NaN)).toThrowError(RangeError);
  });

  describe('properties', () => {
    it('TIME-1: isoText(ms) = new Date(ms).toISOString() for every instant Date holds, the first time and the next', () => {
      fc.assert(
        fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
          const text = new Date(ms).toISOString();
          expect(isoText(ms)).toBe(text);
          expect(isoText(ms)).toBe(text);
        }),
      );
    });
  });
});

describe('dayOfText', () => {
  it('TIME-5: 2026-12-01T00:00:00.000Z is day 20788, and the millisecond before it day 20787', () => {
    expect(dayOfText('2026-12-01T00:00:00.000Z', 'effects.0', 'at')).toBe(20_788);
    expect(dayOfText('2026-11-30T23:59:59.999Z', 'effects.0', 'at')).toBe(20_787);
  });

  it('TIME-1: text that is no instant is a RuleError at <path>.<field>, every time (never remembered)', () => {
    for (let i = 0; i < 2; i++)
      expect(() => dayOfText('2026-02-30T00:00:00Z', 'expected.3', 'periodEnd')).toThrowError(
        expect.objectContaining({ code: 'INVALID_INSTANT', path: 'expected.3.periodEnd' }),
      );
    expect(() => dayOfText(undefined, 'expected.3', 'at')).toThrowError(
      expect.objectContaining({ code: 'MISSING_FIELD', path: 'expected.3.at' }),
    );
  });

  describe('properties', () => {
    it('TIME-5: dayOfText(text) = ⌊parseInstant(text) ÷ 1 day⌋, the first time and the next', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
          fc.constantFrom('Z', '+05:30', '-08:00'),
          (ms, zone) => {
            const text =
              zone === 'Z' ? new Date(ms).toISOString() : `${isoText(ms).slice(0, 23)}${zone}`;
            const day = Math.floor(parseInstant(text, 'x') / DAY);
            expect(dayOfText(text, 'x', 'y')).toBe(day);
            expect(dayOfText(text, 'x', 'y')).toBe(day);
          },
        ),
      );
    });
  });
});
