/**
 * The time value of a `Date`, or `NaN` when it has none: an invalid Date, or an object that only
 * pretends to be one (`Object.create(Date.prototype)` passes `instanceof Date`, but its methods
 * throw a `TypeError`, which must never escape the library, ERR-1).
 *
 * @param value - A value that is `instanceof Date`.
 * @returns Milliseconds since 1970-01-01T00:00:00Z, or `NaN`.
 */
export function timeOfDate(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}
