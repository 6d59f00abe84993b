import { EMPTY, READ, scanDecimal, scanned } from './scanDecimal.ts';

/**
 * A decimal number exactly as a reconciliation file writes it (REC-2): `units × 10^-scale`, never
 * a binary float; `units` a plain integer while it is a safe one, a `bigint` past 2^53.
 */
export interface FileDecimal {
  /** The digits, signed, as an integer. */
  readonly units: number | bigint;
  /** How many of them are decimals (≥ 0). */
  readonly scale: number;
}

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS = Array.from({ length: 23 }, (_, n) => 10 ** n);

/**
 * Reads a number cell exactly ({@link scanDecimal}), trailing zeros of its decimals dropped.
 *
 * @param cell - The cell as a CSV parser gives it.
 * @returns The decimal, `undefined` for an empty cell, `null` for one that is not a number.
 */
export function readFileDecimal(cell: unknown): FileDecimal | undefined | null {
  const scan = scanDecimal(cell);
  if (scan === EMPTY) return undefined;
  return scan === READ ? { units: scanned.units, scale: scanned.scale } : null;
}

/** The sum {@link addDecimals} made last (one object, overwritten by every call). */
export const sum: { units: number | bigint; scale: number } = { units: 0, scale: 0 };

/**
 * `a + b` exactly, into {@link sum}: on plain integers while every step is a safe integer, on
 * `bigint` otherwise.
 */
export function addDecimals(
  aUnits: number | bigint,
  aScale: number,
  bUnits: number | bigint,
  bScale: number,
): void {
  const scale = aScale > bScale ? aScale : bScale;
  if (typeof aUnits === 'number' && typeof bUnits === 'number' && scale < POWERS.length) {
    const a = aUnits * (POWERS[scale - aScale] as number);
    const b = bUnits * (POWERS[scale - bScale] as number);
    const total = a + b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(total)) {
      sum.units = total;
      sum.scale = scale;
      return;
    }
  }
  sum.units =
    BigInt(aUnits) * 10n ** BigInt(scale - aScale) + BigInt(bUnits) * 10n ** BigInt(scale - bScale);
  sum.scale = scale;
}

/** The digits of `a` at a scale ≥ its own, as a `bigint`. */
function at(a: FileDecimal, scale: number): bigint {
  return BigInt(a.units) * 10n ** BigInt(scale - a.scale);
}

/**
 * Whether two decimals are the same number, exactly.
 *
 * @param a - One decimal.
 * @param b - The other.
 * @returns `true` when `a = b`.
 */
export function sameDecimal(a: FileDecimal, b: FileDecimal): boolean {
  if (a.scale === b.scale && typeof a.units === typeof b.units) return a.units === b.units;
  const scale = Math.max(a.scale, b.scale);
  if (typeof a.units === 'number' && typeof b.units === 'number' && scale < POWERS.length) {
    const x = a.units * (POWERS[scale - a.scale] as number);
    const y = b.units * (POWERS[scale - b.scale] as number);
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x === y;
  }
  return at(a, scale) === at(b, scale);
}

/**
 * Whether a decimal is less than zero.
 *
 * @param a - The decimal.
 * @returns `true` when `a < 0`.
 */
export function isNegative(a: FileDecimal): boolean {
  return typeof a.units === 'number' ? a.units < 0 : a.units < 0n;
}

/**
 * An amount in minor units as a decimal of the currency's exponent (`3120` cents → `31.20`).
 *
 * @param minorUnits - The amount, an integer.
 * @param exponent - The currency's decimals (ISO 4217).
 * @returns The decimal.
 */
export function minorUnitsDecimal(minorUnits: number, exponent: number): FileDecimal {
  return { units: minorUnits, scale: exponent };
}

/**
 * A decimal as plain text, with at least `decimals` decimals (`{ 312, 1 }`, 2 → `31.20`) and no
 * trailing zeros past them (`{ 31200, 3 }`, 2 → `31.20`; `{ 624000000001, 11 }` → `6.24000000001`).
 *
 * @param a - The decimal.
 * @param decimals - The fewest decimals to write: the currency's exponent for an amount.
 * @returns The text, `-` before a negative number.
 */
export function decimalText(a: FileDecimal, decimals = 0): string {
  const negative = isNegative(a);
  const { units } = a;
  // a safe integer writes its digits exactly, with no exponent: only a bigint needs BigInt's text
  let digits =
    typeof units === 'number' && Number.isSafeInteger(units)
      ? String(negative ? -units : units)
      : (negative ? -BigInt(units) : BigInt(units)).toString();
  let scale = digits === '0' ? Math.min(a.scale, decimals) : a.scale;
  while (scale > decimals && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale < decimals) {
    digits += '0'.repeat(decimals - scale);
    scale = decimals;
  }
  digits = digits.padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}
