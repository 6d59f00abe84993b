/** The most epoch milliseconds a `Date` holds either side of 1970 (ECMA-262 § 21.4.1.1). */
const DATE_RANGE = 8.64e15;

/**
 * The `toISOString()` form of epoch milliseconds for an error message — outside the years
 * 0000–9999 signed and with six digits of year (`+010000-01-01T00:00:00.000Z`), as a `Date`
 * writes it — or, past what a `Date` holds, the number as text.
 */
export function isoText(ms: number): string {
  return Math.abs(ms) <= DATE_RANGE ? new Date(ms).toISOString() : String(ms);
}
