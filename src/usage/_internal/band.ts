import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { ceiling, type Exact } from './exact.ts';

/** A band in minor units of the billing currency: `low ≤ d ≤ high`. */
export interface Band {
  /** The lowest rounding. */
  readonly low: number;
  /** The highest. */
  readonly high: number;
}

/**
 * USG-4's band for `n` daily lines at rate `X`: `−⌈u(P)·X/u(B)⌉ ≤ d ≤ n − 1`, mirrored for a
 * negative group.
 */
export function band(
  lines: number,
  rate: Exact,
  pricing: CurrencyCode,
  billing: CurrencyCode,
  negative: boolean,
): Band {
  const shift = currencyExponents[billing] - currencyExponents[pricing];
  const scaled: Exact =
    shift >= 0
      ? { units: rate.units * 10n ** BigInt(shift), scale: rate.scale }
      : { units: rate.units, scale: rate.scale - shift };
  const magnitude = scaled.units < 0n ? { units: -scaled.units, scale: scaled.scale } : scaled;
  const fx = Number(ceiling(magnitude));
  return negative ? { low: 1 - lines, high: fx } : { low: fx === 0 ? 0 : -fx, high: lines - 1 };
}

/** The sum of two bands (a key compared whole adds its sub-groups'). */
export function addBands(a: Band, b: Band): Band {
  return { low: a.low + b.low, high: a.high + b.high };
}
