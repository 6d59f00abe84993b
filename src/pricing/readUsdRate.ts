import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { plainDecimal } from './_internal/plainDecimal.ts';
import { scaleDecimal } from './_internal/scaleDecimal.ts';

/** The decimals a rate may have, and the power of ten {@link readUsdRate} scales it by. */
export const USD_RATE_DECIMALS = 10;

/** The largest rate: its count of 10⁻¹⁰ USD is the largest safe integer (no currency is near it). */
const MAX_RATE = '900719.9254740991';

/**
 * Reads a rate in US dollars per unit of another currency (RES-1: what brings a reservation's
 * commitment to the limit in USD) into an integer count of 10⁻¹⁰ USD, exactly: `'1.0825'` is
 * 10 825 000 000. A number is read by its value, through its shortest decimal digits: `1e-7` is
 * 0.0000001 (1 000), so no binary float ever holds the rate.
 *
 * @param value - The rate: decimal text (digits, optionally `.` and 1–10 digits) or a number, > 0
 *   and at most 900719.9254740991 (the rate × 10¹⁰ stays a safe integer).
 * @param path - The dot path to name in an error.
 * @returns The rate × 10¹⁰, a safe integer ≥ 1.
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`; `INVALID_ARGUMENT` for
 *   anything else that is not a decimal > 0 with at most 10 decimals, or a larger rate than that
 *   (the message says which).
 */
export function readUsdRate(value: unknown, path: string): number {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? plainDecimal(value) : undefined;
  const rate = text === undefined ? undefined : scaleDecimal(text, USD_RATE_DECIMALS);
  if (rate === undefined || rate <= 0) {
    // well written but past the safe integers: the limit is what is wrong, not the decimals
    const large = text !== undefined && /^\d+(\.\d{1,10})?$/.test(text) && rate === undefined;
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      large
        ? 'expected a rate in USD per unit of at most {max}'
        : 'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals',
      value,
      ...(large ? [MAX_RATE] : []),
    );
  }
  return rate;
}
