import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import type { Money } from '../pricing/money.ts';
import { times, truncated } from './_internal/exact.ts';
import { requireCurrency, requireDecimal, requireObject } from './_internal/requireInputs.ts';
import type { UsageLine } from './types.ts';

/**
 * What a daily usage line bills (USG-2): `EffectiveUnitPrice × Quantity × PCToBCExchangeRate`,
 * computed exactly and truncated once, toward zero, to a minor unit of the billing currency (a
 * cent of USD or EUR, a yen): Microsoft's `FLOOR(…, 2)` read as the currency's decimals, and a
 * negative correction line the mirror of its positive one.
 *
 * @param line - A line read by `readUsageLine` (its `effectiveUnitPrice`, `quantity`,
 *   `exchangeRate` and `billingCurrency` are read).
 * @returns The amount, in integer minor units of `billingCurrency`.
 * @throws `RuleError` naming `line.<field>` for a field that is not decimal text or a
 *   currency, or `INVALID_AMOUNT` at `line` for an amount past the safe integers.
 * @example
 * ```ts
 * import { readUsageLine, usageLineAmount } from 'subscription-rules/usage';
 * const read = readUsageLine({
 *   UsageDate: '2026-11-30', ProductId: 'DZH318Z0BQ3Q', SkuId: '0001', SubscriptionId: 's-1',
 *   Quantity: '23.2', EffectiveUnitPrice: '0.085', PCToBCExchangeRate: '150.25',
 *   BillingPreTaxTotal: '296', BillingCurrency: 'JPY',
 * });
 * read.ok && usageLineAmount(read.line); // 296.293 yen, truncated
 * //=> { amount: 296, currency: 'JPY' }
 * ```
 * @category Usage
 */
export function usageLineAmount(line: UsageLine): Money {
  const record = requireObject(line, 'line');
  const currency = requireCurrency(record.billingCurrency, 'line.billingCurrency');
  const exact = times(
    times(
      requireDecimal(record.effectiveUnitPrice, 'line.effectiveUnitPrice'),
      requireDecimal(record.quantity, 'line.quantity'),
    ),
    requireDecimal(record.exchangeRate, 'line.exchangeRate'),
  );
  const amount = truncated(exact, currencyExponents[currency]);
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || -amount > BigInt(Number.MAX_SAFE_INTEGER))
    fail(RuleErrorCode.INVALID_AMOUNT, 'line', 'expected a total within the safe integers', line);
  return { amount: Number(amount), currency };
}
