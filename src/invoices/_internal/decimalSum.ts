import { addDecimals, sum } from '../../kernel/fileDecimal.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Sum } from './TieOutGroup.ts';

/** `into += value`, exactly. */
export function addInto(into: Sum, value: Readonly<Sum>): void {
  addDecimals(into.units, into.scale, value.units, value.scale);
  into.units = sum.units;
  into.scale = sum.scale;
}

/** `a − b`, exactly, as a new decimal. */
export function minus(a: Readonly<Sum>, b: Readonly<Sum>): Sum {
  const negated = typeof b.units === 'number' ? -b.units : -b.units;
  addDecimals(a.units, a.scale, negated, b.scale);
  return { units: sum.units, scale: sum.scale };
}

/** Whether a decimal is zero. */
export function isZero(a: Readonly<Sum>): boolean {
  return a.units === 0 || a.units === 0n;
}

/** Minor units of `currency` as a decimal of major units. */
export function ofMinorUnits(amount: number, currency: CurrencyCode): Sum {
  return { units: amount, scale: currencyExponents[currency] };
}

/**
 * Whether `|a| < bound` minor units of `currency` (INV-2's tolerance), exactly: both sides scaled to
 * integers, never a float.
 */
export function isWithin(a: Readonly<Sum>, bound: number, currency: CurrencyCode): boolean {
  const exponent = currencyExponents[currency];
  const units = BigInt(a.units);
  const magnitude = units < 0n ? -units : units;
  const left = magnitude * 10n ** BigInt(Math.max(0, exponent - a.scale));
  const right = BigInt(bound) * 10n ** BigInt(Math.max(0, a.scale - exponent));
  return left < right;
}
