import { READ, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';

/**
 * An exact rational number, `n / d` with `d > 0` in lowest terms: the resale check divides money
 * by months and seats and multiplies it by rates, and rounds only once, where a rule says (RSL-4).
 */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** Zero. */
export const ZERO: Ratio = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `n / d` in lowest terms, `d` made positive. */
export function ratio(n: bigint, d: bigint): Ratio {
  if (d < 0n) return ratio(-n, -d);
  if (n === 0n) return ZERO;
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** A whole number. */
export function whole(n: number | bigint): Ratio {
  return { n: BigInt(n), d: 1n };
}

/** `a + b`. */
export function add(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) return a;
  if (a.n === 0n) return b;
  return a.d === b.d ? ratio(a.n + b.n, a.d) : ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** `a − b`. */
export function sub(a: Ratio, b: Ratio): Ratio {
  return add(a, { n: -b.n, d: b.d });
}

/** `a × b`. */
export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/** `a ÷ b`; `b` is never zero where it is called. */
export function div(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d, a.d * b.n);
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function cmp(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `|a|`. */
export function abs(a: Ratio): Ratio {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** The smaller. */
export function min(a: Ratio, b: Ratio): Ratio {
  return cmp(a, b) <= 0 ? a : b;
}

/**
 * `a` rounded half away from zero to `decimals` decimals (PRICE-1), as an integer count of those
 * units: `roundTo(115.4625, 2)` is 11546.
 */
export function roundTo(a: Ratio, decimals: number): bigint {
  const scaled = a.n * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const q = magnitude / a.d;
  const rounded = (magnitude % a.d) * 2n >= a.d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** `units × 10^-decimals` exactly. */
export function fromUnits(units: number | bigint, decimals: number): Ratio {
  return ratio(BigInt(units), 10n ** BigInt(decimals));
}

/**
 * A cell's decimal exactly (the reconciliation file's number grammar: Excel's apostrophe, a sign,
 * any decimals, an exponent), with its number of decimals; `undefined` for an empty cell, `null`
 * for one that is no number.
 */
export function readRatio(cell: unknown): { value: Ratio; scale: number } | undefined | null {
  const scan = scanDecimal(cell);
  if (scan !== READ) return scan === 0 ? undefined : null;
  return { value: fromUnits(scanned.units, scanned.scale), scale: scanned.scale };
}

/** Decimal text of `a` rounded to `decimals` decimals, half away from zero (`'9.99'`). */
export function ratioText(a: Ratio, decimals: number): string {
  return unitsText(roundTo(a, decimals), decimals);
}

/** Decimal text of an integer count of `10^-decimals` (`unitsText(-5n, 2)` is `'-0.05'`). */
export function unitsText(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  const text = decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${text}` : text;
}
