/**
 * (after − before) × 10000 ÷ before, rounded half away from zero, as a percent with 2 decimals
 * (`'16.67'`); `null` from a price of 0 (PL-4, PL-7).
 *
 * @param before - The old price, minor units.
 * @param after - The new price, minor units.
 * @returns The change in percent, as text.
 */
export function changePercent(before: number, after: number): string | null {
  if (before === 0) return null;
  const q = roundedQuotient(BigInt(after - before) * 10_000n, BigInt(before));
  const abs = q < 0n ? -q : q;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return q < 0n ? `-${text}` : text;
}

/**
 * What a change of `diff` a seat a billing period of `periodMonths` months comes to in a year for
 * `seats` seats: diff × seats × 12 ÷ periodMonths, rounded half away from zero.
 *
 * @param diff - The change a seat a period, minor units.
 * @param seats - The seats.
 * @param periodMonths - The months of a billing period.
 * @returns A year's change, minor units.
 */
export function yearly(diff: number, seats: number, periodMonths: number): number {
  return Number(roundedQuotient(BigInt(diff) * BigInt(seats) * 12n, BigInt(periodMonths)));
}

/** n ÷ d (d > 0), rounded half away from zero. */
export function roundedQuotient(n: bigint, d: bigint): bigint {
  const abs = n < 0n ? -n : n;
  const q = abs / d + ((abs % d) * 2n >= d ? 1n : 0n);
  return n < 0n ? -q : q;
}
