/**
 * The decimal text of a number's value, without an exponent: `String(n)` where that has none,
 * else its digits moved by the exponent (`1e-7` is `'0.0000001'`, `1.5e21` is
 * `'1500000000000000000000'`). The digits are `String(n)`'s — the shortest that read back as `n` —
 * so no binary float's expansion ever appears; `NaN` and `Infinity` stay as they are.
 *
 * @param n - Any number.
 * @returns Its decimal text.
 */
export function plainDecimal(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.charCodeAt(0) === 45;
  const mantissa = text.slice(negative ? 1 : 0, e);
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const at = (point < 0 ? mantissa.length : point) + Number(text.slice(e + 1));
  const plain =
    at <= 0
      ? `0.${'0'.repeat(-at)}${digits}`
      : at >= digits.length
        ? digits + '0'.repeat(at - digits.length)
        : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return negative ? `-${plain}` : plain;
}
