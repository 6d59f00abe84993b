/**
 * The stable codes a {@link RuleError} carries (ERR-1). Compare against these constants rather
 * than against string literals: `err.code === RuleErrorCode.OUT_OF_ORDER`.
 *
 * @example
 * ```ts
 * import { RuleErrorCode } from 'subscription-rules';
 * RuleErrorCode.INVALID_INSTANT;
 * //=> 'INVALID_INSTANT'
 * ```
 * @category Errors
 */
export const RuleErrorCode = {
  /** An instant that is not a valid `Date` or an ISO 8601 string with `Z` or an offset (TIME-1). */
  INVALID_INSTANT: 'INVALID_INSTANT',
  /** Two instants in the wrong order, or a request before a window opens (TIME-3). */
  OUT_OF_ORDER: 'OUT_OF_ORDER',
  /** A computed instant outside the years 0000–9999 that an ISO 8601 instant can write. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A required field is absent. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** A value of the wrong type, or an unknown product, role, action, event type or other enum value. */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A quantity that is not an integer ≥ 1. */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** A market code or name that no Partner Center market answers to (MKT-2). */
  UNKNOWN_MARKET: 'UNKNOWN_MARKET',
  /** A currency that is not an active ISO 4217 code in upper case (PRICE-1). */
  UNKNOWN_CURRENCY: 'UNKNOWN_CURRENCY',
  /** An amount that is not a safe integer of minor units, or decimal text the currency cannot hold. */
  INVALID_AMOUNT: 'INVALID_AMOUNT',
  /** A tax rate outside 0 ≤ rate < 10 or with more than 6 decimal places (PRICE-3). */
  INVALID_TAX_RATE: 'INVALID_TAX_RATE',
  /** Two amounts of different currencies in one operation (PRICE-8). */
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  /** A policy that is incomplete, has unknown keys or contradicts itself (POL-1). */
  INVALID_POLICY: 'INVALID_POLICY',
} as const;

/**
 * One of the {@link RuleErrorCode} values, as a literal type.
 *
 * @category Errors
 */
export type RuleErrorCode = (typeof RuleErrorCode)[keyof typeof RuleErrorCode];
