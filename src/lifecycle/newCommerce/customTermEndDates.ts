import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { checkedAs } from '../../kernel/checkedAs.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { formatCalendarDate } from '../../time/formatCalendarDate.ts';
import { instantText } from '../../time/instantText.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { parseCalendarDate } from '../../time/parseCalendarDate.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import { advanceState } from './machine/advanceState.ts';
import { readState } from './machine/readState.ts';
import type { CustomTermEndDate, CustomTermEndDatesInput } from './resultTypes.ts';

/**
 * The end dates Partner Center would offer a new subscription's first term (MID-3), as its *Get
 * custom term end dates* API does: inclusive `YYYY-MM-DD` dates, each `{ date, type }`.
 * `calendar-month` is the last day of the calendar month closest to, and not after, the nominal
 * inclusive end (date(`startDate`) + `term`, less a day) — the nominal end itself when it is a
 * month's last day — offered when it falls after `startDate`'s date. `subscription` is the
 * inclusive end date (`commitmentEndDate`) of each given subscription that is active at
 * `startDate` (advanced to it when it is later than the state's `asOf`) and ends after
 * `startDate`'s date and not after the nominal end, with the `subscriptionIds` ending then; a
 * `P1Y` or `P3Y` term never aligns with a `P1M` subscription. Calendar-month first, then by date.
 * Pass one to `createSubscription({ customTermEndDate })`.
 *
 * @param input - `term` (`P1M`, `P1Y`, `P3Y`), `billingFrequency` (one the term is sold with),
 *   `startDate` (the intended purchase instant) and, to align with them, `subscriptions`, each
 *   `{ id, subscription }` with a New Commerce state.
 * @returns The dates offered.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input.term`, `input.billingFrequency`,
 *   `input.subscriptions` (or the state's field under `input.subscriptions.<i>.subscription`);
 *   the codes of a bad instant at `input.startDate`.
 * @example
 * ```ts
 * import { customTermEndDates } from 'subscription-rules/new-commerce';
 * customTermEndDates({ term: 'P1Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00Z' });
 * //=> [{ date: '2027-10-31', type: 'calendar-month' }]
 * ```
 * @category New Commerce
 */
export function customTermEndDates(input: CustomTermEndDatesInput): CustomTermEndDate[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input',
      'expected { term, billingFrequency, startDate }',
      input,
    );
  const { term, billingFrequency, subscriptions } = input;
  // the seat-based terms Partner Center aligns: P1M, P1Y and P3Y (MID-5)
  requireNewCommerceBilling('license-based', term, billingFrequency, 'input');
  const startMs = parseInstant(input.startDate, 'input.startDate');
  const firstDayMs = startOfUtcDay(startMs);
  const nominalMs = newCommerceTermEndAt(startMs, NEW_COMMERCE_TERM_MONTHS[term], 1) - MS_PER_DAY;
  const offered: CustomTermEndDate[] = [];
  // the nominal end, if it is its month's last day, else the last day of the month before it
  const nominal = formatCalendarDate(nominalMs, 'date');
  const monthEndMs = formatCalendarDate(nominalMs + MS_PER_DAY, 'date').endsWith('-01')
    ? nominalMs
    : parseCalendarDate(`${nominal.slice(0, 8)}01`, 'date') - MS_PER_DAY;
  if (monthEndMs > firstDayMs)
    offered.push({ date: formatCalendarDate(monthEndMs, 'date'), type: 'calendar-month' });
  if (subscriptions === undefined) return offered;
  if (!Array.isArray(subscriptions))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.subscriptions',
      'expected a list of { id, subscription }',
      subscriptions,
    );
  const byDate = new Map<number, string[]>();
  for (let i = 0; i < subscriptions.length; i++) {
    const item = subscriptions[i] as Readonly<Record<string, unknown>> | null;
    const path = `input.subscriptions.${i}`;
    if (typeof item !== 'object' || item === null || typeof item.id !== 'string' || item.id === '')
      fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected { id, subscription }', item);
    let asOfMs = 0;
    checkedAs(item.subscription, `${path}.subscription`, (state) => {
      asOfMs = readState(state);
    });
    const state =
      startMs > asOfMs
        ? advanceState(
            item.subscription as Parameters<typeof advanceState>[0],
            startMs,
            instantText(input.startDate, startMs, 'input.startDate'),
            [],
          )
        : (item.subscription as Parameters<typeof advanceState>[0]);
    if (state.status !== 'active' || state.termEnd === null) continue;
    if (term !== 'P1M' && state.term === 'P1M') continue;
    const endMs = parseInstant(state.termEnd, 'subscription.termEnd') - MS_PER_DAY;
    const dayMs = startOfUtcDay(endMs);
    if (dayMs <= firstDayMs || dayMs > nominalMs) continue;
    const ids = byDate.get(dayMs);
    if (ids === undefined) byDate.set(dayMs, [item.id]);
    else ids.push(item.id);
  }
  for (const dayMs of [...byDate.keys()].sort((a, b) => a - b))
    offered.push({
      date: formatCalendarDate(dayMs, 'date'),
      type: 'subscription',
      subscriptionIds: byDate.get(dayMs) as string[],
    });
  return offered;
}
