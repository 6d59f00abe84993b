import { type BillingMonth, billingMonth } from '../reconciliation/_internal/billingMonth.ts';
import { UsageError } from './UsageError.ts';

export type { BillingMonth };

/**
 * A `YYYY-MM` flag (`reconcile --period`, `forecast --month`): the billing month, as its first
 * and last days (UTC day numbers), read as `reconcileSubscriptions` reads `options.period`.
 *
 * @param flag - The flag's name, for the error.
 * @param value - The flag's value, when given.
 * @returns The month's days, or `undefined` without the flag.
 * @throws UsageError naming the flag for anything but a month of the years 2000 to 2099.
 */
export function monthFlag(flag: string, value: unknown): BillingMonth | undefined {
  if (value === undefined) return undefined;
  const month = billingMonth(value);
  if (month === undefined)
    throw new UsageError(
      `--${flag}: expected the billing month as YYYY-MM (2026-10), got ${JSON.stringify(value)}`,
    );
  return month;
}
