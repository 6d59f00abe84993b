import type { Money } from '../index.ts';
import { parsePriceFlag } from './parsePriceFlag.ts';
import { UsageError } from './UsageError.ts';

/** What `--est-base` gives: the base of one month and whether the SKU has a monthly plan. */
export interface EstBaseFlag {
  /** The price of one seat for one month (EST-7). */
  readonly basePrice: Money;
  /** `false` for a SKU without a monthly-term plan (`/P1Y`: +23 % instead of +3 %). */
  readonly monthlyPlan: boolean;
}

/** A price and the term it is the price of: `60.00USD/P1Y`, `"4.00 USD/P1M"`. */
const WITH_TERM = /^(.*?) ?\/ ?(P1M|P1Y)$/is;

/**
 * `--est-base`: what an Extended Service Term is priced from (EST-3, EST-7), read as `--price` is
 * and named as itself when it is wrong. `4.00USD` (or `4.00USD/P1M`) is the SKU's monthly-term
 * price of one seat for a month, +3 %; `60.00USD/P1Y` is the annual-term price of one seat for a
 * SKU without a monthly plan, whose month (60.00 ÷ 12 = 5.00, rounded half up to the currency's
 * minor unit) is the base, +23 % (6.15).
 *
 * @param text - The flag's value.
 * @param currency - `--currency`, where the command has it.
 * @returns The base of one month and whether the SKU has a monthly plan.
 * @throws {@link UsageError} naming `--est-base`.
 */
export function estBaseFlag(text: string, currency?: string): EstBaseFlag {
  const term = WITH_TERM.exec(text);
  let price: Money;
  try {
    price = parsePriceFlag(term === null ? text : (term[1] as string), currency);
  } catch (error) {
    if (error instanceof UsageError)
      throw new UsageError(
        `${error.message.replace(/--price\b/g, '--est-base')} (a SKU without a monthly plan: its annual price and /P1Y, e.g. --est-base 60.00USD/P1Y)`,
      );
    throw error;
  }
  if (term === null || (term[2] as string).toUpperCase() === 'P1M')
    return { basePrice: price, monthlyPlan: true };
  // the annual price's month, rounded half up (EST-3), in integers: exact for any safe amount
  const rest = price.amount % 12;
  const month = (price.amount - rest) / 12 + (rest >= 6 ? 1 : 0);
  return { basePrice: { amount: month, currency: price.currency }, monthlyPlan: false };
}
