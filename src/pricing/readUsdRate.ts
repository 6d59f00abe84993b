import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { scaleDecimal } from './_internal/scaleDecimal.ts';

/** The decimals a rate may have, and the power of ten {@link readUsdRate} scales it by. */
export const USD_RATE_DECIMALS = 10;

/**
 * Reads a rate in US dollars per unit of another currency (RES-1: what brings a reservation's
 * commitment to the limit in USD) into an integer count of 10⁻¹⁰ USD, exactly: `'1.0825'` is
 * 10 825 000 000. A number is read through its shortest decimal form (`String(n)`), so no binary
 * float ever holds the rate.
 *
 * @param value - The rate: decimal text (digits, optionally `.` and 1–10 digits) or a number, > 0.
 * @param path - The dot path to name in an error.
 * @returns The rate × 10¹⁰, a safe integer ≥ 1.
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`; `INVALID_ARGUMENT` for
 *   anything else that is not a decimal > 0 with at most 10 decimals.
 */
export function readUsdRate(value: unknown, path: string): number {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  const rate = text === undefined ? undefined : scaleDecimal(text, USD_RATE_DECIMALS);
  if (rate === undefined || rate <= 0) {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals',
      value,
    );
  }
  return rate;
}
