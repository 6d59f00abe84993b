import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/**
 * Checks a state's current term against its `asOf` (ERR-1, NCE-11, PCR-1): the term has begun by
 * `asOf` and ends after it began. Every state the lifecycle makes holds this; one that does not
 * was written by hand or read from a stale source, and no answer about it could be right.
 *
 * @throws {@link RuleError} `OUT_OF_ORDER` at `subscription.termStart` or `subscription.termEnd`.
 */
export function termInOrder(
  termStart: unknown,
  startMs: number,
  termEnd: unknown,
  endMs: number,
  asOfMs: number,
): void {
  if (startMs > asOfMs)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'subscription.termStart',
      'expected an instant at or before {later}',
      termStart,
      'subscription.asOf',
    );
  if (termEnd !== null && endMs <= startMs)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'subscription.termEnd',
      'expected an instant after {earlier}',
      termEnd,
      'subscription.termStart',
    );
}
