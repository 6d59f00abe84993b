import { shareOf } from './shareOf.ts';

/** Uplifts are read to the millionth: 0.03 is 30,000 millionths. */
const MILLION = 1_000_000;

/**
 * A price raised by an uplift given as a fraction (EST-3: 0.03 is 3 %), rounded half up to the
 * minor unit, exactly: the fraction is read as whole millionths, so no binary fraction touches the
 * amount (`amount × (1 + uplift)` in integers, BigInt where the product passes 2^53).
 *
 * @param amount - Minor units, a safe integer ≥ 0.
 * @param uplift - The fraction, ≥ 0, with at most six decimals.
 * @returns The raised amount in minor units.
 */
export function withUplift(amount: number, uplift: number): number {
  const millionths = Math.round(uplift * MILLION);
  return shareOf(amount, MILLION + millionths, MILLION);
}
