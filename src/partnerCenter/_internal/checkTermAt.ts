import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Basics } from './basics.ts';

/**
 * Checks the term a resource's `commitmentEndDate` gives against when it was fetched (PCR-1,
 * decided 2026-11-24): the term has begun by `asOf`, and a subscription the resource still calls
 * active or suspended is still in it — otherwise the resource is stale or its date wrong, and a
 * state read from it would hold a coming term end in the past or a past term start in the future.
 *
 * @throws {@link RuleError} `OUT_OF_ORDER` at `resource.commitmentEndDate`.
 */
export function checkTermAt(b: Basics, startMs: number, endMs: number): void {
  const asOf = formatInstant(b.asOfMs, 'options.asOf');
  if (startMs > b.asOfMs)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'resource.commitmentEndDate',
      'expected a date whose term has begun by options.asOf {asOf}',
      b.r.commitmentEndDate,
      asOf,
    );
  if (endMs <= b.asOfMs && !b.trial && (b.status === 'active' || b.status === 'suspended'))
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'resource.commitmentEndDate',
      'expected a term end after options.asOf {asOf}: the resource says the subscription is still {status}',
      b.r.commitmentEndDate,
      asOf,
      b.status,
    );
}
