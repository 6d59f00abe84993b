import { formatInstant } from '../../time/formatInstant.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';

const DAY_MS = 86_400_000;

/** The instant a `YYYY-MM-DD` day starts, UTC epoch milliseconds. */
export function dayStart(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** What a finding or credit on a day that may still change carries (USG-6). */
export interface Provisional {
  readonly provisional?: true;
  readonly provisionalUntil?: string;
  readonly message: string;
}

/**
 * Marks what is said of `days` provisional when the last of them may still receive lines at `at`
 * (USG-6): Partner Center's unbilled daily usage lags up to 24 hours, so a day is final once its
 * end plus 24 hours is no later than `at` (equal is final). Without `at` every day is final.
 *
 * @returns `{ message }` unchanged when final; else `provisional: true`, `provisionalUntil` (that
 *   instant) and the message saying so.
 */
export function provisionalOf(
  days: readonly string[],
  message: string,
  at: number | null,
  texts: UsageTexts,
): Provisional {
  if (at === null || days.length === 0) return { message };
  const last = days.reduce((a, b) => (b > a ? b : a));
  const until = dayStart(last) + 2 * DAY_MS;
  if (until <= at) return { message };
  const instant = formatInstant(until, 'provisionalUntil');
  return {
    provisional: true,
    provisionalUntil: instant,
    message: usageSentence(texts, 'provisional', { message, until: instant }),
  };
}
