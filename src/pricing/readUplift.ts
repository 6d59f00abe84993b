import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';

/**
 * An Extended Service Term's uplift as a state or an effect holds it (EST-3): a fraction ≥ 0 and
 * below 1 with at most six decimals (`0.03` is 3 %). One saved when it was written in whole
 * percent — an integer from 1 to 99, `3` or `23` — is read as that percent's fraction
 * **(decided: no uplift reaches 100 %, so the two forms never meet)**.
 *
 * @param value - The value read.
 * @param path - The caller's field, for the error.
 * @returns The fraction.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `path` for anything else.
 */
export function readUplift(value: unknown, path: string): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value < 100) return value / 100;
    if (value >= 0 && value < 1 && Math.round(value * 1_000_000) / 1_000_000 === value)
      return value;
  }
  fail(
    RuleErrorCode.INVALID_ARGUMENT,
    path,
    'expected a fraction ≥ 0 and below 1, at most six decimals (0.03 is 3 %)',
    value,
  );
}
