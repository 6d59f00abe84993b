import type { RoundingRule } from '../rounding/RoundingRule.ts';

/**
 * round(a × b / d) for integers a, b and d > 0, exactly, with the given rounding rule. Plain numbers
 * when a × b is a safe integer (the float product is then exact, and `%` on safe integers is exact);
 * bigint otherwise. The result may be past the safe range; the caller checks it.
 */
export function multiplyDivide(a: number, b: number, d: number, rule: RoundingRule): number {
  if (Math.abs(a) * Math.abs(b) <= Number.MAX_SAFE_INTEGER) {
    const n = a * b;
    const r = n % d;
    const q = (n - r) / d;
    if (r === 0) return q + 0;
    const ar = Math.abs(r);
    const rest = d - ar;
    const negative = n < 0;
    const away = rule(negative, ar < rest ? -1 : ar === rest ? 0 : 1, q % 2 !== 0);
    return away ? (negative ? q - 1 : q + 1) : q + 0;
  }
  const n = BigInt(a) * BigInt(b);
  const bd = BigInt(d);
  const q = n / bd;
  const r = n % bd;
  if (r === 0n) return Number(q);
  const twice = (r < 0n ? -r : r) * 2n;
  const negative = n < 0n;
  const away = rule(negative, twice < bd ? -1 : twice === bd ? 0 : 1, (q & 1n) !== 0n);
  return Number(away ? (negative ? q - 1n : q + 1n) : q);
}
