import { decimalText } from '../../kernel/fileDecimal.ts';
import { EMPTY, READ, scanDecimal, scanned } from '../../kernel/scanDecimal.ts';

/** An exact decimal: `units × 10^-scale`. */
export interface Exact {
  /** The digits, signed. */
  readonly units: bigint;
  /** How many of them are decimals (≥ 0). */
  readonly scale: number;
}

/** 10^0 … 10^40 as `bigint`s, made once: a line's arithmetic asks for a few powers each. */
const TENS: readonly bigint[] = /* @__PURE__ */ Array.from(
  { length: 41 },
  (_, n) => 10n ** BigInt(n),
);

/** `10^n` as a `bigint` (`n` ≥ 0), from {@link TENS} when it is there. */
export function ten(n: number): bigint {
  return TENS[n] ?? 10n ** BigInt(n);
}

/** Zero. */
export const ZERO: Exact = { units: 0n, scale: 0 };

/**
 * A decimal cell or string read exactly, by the file dialect's one reader (REC-2: Excel's
 * apostrophe, scientific notation, any number of decimals).
 *
 * @returns The decimal, `undefined` for an empty cell, `null` for one that is not a number.
 */
export function readExact(cell: unknown): Exact | undefined | null {
  // the scan's own result, copied once (no object of the kernel's made between)
  const scan = scanDecimal(cell);
  if (scan === EMPTY) return undefined;
  return scan === READ ? { units: BigInt(scanned.units), scale: scanned.scale } : null;
}

/** `a × b`, exactly. */
export function times(a: Exact, b: Exact): Exact {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** `a` with the trailing zeros of its decimals dropped, as {@link readExact} reads its text. */
export function trimmed(a: Exact): Exact {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return units === a.units ? a : { units, scale };
}

/** `a + b`, exactly. */
export function plus(a: Exact, b: Exact): Exact {
  // a day's lines mostly share their decimals: one bigint made, not five
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  const scale = Math.max(a.scale, b.scale);
  return {
    units: a.units * ten(scale - a.scale) + b.units * ten(scale - b.scale),
    scale,
  };
}

/** `a × 10^-decimals` truncated toward zero at 10^-decimals, as an integer count of that unit. */
export function truncated(a: Exact, decimals: number): bigint {
  if (a.scale <= decimals) return a.units * ten(decimals - a.scale);
  return a.units / ten(a.scale - decimals);
}

/** `a` rounded half away from zero at 10^-decimals, as an integer count of that unit. */
export function rounded(a: Exact, decimals: number): bigint {
  if (a.scale <= decimals) return truncated(a, decimals);
  const unit = ten(a.scale - decimals);
  const whole = a.units / unit;
  const rest = a.units % unit;
  const twice = (rest < 0n ? -rest : rest) * 2n;
  return twice >= unit ? whole + (a.units < 0n ? -1n : 1n) : whole;
}

/** `a` rounded up (toward +∞) to an integer. */
export function ceiling(a: Exact): bigint {
  const unit = ten(a.scale);
  const whole = a.units / unit;
  return a.units > 0n && a.units % unit !== 0n ? whole + 1n : whole;
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b`. */
export function compareExact(a: Exact, b: Exact): -1 | 0 | 1 {
  if (a.scale === b.scale) return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * ten(scale - a.scale);
  const y = b.units * ten(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `a = b`. */
export function same(a: Exact, b: Exact): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * ten(scale - a.scale) === b.units * ten(scale - b.scale);
}

/** `a` as plain decimal text, trailing zeros of its decimals dropped (`0.0850` → `0.085`). */
export function exactText(a: Exact): string {
  return decimalText(a);
}

/** `units × 10^-scale` as an exact decimal. */
export function exactOf(units: bigint, scale: number): Exact {
  return { units, scale };
}
