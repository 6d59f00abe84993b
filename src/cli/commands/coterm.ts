import { type CustomTermEndDate, customTermEndDates } from '../../index.ts';
import { parseCustomTermEndDatesInput } from '../../schemas/index.ts';
import type { Command } from '../Command.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/** The dates as aligned lines: the date, how it aligns, and with which subscriptions. */
function cotermText(dates: readonly CustomTermEndDate[]): string {
  if (dates.length === 0) return 'No end date to align with: the term runs its nominal length.';
  return table(
    dates.map((d) => [
      d.date,
      d.type === 'calendar-month' ? 'calendar month' : 'subscription',
      ...(d.subscriptionIds === undefined ? [] : [d.subscriptionIds.join(', ')]),
    ]),
  );
}

/**
 * `subscription-rules coterm`: the end dates Partner Center would offer a new subscription's first
 * term (MID-3), aligned with the calendar month or with the customer's subscriptions.
 */
export const cotermCommand: Command = {
  summary: 'List the end dates a new subscription can be aligned to (calendar month, others)',
  usage:
    'subscription-rules coterm --term P1Y --billing-frequency monthly --start <instant> [--json]\n  or --input file.json with { "term", "billingFrequency", "startDate", "subscriptions"?: [{ "id", "subscription" }] }',
  values: ['--term               P1M, P1Y, P3Y', '--billing-frequency  monthly, annual, triennial'],
  examples: [
    'subscription-rules coterm --term P1Y --billing-frequency monthly --start 2026-11-20T10:00:00Z',
    'subscription-rules coterm --input customer.json --json',
  ],
  options: {
    term: { type: 'string' },
    'billing-frequency': { type: 'string' },
    start: { type: 'string' },
  },
  run(_positionals, values) {
    const term = requiredFlag(values, 'term', 'the new term: P1M, P1Y or P3Y, e.g. --term P1Y');
    const frequency = requiredFlag(
      values,
      'billing-frequency',
      'monthly, annual or triennial, e.g. --billing-frequency monthly',
    );
    const start = requiredFlag(
      values,
      'start',
      'when the new subscription starts, e.g. --start 2026-11-25T00:00:00Z',
    );
    const parsed = parseCustomTermEndDatesInput({
      term,
      billingFrequency: frequency,
      startDate: start,
    });
    if (!parsed.ok) {
      const flagOf: Readonly<Record<string, string>> = {
        term: '--term',
        billingFrequency: '--billing-frequency',
        startDate: '--start',
      };
      throw new UsageError(
        parsed.issues
          .map((issue) => `${flagOf[issue.path] ?? issue.path}: ${issue.message}`)
          .join('; '),
      );
    }
    const input = parsed.value;
    const dates = customTermEndDates(input);
    return { human: cotermText(dates), json: dates };
  },
  inputShape:
    '{ "term": <P1M|P1Y|P3Y>, "billingFrequency": <frequency>, "startDate": <instant>, "subscriptions"?: [{ "id": <id>, "subscription": <New Commerce state> }] }',
  fromInput(input) {
    const dates = customTermEndDates(validInput(parseCustomTermEndDatesInput(input)));
    return { human: cotermText(dates), json: dates };
  },
};
