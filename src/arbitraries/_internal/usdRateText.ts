import * as fc from 'fast-check';

/**
 * A rate in USD per unit as decimal text with 1 to 4 decimals, between 0.0001 and 3 (RES-1):
 * the rate of a yen (`0.0067`), a euro (`1.0825`) or a dinar (`3`).
 */
export function usdRateText(): fc.Arbitrary<string> {
  return fc
    .integer({ min: 1, max: 30_000 })
    .map((n) =>
      `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`.replace(/\.?0+$/, ''),
    );
}
