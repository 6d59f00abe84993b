/**
 * A decimal number exactly as a reconciliation file writes it (REC-2): `units × 10^-scale`, never a
 * binary float.
 */
export interface FileDecimal {
  /** The digits, signed, as an integer. */
  readonly units: bigint;
  /** How many of them are decimals (≥ 0). */
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/;

/**
 * Reads a number cell of Partner Center's reconciliation file exactly (REC-2, R1, R10): Excel's
 * apostrophe guard (`'22.000000000000000000`), any number of decimals, a sign, scientific notation
 * (`'0E-20`), white space around it. An empty cell is absent (`undefined`), never zero; anything
 * else that is not a decimal number is `null`, for the caller to report as an issue.
 *
 * @param cell - The cell as a CSV parser gives it: text, or a number or `null` from one that types
 *   its cells.
 * @returns The decimal, `undefined` for an empty cell, `null` for one that is not a number.
 */
export function readFileDecimal(cell: unknown): FileDecimal | undefined | null {
  if (cell === undefined || cell === null) return undefined;
  // a parser that types its cells gives numbers: read them through their shortest decimal form
  if (typeof cell === 'number') return Number.isFinite(cell) ? readFileDecimal(String(cell)) : null;
  if (typeof cell !== 'string') return null;
  let text = cell.trim();
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (text === '') return undefined;
  const match = DECIMAL.exec(text);
  if (match === null) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - Number(exponent);
  let units = sign === '-' ? -digits : digits;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

/**
 * Whether two decimals are the same number, exactly.
 *
 * @param a - One decimal.
 * @param b - The other.
 * @returns `true` when `a = b`.
 */
export function sameDecimal(a: FileDecimal, b: FileDecimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * 10n ** BigInt(scale - a.scale) === b.units * 10n ** BigInt(scale - b.scale);
}

/**
 * An amount in minor units as a decimal of the currency's exponent (`3120` cents → `31.20`).
 *
 * @param minorUnits - The amount, an integer.
 * @param exponent - The currency's decimals (ISO 4217).
 * @returns The decimal.
 */
export function minorUnitsDecimal(minorUnits: number, exponent: number): FileDecimal {
  return { units: BigInt(minorUnits), scale: exponent };
}
