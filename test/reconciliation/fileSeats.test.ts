import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileLine } from '../_fileLine.ts';
import { fileSeats } from '../_private.ts';

/** A line of a charge the seats are read from (only what fileSeats reads). */
const line = (row: number) => fileLine({ row });

/** The seats a Quantity cell says: one to nine digits, then perhaps a point and zeros. */
function seatsOfText(cell: string): number | undefined {
  const text = cell.trim().replace(/^'/, '');
  return /^\d{1,9}(\.0+)?$/.test(text) ? Number.parseInt(text, 10) : undefined;
}

describe('fileSeats', () => {
  it("REC-3: a Quantity of '45.0000 is 45 seats; 1e3, 4.5, 10 digits and '' say none", () => {
    const read = (cell: string) => {
      const seats = fileSeats();
      seats.see(line(1), cell);
      return seats.of('s')?.seats;
    };
    expect(
      [" '45.0000 ", '45', '000000007', '7.', '1e3', '4.5', '1234567890', '', "''7", '-1'].map(
        read,
      ),
    ).toEqual([
      45,
      45,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('REC-3: the seats read from any Quantity cell are what one to nine digits, zeros after a point and an apostrophe say', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('0', '1', '9', '.', "'", ' ', '\t', '\u00a0', 'e', '-', '+'),
          maxLength: 14,
        }),
        (cell) => {
          const seats = fileSeats();
          seats.see(line(1), cell);
          expect(seats.of('s')?.seats).toBe(seatsOfText(cell));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
