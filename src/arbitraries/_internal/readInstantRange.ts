import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/** The default range of the arbitraries: 2020-01-01 (inclusive) to 2031-01-01 (exclusive). */
export const DEFAULT_FROM_MS: number = Date.UTC(2020, 0, 1);
export const DEFAULT_TO_MS: number = Date.UTC(2031, 0, 1) - 1;
/** The last instant a purchase or subscription arbitrary starts from: later ones stay in 0000–9999. */
export const LATEST_ORDER_MS: number = Date.UTC(9000, 0, 1);

/**
 * Reads `{ from, to }` of an arbitrary's constraints into epoch milliseconds, both inclusive.
 * `latestMs` is the last instant the arbitrary may start from, so that the instants it computes
 * later (terms, windows, suspensions) stay inside the years 0000–9999.
 */
export function readInstantRange(
  constraints: { readonly from?: unknown; readonly to?: unknown },
  latestMs: number,
): [number, number] {
  const from =
    constraints.from === undefined
      ? DEFAULT_FROM_MS
      : parseInstant(constraints.from, 'constraints.from');
  const to =
    constraints.to === undefined ? DEFAULT_TO_MS : parseInstant(constraints.to, 'constraints.to');
  if (to < from) {
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'constraints.to',
      'expected an instant not before from',
      constraints.to,
    );
  }
  if (to > latestMs) {
    fail(
      RuleErrorCode.OUT_OF_RANGE,
      'constraints.to',
      'expected an instant not after {latest}',
      constraints.to,
      new Date(latestMs).toISOString(),
    );
  }
  return [from, to];
}
