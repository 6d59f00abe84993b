import { readFileDecimal } from '../../kernel/fileDecimal.ts';
import type { ReconcileDifference } from '../types.ts';

/** A decimal cell as a fraction's digits and its power of ten; `undefined` when not one. */
function exact(cell: string | undefined): { units: bigint; scale: number } | undefined {
  const read = readFileDecimal(cell);
  if (read === undefined || read === null) return undefined;
  return { units: BigInt(read.units), scale: read.scale };
}

/**
 * Whether a difference is one of seats alone (REC-5): the file bills other seats than the rules
 * at the same price a seat — its `Subtotal` ÷ `BillableQuantity` the rules' exactly (compared
 * crosswise, in integers) — and in the same currency and promotion.
 *
 * @param difference - The difference.
 * @returns Whether only the seats differ.
 */
export function seatsAlone(difference: ReconcileDifference): boolean {
  const { fields, expected, actual } = difference;
  if (!fields.includes('BillableQuantity')) return false;
  if (fields.some((field) => field !== 'BillableQuantity' && field !== 'Subtotal')) return false;
  const billed = exact(actual.Subtotal);
  const billedSeats = exact(actual.BillableQuantity);
  const given = exact(expected.Subtotal);
  const givenSeats = exact(expected.BillableQuantity);
  if (!billed || !billedSeats || !given || !givenSeats) return false;
  if (billedSeats.units === 0n || givenSeats.units === 0n) return false;
  // billed ÷ billedSeats = given ÷ givenSeats ⇔ billed × givenSeats = given × billedSeats
  const left = billed.units * givenSeats.units;
  const right = given.units * billedSeats.units;
  const leftScale = billed.scale + givenSeats.scale;
  const rightScale = given.scale + billedSeats.scale;
  const scale = Math.max(leftScale, rightScale);
  return left * 10n ** BigInt(scale - leftScale) === right * 10n ** BigInt(scale - rightScale);
}
