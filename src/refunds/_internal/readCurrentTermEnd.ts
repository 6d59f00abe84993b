import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/**
 * A purchase's optional `currentTermEnd` (REF-2, NCE-4), which must come after the request.
 *
 * @throws {@link RuleError} `INVALID_INSTANT`; `OUT_OF_ORDER` when it is not after `atMs`.
 */
export function readCurrentTermEnd(value: unknown, atMs: number): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseInstant(value, 'purchase.currentTermEnd');
  if (ms <= atMs) {
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'purchase.currentTermEnd',
      'expected an instant after at (a term that has ended cannot be cancelled at its end)',
      value,
    );
  }
  return ms;
}
