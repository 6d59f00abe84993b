/**
 * The exact decimal text of an amount of minor units (PRICE-1, PRICE-9), built from the integer
 * with string operations only: `toDecimal(-5, 2)` is `'-0.05'`, `toDecimal(1234, 3)` is `'1.234'`,
 * `toDecimal(500, 0)` is `'500'`.
 *
 * @param amount - A safe integer count of minor units.
 * @param exponent - The currency's minor-unit exponent.
 * @returns The amount in major units, with exactly `exponent` decimals.
 */
export function toDecimal(amount: number, exponent: number): string {
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const sign = amount < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  const point = digits.length - exponent;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
