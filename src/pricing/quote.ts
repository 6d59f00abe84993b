import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { MarketCode } from '../markets/MarketCode.ts';
import { requireMarket } from '../markets/requireMarket.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import { multiplyDivide } from './_internal/multiplyDivide.ts';
import { readRounding } from './_internal/readRounding.ts';
import { taxInclusiveIn } from './_internal/taxInclusiveIn.ts';
import type { Money } from './money.ts';
import type { RoundingMode } from './RoundingMode.ts';
import { readMoney } from './readMoney.ts';
import { MICRO, readTaxRate } from './readTaxRate.ts';
import type { TaxRate } from './TaxRate.ts';

/**
 * What {@link quote} prices (PRICE-4).
 *
 * @category Prices
 */
export interface QuoteInput {
  /** The list price of one unit, as the market lists it (tax included in AU and BR, PRICE-2). */
  readonly listPrice: Money;
  /**
   * How many units: an integer ≥ 1.
   *
   * @defaultValue `1`
   */
  readonly quantity?: number | undefined;
  /** Where the customer is billed: a market code in any case (`'AU'`, `'us'`) or a name (MKT-2). */
  readonly market: MarketCode | (string & {});
  /** The tax rate as a fraction: `'0.1'` or `0.1` is 10 % (PRICE-3). */
  readonly taxRate: TaxRate;
  /**
   * How the tax is rounded to whole minor units (PRICE-5).
   *
   * @defaultValue `'half-up'`
   */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * The price of a line split into net, tax and gross (PRICE-4); always net + tax = gross.
 *
 * @category Prices
 */
export interface Quote {
  /** The amount before tax. */
  readonly net: Money;
  /** The tax, rounded to whole minor units; the only amount that is rounded. */
  readonly tax: Money;
  /** What the customer pays: net + tax. */
  readonly gross: Money;
  /** Whether the list price already included the tax (the market is tax-inclusive, PRICE-2). */
  readonly listPriceIncludesTax: boolean;
  /** The policy whose list of tax-inclusive markets was used (POL-1). */
  readonly policyId: string;
}

/**
 * Prices `quantity` units at a list price in a market (PRICE-4), exactly to the minor unit.
 * line = listPrice × quantity. Where list prices exclude tax: net = line, tax = round(net × rate),
 * gross = net + tax. Where they include it (AU, BR, PRICE-2): gross = line, tax = round(gross × rate
 * / (1 + rate)) — the tax is what is rounded, as Australia's GST rule does — and net = gross − tax.
 * The rate is exact millionths, and the products are exact integers (bigint only when they leave
 * the safe range), so no float ever touches an amount.
 *
 * @param input - The list price, quantity, market, tax rate and rounding mode.
 * @param options - `{ policy }`; the newest catalog policy unless given (POL-2).
 * @returns `{ net, tax, gross, listPriceIncludesTax, policyId }`.
 * @throws {@link RuleError} `INVALID_QUANTITY` for a quantity that is not an integer ≥ 1;
 *   `UNKNOWN_MARKET`; `INVALID_TAX_RATE`; `INVALID_AMOUNT` or `UNKNOWN_CURRENCY` for a bad list price,
 *   and `INVALID_AMOUNT` when the line or the gross leaves the safe integers; `MISSING_FIELD` for an
 *   absent list price, market or rate; `INVALID_ARGUMENT` for a bad rounding mode, input or policy.
 * @example
 * ```ts
 * import { quote } from 'subscription-rules';
 * quote({ listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' });
 * //=> { net: { amount: 999, currency: 'AUD' }, tax: { amount: 100, currency: 'AUD' },
 * //     gross: { amount: 1099, currency: 'AUD' }, listPriceIncludesTax: true,
 * //     policyId: 'partner-center-2021-03' }
 * quote({ listPrice: { amount: 1000, currency: 'USD' }, market: 'US', taxRate: 0.0725 }).tax;
 * //=> { amount: 73, currency: 'USD' }
 * ```
 * @category Prices
 */
export function quote(input: QuoteInput, options?: PolicyOptions): Quote {
  if (typeof input !== 'object' || input === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'input', 'expected a quote input object', input);
  }
  const { amount, currency } = readMoney(input.listPrice, 'input.listPrice');
  const quantity = input.quantity === undefined ? 1 : input.quantity;
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    fail(RuleErrorCode.INVALID_QUANTITY, 'input.quantity', 'expected an integer ≥ 1', quantity);
  }
  const market = requireMarket(input.market, 'input.market');
  const rate = readTaxRate(input.taxRate, 'input.taxRate');
  const rule = readRounding(input.rounding, 'input.rounding');
  const policy = resolvePolicy(options);
  // Both factors are safe integers, so the float product is exact or lands past the safe range.
  const line = amount * quantity + 0;
  if (!Number.isSafeInteger(line)) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.quantity',
      'expected listPrice × quantity to stay a safe integer of minor units',
      quantity,
    );
  }
  const inclusive = taxInclusiveIn(policy, market);
  const tax = inclusive
    ? multiplyDivide(line, rate, MICRO + rate, rule)
    : multiplyDivide(line, rate, MICRO, rule);
  const net = inclusive ? line - tax : line;
  const gross = inclusive ? line : line + tax;
  if (!Number.isSafeInteger(gross)) {
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'input.listPrice.amount',
      'expected the gross (line + tax) to stay a safe integer of minor units',
      amount,
    );
  }
  return {
    net: { amount: net, currency },
    tax: { amount: tax, currency },
    gross: { amount: gross, currency },
    listPriceIncludesTax: inclusive,
    policyId: policy.id,
  };
}
