/**
 * An uplift fraction as the percent a user reads (EST-3, EST-5: 0.03 → 3, 0.23 → 23, 0.025 →
 * 2.5), from whole millionths, so 0.23 is 23 and never 23.000000000000004.
 *
 * @param uplift - The fraction, ≥ 0, with at most six decimals.
 * @returns The percent.
 */
export function upliftPercent(uplift: number): number {
  return Math.round(uplift * 1_000_000) / 10_000;
}
