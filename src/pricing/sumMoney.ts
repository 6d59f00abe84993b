import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { Money } from './money.ts';
import { readMoney } from './readMoney.ts';

/**
 * Adds amounts of one currency exactly (PRICE-8). The running sum stays a plain number while it
 * is a safe integer and moves to bigint if it leaves that range, so only the final total has to be
 * safe: `[MAX_SAFE_INTEGER, 1, -1]` adds up to `MAX_SAFE_INTEGER`.
 *
 * @param amounts - At least one amount, all of one currency.
 * @returns The total, in that currency.
 * @throws {@link RuleError} `CURRENCY_MISMATCH` (path `amounts.<i>.currency`) when two currencies
 *   meet; `INVALID_ARGUMENT` for an empty list or a non-array; `INVALID_AMOUNT` when the total is not
 *   a safe integer; the codes of a bad amount (path `amounts.<i>`).
 * @example
 * ```ts
 * import { sumMoney } from 'subscription-rules';
 * sumMoney([{ amount: 999, currency: 'AUD' }, { amount: 100, currency: 'AUD' }]);
 * //=> { amount: 1099, currency: 'AUD' }
 * ```
 * @category Prices
 */
export function sumMoney(amounts: readonly Money[]): Money {
  if (!Array.isArray(amounts) || amounts.length === 0) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'amounts',
      'expected a list of at least one amount',
      amounts,
    );
  }
  const currency = readMoney(amounts[0], 'amounts.0').currency;
  let sum = 0;
  let big: bigint | undefined;
  for (let i = 0; i < amounts.length; i++) {
    const item = readMoney(amounts[i], `amounts.${i}`);
    if (item.currency !== currency) {
      fail(
        RuleErrorCode.CURRENCY_MISMATCH,
        `amounts.${i}.currency`,
        'expected {currency}, the currency of amounts.0',
        item.currency,
        currency,
      );
    }
    if (big === undefined) {
      const next = sum + item.amount;
      if (Number.isSafeInteger(next)) {
        sum = next;
        continue;
      }
      big = BigInt(sum);
    }
    big += BigInt(item.amount);
  }
  if (big !== undefined) {
    sum = Number(big);
    if (!Number.isSafeInteger(sum)) {
      fail(
        RuleErrorCode.INVALID_AMOUNT,
        'amounts',
        'expected a total within the safe integers',
        big,
      );
    }
  }
  return { amount: sum + 0, currency };
}
