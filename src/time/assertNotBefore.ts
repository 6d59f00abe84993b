import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { formatInstant } from './formatInstant.ts';

/**
 * Rejects an instant that comes before another it must follow (TIME-3): a request before the
 * order, a suspension before the account opened, an `advance` into the past.
 *
 * @param ms - Epoch milliseconds of the instant checked.
 * @param path - Its dot path, named in the error.
 * @param earliestMs - Epoch milliseconds it may not precede.
 * @param earliestPath - The dot path of that earlier instant, named in the error.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `ms < earliestMs`.
 */
export function assertNotBefore(
  ms: number,
  path: string,
  earliestMs: number,
  earliestPath: string,
): void {
  if (ms < earliestMs) {
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      path,
      'expected an instant at or after {earliestPath} ({earliest})',
      formatInstant(ms, path),
      earliestPath,
      formatInstant(earliestMs, earliestPath),
    );
  }
}
