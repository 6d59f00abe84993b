import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import { readUsdRate, USD_RATE_DECIMALS } from '../../pricing/readUsdRate.ts';
import { shareOf } from '../../pricing/shareOf.ts';

/**
 * An amount in US cents, as the limit counts it (RES-1): USD as it is; any other currency at its
 * rate, round(amount × rate) to the cent, half up, exactly.
 *
 * @param money - The amount, checked.
 * @param rate - Its rate × 10¹⁰ (`readUsdRate`), or `undefined` when none was given.
 * @param ratePath - Where a missing rate is named.
 * @param amountPath - Where an amount too large in USD is named.
 * @returns US cents.
 * @throws {@link RuleError} `MISSING_FIELD` at `ratePath` without a rate for another currency;
 *   `INVALID_AMOUNT` at `amountPath` for an amount past the safe integers in USD.
 */
export function usdAmount(
  money: Money,
  rate: number | undefined,
  ratePath: string,
  amountPath: string,
): number {
  if (money.currency === 'USD') return money.amount;
  const units = rate ?? readUsdRate(undefined, ratePath);
  const usd = shareOf(
    money.amount,
    units,
    10 ** (USD_RATE_DECIMALS + currencyExponents[money.currency] - 2),
  );
  if (!Number.isSafeInteger(usd)) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      amountPath,
      'expected an amount whose value in USD is a safe integer of cents',
      money.amount,
    );
  }
  return usd;
}
