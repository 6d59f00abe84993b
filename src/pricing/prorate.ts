import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { daysBetween } from '../time/daysBetween.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { readRounding } from './_internal/readRounding.ts';
import type { Money } from './money.ts';
import type { RoundingMode } from './RoundingMode.ts';
import { readMoney } from './readMoney.ts';
import { unusedTermCredit } from './unusedTermCredit.ts';

/**
 * The term and the instant a proration is asked about (PRICE-6).
 *
 * @category Prices
 */
export interface ProrationPeriod {
  /** When the term started. */
  readonly termStart: Instant;
  /** When the term ends (exclusive). */
  readonly termEnd: Instant;
  /** The instant of the cancellation; its UTC day counts as used. */
  readonly at: Instant;
}

/**
 * Options of {@link prorate}.
 *
 * @category Prices
 */
export interface ProrateConstraints {
  /**
   * How the credit is rounded to whole minor units.
   *
   * @defaultValue `'half-up'`
   */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * The credit for the unused part of a term (PRICE-6): round(price × unusedDays / termDays),
 * where termDays is the UTC days between the term's start and end (TIME-5), the day of `at` counts
 * as used (usedDays = days from the start to `at`, plus one), and unusedDays = max(0, termDays −
 * usedDays). Exact integer arithmetic; half-up unless another rounding mode is given.
 *
 * @param price - The price of the whole term.
 * @param period - The term's start and end and the instant asked about.
 * @param constraints - The rounding mode.
 * @returns The credit, in the price's currency; never more than the price.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when the term is shorter than one day or the rounding
 *   mode is unknown; `OUT_OF_ORDER` when `at` is outside [termStart, termEnd); the codes of a bad
 *   price or instant.
 * @example
 * ```ts
 * import { prorate } from 'subscription-rules';
 * prorate(
 *   { amount: 36500, currency: 'USD' },
 *   { termStart: '2026-01-01T00:00:00Z', termEnd: '2027-01-01T00:00:00Z', at: '2026-01-10T12:00:00Z' },
 * );
 * //=> { amount: 35500, currency: 'USD' }
 * ```
 * @category Prices
 */
export function prorate(
  price: Money,
  period: ProrationPeriod,
  constraints?: ProrateConstraints,
): Money {
  const { amount, currency } = readMoney(price, 'price');
  if (typeof period !== 'object' || period === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'period', 'expected { termStart, termEnd, at }', period);
  }
  const start = parseInstant(period.termStart, 'period.termStart');
  const end = parseInstant(period.termEnd, 'period.termEnd');
  const at = parseInstant(period.at, 'period.at');
  if (constraints !== undefined && (typeof constraints !== 'object' || constraints === null)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'constraints', 'expected { rounding }', constraints);
  }
  const rule = readRounding(constraints?.rounding, 'constraints.rounding');
  const termDays = daysBetween(start, end);
  if (termDays < 1) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'period.termEnd',
      'expected a term of at least one UTC day',
      period.termEnd,
    );
  }
  if (at < start || at >= end) {
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'period.at',
      'expected an instant in [termStart, termEnd)',
      period.at,
    );
  }
  return { amount: unusedTermCredit(amount, start, end, at, rule), currency };
}
