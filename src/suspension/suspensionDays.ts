import { readSuspensionRules } from '../policy/readSuspensionRules.ts';
import type { PolicyRules } from '../policy/types.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { daysBetween } from '../time/daysBetween.ts';

/**
 * D of SUS-1 on epoch milliseconds: base days plus the account gap in whole UTC days, capped.
 * Checks SUS-2 (nothing before the account opened) and names the fields under `prefix`.
 */
export function suspensionDays(
  suspendedAt: number,
  accountOpenedAt: number,
  firstBillingPeriodStart: number,
  policy: Pick<PolicyRules, 'suspension'>,
  prefix: string,
): number {
  assertNotBefore(
    firstBillingPeriodStart,
    `${prefix}.firstBillingPeriodStart`,
    accountOpenedAt,
    `${prefix}.accountOpenedAt`,
  );
  assertNotBefore(
    suspendedAt,
    prefix === 'input' ? 'input.suspendedAt' : `${prefix}.at`,
    accountOpenedAt,
    `${prefix}.accountOpenedAt`,
  );
  const { baseDays, maxExtraDays } = readSuspensionRules(policy);
  return baseDays + Math.min(maxExtraDays, daysBetween(accountOpenedAt, firstBillingPeriodStart));
}
