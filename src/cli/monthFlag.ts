import { UsageError } from './UsageError.ts';

const DAY = 86_400_000;

/** A billing month of `--period` or `--month`: its text and its first and last days. */
export interface BillingMonth {
  /** `YYYY-MM`, as given. */
  readonly month: string;
  /** Its first day, as a UTC day number. */
  readonly firstDay: number;
  /** Its last day. */
  readonly lastDay: number;
}

/**
 * A `YYYY-MM` flag (`reconcile --period`, `forecast --month`): the billing month, as its first
 * and last days (UTC day numbers).
 *
 * @param flag - The flag's name, for the error.
 * @param value - The flag's value, when given.
 * @returns The month's days, or `undefined` without the flag.
 * @throws UsageError naming the flag for anything but a month of the years 2000 to 2099.
 */
export function monthFlag(flag: string, value: unknown): BillingMonth | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (match === null)
    throw new UsageError(
      `--${flag}: expected the billing month as YYYY-MM (2026-10), got ${JSON.stringify(value)}`,
    );
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return {
    month: value as string,
    firstDay: Date.UTC(year, month, 1) / DAY,
    lastDay: Date.UTC(year, month + 1, 1) / DAY - 1,
  };
}
