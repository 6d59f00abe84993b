import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolveRules } from '../policy/resolveRules.ts';
import { addDays } from '../time/addDays.ts';
import { formatDerivedInstant } from '../time/formatDerivedInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { suspensionDays } from './suspensionDays.ts';

/**
 * The instants {@link suspensionExpiry} needs (SUS-1).
 *
 * @category Suspension
 */
export interface SuspensionInput {
  /** When the subscription was suspended. */
  readonly suspendedAt: Instant;
  /** When the customer's account was opened. */
  readonly accountOpenedAt: Instant;
  /** When the customer's first billing period started. */
  readonly firstBillingPeriodStart: Instant;
}

/**
 * When a suspended subscription's data is deleted (SUS-1).
 *
 * @category Suspension
 */
export interface SuspensionExpiry {
  /** The instant the data is deleted and reactivation stops being possible (exclusive end, SUS-3). */
  readonly expiresAt: string;
  /** D = 90 + min(30, days between account opening and first billing period): 90 ≤ D ≤ 120. */
  readonly days: number;
  /** The policy the numbers come from. */
  readonly policyId: string;
}

/**
 * When a suspended subscription's data is deleted (SUS-1..3): `suspendedAt` + D UTC days, where
 * D = 90 + min(30, whole UTC days between `accountOpenedAt` and `firstBillingPeriodStart`) (TIME-5),
 * the numbers from the policy in force at `suspendedAt` (POL-2). Reactivation is possible in
 * [suspendedAt, expiresAt).
 *
 * @param input - The suspension instant and the account's two dates.
 * @param options - `{ policy }` to decide by another policy.
 * @returns `expiresAt`, the number of days and the policy used.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `firstBillingPeriodStart` or `suspendedAt` is before
 *   `accountOpenedAt` (SUS-2); `INVALID_INSTANT`/`MISSING_FIELD` for a bad or absent instant.
 * @example
 * ```ts
 * import { suspensionExpiry } from 'subscription-rules';
 * suspensionExpiry({
 *   suspendedAt: '2026-03-01T00:00:00Z',
 *   accountOpenedAt: '2026-01-01T00:00:00Z',
 *   firstBillingPeriodStart: '2026-01-11T00:00:00Z',
 * });
 * //=> { expiresAt: '2026-06-09T00:00:00.000Z', days: 100, policyId: 'partner-center-2021-03' }
 * ```
 * @category Suspension
 */
export function suspensionExpiry(
  input: SuspensionInput,
  options?: PolicyOptions,
): SuspensionExpiry {
  if (typeof input !== 'object' || input === null) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input',
      'expected { suspendedAt, accountOpenedAt, firstBillingPeriodStart }',
      input,
    );
  }
  const suspendedAt = parseInstant(input.suspendedAt, 'input.suspendedAt');
  const opened = parseInstant(input.accountOpenedAt, 'input.accountOpenedAt');
  const firstBilling = parseInstant(input.firstBillingPeriodStart, 'input.firstBillingPeriodStart');
  const policy = resolveRules(options, suspendedAt);
  const days = suspensionDays(suspendedAt, opened, firstBilling, policy, 'input');
  return {
    expiresAt: formatDerivedInstant(
      addDays(suspendedAt, days),
      'expiresAt',
      suspendedAt,
      'input.suspendedAt',
    ),
    days,
    policyId: policy.id,
  };
}
