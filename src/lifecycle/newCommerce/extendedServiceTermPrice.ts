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
 * What a month of Extended Service Term costs a seat (EST-3): its base for one month, the uplift
 * and the price.
 *
 * @category New Commerce
 */
export interface ExtendedServiceTermQuote {
  /** The base price of one month: the monthly-term price, or the annual-term price ÷ 12. */
  readonly basePrice: Money;
  /** The uplift in whole percent (3, or 23 without a monthly-term plan). */
  readonly uplift: number;
  /** `basePrice × (1 + uplift / 100)`, rounded half up to the minor unit. */
  readonly unitPrice: Money;
}

/**
 * The price of a month of Extended Service Term for one seat (EST-3): the SKU's monthly-term (P1M)
 * price for a month plus 3 %, or for a SKU with no monthly-term plan (`monthlyPlan: false`) its
 * annual-term price ÷ 12 (rounded half up) plus 23 %, the uplift rounded half up to the currency's
 * minor unit (**decided**: Microsoft states no rounding). Exact integer arithmetic. The uplifts are
 * the `extendedServiceTerm` section of the newest catalog policy, or of the caller's `{ policy }`.
 *
 * @param input - `basePrice`: the monthly-term price for a month, or with `monthlyPlan: false` the
 *   annual-term price for a year; `monthlyPlan` (default `true`).
 * @param options - `{ policy }`: a New Commerce policy whose section's uplifts apply.
 * @returns `{ basePrice, uplift, unitPrice }`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `input`, `input.basePrice` (money whose amount is
 *   a safe integer ≥ 0), `input.monthlyPlan`, or at `options.policy.extendedServiceTerm` when the
 *   caller's policy has none.
 * @example
 * ```ts
 * import { extendedServiceTermPrice } from 'subscription-rules/new-commerce';
 * extendedServiceTermPrice({ basePrice: { amount: 400, currency: 'USD' } }).unitPrice;
 * //=> { amount: 412, currency: 'USD' }
 * extendedServiceTermPrice({ basePrice: { amount: 6000, currency: 'USD' }, monthlyPlan: false });
 * //=> { basePrice: { amount: 500, currency: 'USD' }, uplift: 23, unitPrice: { amount: 615, currency: 'USD' } }
 * ```
 * @category New Commerce
 */
export function extendedServiceTermPrice(
  input: { readonly basePrice: Money; readonly monthlyPlan?: boolean | undefined },
  options?: PolicyOptions,
): ExtendedServiceTermQuote {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected { basePrice, monthlyPlan? }', input);
  const basePrice = readMoney(input.basePrice, 'input.basePrice');
  if (basePrice.amount < 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.basePrice.amount',
      'expected a unit price ≥ 0',
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
  return quote;
}
