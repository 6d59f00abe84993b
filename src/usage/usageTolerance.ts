import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { band } from './_internal/band.ts';
import { requireCurrency, requireDecimal, requireObject } from './_internal/requireInputs.ts';
import type { UsageBand } from './types.ts';

/**
 * How far the invoice's usage line may lie from the sum of its daily lines by rounding alone
 * (USG-4), derived: each of the `n` days truncates once (Σ daily ∈ (V − n·u(B), V]) and the
 * invoice truncates E·Q in the pricing currency and then the product (S ∈ (V − u(P)·X − u(B), V]),
 * so `d = S − Σ daily` satisfies `−⌈u(P)·X / u(B)⌉ ≤ d ≤ n − 1` minor units of the billing
 * currency. A negative group (corrections) has the band mirrored.
 *
 * @param input - `lines` (n ≥ 1), `exchangeRate` (X, decimal text), `pricingCurrency`,
 *   `billingCurrency`, and `negative` for a group whose amounts are below zero.
 * @returns `{ low, high }` in the billing currency, both included.
 * @throws `RuleError` naming `input.<field>` at fault.
 * @example
 * ```ts
 * import { usageTolerance } from 'subscription-rules/usage';
 * usageTolerance({ lines: 3, exchangeRate: '1', pricingCurrency: 'USD', billingCurrency: 'USD' });
 * //=> { low: { amount: -1, currency: 'USD' }, high: { amount: 2, currency: 'USD' } }
 * usageTolerance({ lines: 1, exchangeRate: '150.25', pricingCurrency: 'USD', billingCurrency: 'JPY' });
 * //=> { low: { amount: -2, currency: 'JPY' }, high: { amount: 0, currency: 'JPY' } }
 * ```
 * @category Usage
 */
export function usageTolerance(input: {
  readonly lines: number;
  readonly exchangeRate: string;
  readonly pricingCurrency: string;
  readonly billingCurrency: string;
  readonly negative?: boolean | undefined;
}): UsageBand {
  const record = requireObject(input, 'input');
  const lines = record.lines;
  if (typeof lines !== 'number' || !Number.isSafeInteger(lines) || lines < 1)
    fail(
      lines === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'input.lines',
      'expected a safe integer ≥ {min}',
      lines,
      1,
    );
  const rate = requireDecimal(record.exchangeRate, 'input.exchangeRate');
  const pricing = requireCurrency(record.pricingCurrency, 'input.pricingCurrency');
  const billing = requireCurrency(record.billingCurrency, 'input.billingCurrency');
  const negative = record.negative;
  if (negative !== undefined && typeof negative !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input.negative', 'expected a boolean', negative);
  const { low, high } = band(lines, rate, pricing, billing, negative === true);
  return { low: { amount: low, currency: billing }, high: { amount: high, currency: billing } };
}
