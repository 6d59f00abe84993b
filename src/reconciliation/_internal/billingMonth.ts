import { MS_PER_DAY as DAY } from '../../kernel/units.ts';

/** A billing month's days, as UTC day numbers (days since 1970-01-01). */
export interface BillingMonth {
  /** `YYYY-MM`, as given. */
  readonly month: string;
  /** Its first day. */
  readonly firstDay: number;
  /** Its last day. */
  readonly lastDay: number;
}

/**
 * A billing month `YYYY-MM` (REC-3) as its first and last days; `undefined` for anything else,
 * a month of the years 2000 to 2099 only (a typed year, never a guess).
 *
 * @param value - The month.
 * @returns Its days, or `undefined`.
 */
export function billingMonth(value: unknown): BillingMonth | undefined {
  const match = typeof value === 'string' ? /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return {
    month: value as string,
    firstDay: Date.UTC(year, month, 1) / DAY,
    lastDay: Date.UTC(year, month + 1, 1) / DAY - 1,
  };
}
