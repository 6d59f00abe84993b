import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { optionsPolicy } from '../../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { readExtendedServiceTerm } from '../../policy/readExtendedServiceTerm.ts';
import type { Money } from '../../pricing/money.ts';
import { readMoney } from '../../pricing/readMoney.ts';
import { newestEstRules } from './machine/estEligibility.ts';
import { estQuote } from './machine/estQuote.ts';
import type { ExtendedServiceTermBase } from './types.ts';

/**
 * The price of a month of Extended Service Term for one seat (EST-3, EST-7): `basePrice` is always
 * the price of **one month** — the SKU's monthly-term (P1M) price, plus 3 %; or for a SKU with no
 * monthly-term plan (`monthlyPlan: false`) the annual-term price's month, plus 23 % — the uplift
 * rounded half up to the currency's minor unit (**decided**: Microsoft states no rounding). Exact integer arithmetic. The uplifts are
 * the `extendedServiceTerm` section of the newest catalog policy, or of the caller's `{ policy }`.
 *
 * @param input - `basePrice`: the price of one month (the monthly-term price, or with
 *   `monthlyPlan: false` the annual-term price's month); `monthlyPlan` (default `true`).
 * @param options - `{ policy }`: a New Commerce policy whose section's uplifts apply.
 * @returns The month's price of one seat.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input`, `input.basePrice` (money whose amount is
 *   a safe integer ≥ 0), `input.monthlyPlan`, or at `options.policy.extendedServiceTerm` when the
 *   caller's policy has none.
 * @example
 * ```ts
 * import { extendedServiceTermPrice } from 'subscription-rules/new-commerce';
 * extendedServiceTermPrice({ basePrice: { amount: 400, currency: 'USD' } });
 * //=> { amount: 412, currency: 'USD' }
 * extendedServiceTermPrice({ basePrice: { amount: 1000, currency: 'USD' }, monthlyPlan: false });
 * //=> { amount: 1230, currency: 'USD' }
 * ```
 * @category New Commerce
 */
export function extendedServiceTermPrice(
  input: { readonly basePrice: Money; readonly monthlyPlan?: boolean | undefined },
  options?: PolicyOptions,
): Money {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected { basePrice, monthlyPlan? }', input);
  const basePrice = readMoney(input.basePrice, 'input.basePrice');
  if (basePrice.amount < 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.basePrice.amount',
      'must not be negative',
      basePrice.amount,
    );
  const monthlyPlan = input.monthlyPlan ?? true;
  if (typeof monthlyPlan !== 'boolean')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'input.monthlyPlan',
      'expected true or false',
      monthlyPlan,
    );
  const policy = optionsPolicy(options);
  const rules = policy === undefined ? newestEstRules() : readExtendedServiceTerm(policy);
  if (rules === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.extendedServiceTerm',
      'expected the Extended Service Term section',
      undefined,
    );
  const base: ExtendedServiceTermBase = { basePrice, monthlyPlan };
  const quote = estQuote(base, rules);
  if (!Number.isSafeInteger(quote.unitPrice.amount))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.basePrice.amount',
      'expected a price ≥ 0 (times the quantity, a safe integer)',
      basePrice.amount,
    );
  return quote.unitPrice;
}
