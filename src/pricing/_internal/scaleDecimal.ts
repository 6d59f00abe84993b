/**
 * The integer value × 10^`scale` of decimal text, read digit by digit so no binary float ever
 * holds a fraction (PRICE-1, PRICE-3): `scaleDecimal('19.99', 2)` is 1999. The text is an
 * optional `-`, one or more ASCII digits, and optionally `.` followed by one to `scale` digits.
 *
 * @param text - The decimal text.
 * @param scale - The most decimals allowed, and the power of ten to scale by.
 * @returns The scaled integer (never `-0`), or `undefined` when the text is malformed, has more
 *   than `scale` decimals or the result is not a safe integer.
 */
export function scaleDecimal(text: string, scale: number): number | undefined {
  const negative = text.charCodeAt(0) === 45;
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = negative ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && decimals < 0 && digits > 0) {
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (decimals < 0) digits++;
    else if (++decimals > scale) return undefined;
    // While value ≤ MAX_SAFE_INTEGER, value × 10 + digit is exact or lands past the safe range.
    value = value * 10 + (c - 48);
    if (value > Number.MAX_SAFE_INTEGER) return undefined;
  }
  if (digits === 0 || decimals === 0) return undefined;
  for (let k = decimals < 0 ? 0 : decimals; k < scale; k++) {
    value *= 10;
    if (value > Number.MAX_SAFE_INTEGER) return undefined;
  }
  return negative ? -value + 0 : value;
}
