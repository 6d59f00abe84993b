import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { scaleDecimal } from './_internal/scaleDecimal.ts';

/** One rate unit in micro-units: a rate of 1 (100 %) is 1 000 000. */
export const MICRO = 1_000_000;

/**
 * Reads a tax rate into an integer count of millionths (PRICE-3): `'0.1'` and `0.1` are
 * 100 000, `'0.0725'` is 72 500. A number is read through its shortest decimal form
 * (`String(n)`), so `0.1` is the digits `0.1`, never the binary float 0.1000000000000000055…;
 * `0.1 + 0.2` is `'0.30000000000000004'`, which has more than 6 decimals and is refused.
 *
 * @param value - The rate: decimal text (digits, optionally `.` and 1–6 digits) or a number.
 * @param path - The dot path to name in an error.
 * @returns The rate in millionths, an integer in [0, 10 000 000).
 * @throws {@link RuleError} `MISSING_FIELD` when `value` is `undefined`; `INVALID_TAX_RATE` for
 *   anything else that is not a decimal with at most 6 decimals in 0 ≤ rate < 10 (a sign, an
 *   exponent, hex, `NaN`, `Infinity`, another type).
 */
/**
 * The last rate read as text and its value in millionths: a service quotes many lines at one rate,
 * so most reads are one string comparison. Only valid text is kept; it starts as the valid `'0'`.
 */
let lastText = '0';
let lastMicro = 0;

export function readTaxRate(value: unknown, path: string): number {
  if (value === lastText) return lastMicro;
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  const micro = text === undefined || text.charCodeAt(0) === 45 ? undefined : scaleDecimal(text, 6);
  if (micro === undefined || micro >= 10 * MICRO) {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_TAX_RATE,
      path,
      'expected a tax rate as a decimal fraction with at most 6 decimals, 0 ≤ rate < 10',
      value,
    );
  }
  if (typeof value === 'string') {
    lastText = value;
    lastMicro = micro;
  }
  return micro;
}
