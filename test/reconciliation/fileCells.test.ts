import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitsDecimal, readFileDate, readFileDecimal, sameDecimal } from '../_private.ts';

const DAY = 86_400_000;

describe('the cells of a reconciliation file', () => {
  it('REC-2: numbers as Partner Center and Excel write them are read exactly (apostrophe, 18 decimals, scientific notation, a sign)', () => {
    const read = (cell: string) => readFileDecimal(cell);
    // trailing zeros of the decimals dropped: the same number, and no bigint for it
    expect(read("'22.000000000000000000")).toEqual({ units: 22, scale: 0 });
    expect(sameDecimal(read("'22.000000000000000000") as never, { units: 22n, scale: 0 })).toBe(
      true,
    );
    expect(read("'0E-20")).toEqual({ units: 0, scale: 0 });
    expect(read("'-2.0000")).toEqual({ units: -2, scale: 0 });
    expect(read("'-28.387096774193548387")).toEqual({
      units: -28_387_096_774_193_548_387n,
      scale: 18,
    });
    expect(read('1.5E3')).toEqual({ units: 1500, scale: 0 });
    expect(read('-0.000000000000000000001')).toEqual({ units: -1, scale: 21 });
    expect(read(' 9007199254740993 ')).toEqual({ units: 9_007_199_254_740_993n, scale: 0 });
    expect(read('9007199254740991')).toEqual({ units: 9_007_199_254_740_991, scale: 0 });
    expect(read('12.5e-2')).toEqual({ units: 125, scale: 3 });
    expect(read('-0')).toEqual({ units: 0, scale: 0 });
    expect(sameDecimal(read('31.20') as never, minorUnitsDecimal(3120, 2))).toBe(true);
    expect(sameDecimal(read('31.2000000001') as never, minorUnitsDecimal(3120, 2))).toBe(false);
    // an empty cell is absent, never zero; text that is no number is null, for an issue
    expect([read(''), read("'"), readFileDecimal(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    for (const bad of ['1,5', '12.5 USD', 'NaN', '--1', '1e', '.5', '0x10', '١٢'])
      expect([bad, read(bad)]).toEqual([bad, null]);
  });

  it('REC-2: dates as YYYY-MM-DD, a Graph export’s instant and Excel’s M/D/YYYY are one UTC day; a day that does not exist is null', () => {
    const day = Date.UTC(2026, 6, 1) / DAY;
    for (const cell of [
      '2026-07-01',
      '2026-07-01T00:00:00Z',
      '2026-07-01T23:59:00Z',
      '7/1/2026',
      '07/01/2026',
      "'2026-07-01",
    ])
      expect([cell, readFileDate(cell)]).toEqual([cell, day]);
    for (const bad of [
      '2026-02-30',
      '13/1/2026',
      '2/29/2026',
      '2026-07-01T24:00:00Z',
      '1 July 2026',
      '2026-7-1',
    ])
      expect([bad, readFileDate(bad)]).toEqual([bad, null]);
    expect([
      readFileDate(''),
      readFileDate(undefined),
      readFileDate(null),
      readFileDate(20260701),
    ]).toEqual([undefined, undefined, undefined, null]);
    // 29 February of a leap year exists
    expect(readFileDate('2/29/2028')).toBe(Date.UTC(2028, 1, 29) / DAY);
  });

  describe('properties', () => {
    it('REC-2: a decimal written any way the files write it reads back as the same number, exactly', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.integer({ min: 0, max: 20 }),
          fc.integer({ min: 0, max: 6 }),
          fc.boolean(),
          (units, scale, extraZeros, apostrophe) => {
            const sign = units < 0n ? '-' : '';
            const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
            const plain =
              scale === 0
                ? `${sign}${digits}`
                : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}${'0'.repeat(extraZeros)}`;
            const scientific = `${sign}${digits}E-${scale}`;
            for (const text of [plain, scientific]) {
              const cell = apostrophe ? `'${text}` : text;
              const read = readFileDecimal(cell);
              expect(read).not.toBeNull();
              expect(sameDecimal(read as never, { units, scale })).toBe(true);
            }
          },
        ),
      );
    });

    it('REC-2: every day from 1970 to 2099 reads back from each of its three forms', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: Date.UTC(2099, 11, 31) / DAY }), (day) => {
          const iso = new Date(day * DAY).toISOString();
          const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
          for (const cell of [
            `${y}-${m}-${d}`,
            `${y}-${m}-${d}T00:00:00Z`,
            `${Number(m)}/${Number(d)}/${y}`,
          ])
            expect(readFileDate(cell)).toBe(day);
        }),
      );
    });
  });
});
