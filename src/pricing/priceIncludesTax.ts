import type { MarketCode } from '../markets/MarketCode.ts';
import { requireMarket } from '../markets/requireMarket.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import { taxInclusiveIn } from './_internal/taxInclusiveIn.ts';

/**
 * Whether commercial list prices in a market include tax (PRICE-2). Under both Partner Center
 * policies they exclude it, except in Australia (`AU`) and Brazil (`BR`); the list lives in the
 * policy (`taxInclusiveMarkets`), so a policy of your own may say otherwise.
 *
 * @param market - A market code in any case, or a name (MKT-2).
 * @param options - `{ policy }`; the newest catalog policy unless given (POL-2).
 * @returns `true` when the market's list prices include tax.
 * @throws {@link RuleError} `UNKNOWN_MARKET` for a market no code answers to; `MISSING_FIELD` or
 *   `INVALID_ARGUMENT` for an absent or non-string market or a bad policy.
 * @example
 * ```ts
 * import { priceIncludesTax } from 'subscription-rules';
 * priceIncludesTax('AU');
 * //=> true
 * priceIncludesTax('us');
 * //=> false
 * ```
 * @category Prices
 */
export function priceIncludesTax(
  market: MarketCode | (string & {}),
  options?: PolicyOptions,
): boolean {
  const code = requireMarket(market, 'market');
  return taxInclusiveIn(resolvePolicy(options), code);
}
