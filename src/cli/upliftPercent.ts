/**
 * An Extended Service Term's uplift (EST-3) as the percent a person reads: `3` for `0.03`, `23`
 * for `0.23`. The library has written the uplift both ways — a percent (`3`, `23`) and, as EST-3
 * says, a fraction (`0.03`, `0.23`) — so every place that shows one goes through here: an uplift
 * under 1 is a fraction. Rounded to two decimals of a percent; not money, so no amount is touched.
 *
 * @param uplift - The uplift, as a fraction or a percent.
 * @returns The percent as text, without trailing zeros: `3`, `23`, `2.5`.
 */
export function upliftPercent(uplift: number): string {
  const percent = Math.abs(uplift) < 1 ? uplift * 100 : uplift;
  return String(Math.round(percent * 100) / 100);
}
