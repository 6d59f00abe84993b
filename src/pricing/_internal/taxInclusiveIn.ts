import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
import type { Policy } from '../../policy/types.ts';

/**
 * Whether a policy lists a market among those whose list prices include tax (PRICE-2), with a
 * cheap guard so a hand-made policy without the list is a `RuleError`, not a `TypeError`.
 *
 * @param policy - The policy resolved for the call.
 * @param market - The market code.
 * @returns `true` when the market's list prices include tax.
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `policy.taxInclusiveMarkets` is not an array.
 */
export function taxInclusiveIn(policy: Policy, market: MarketCode): boolean {
  const markets: unknown = policy.taxInclusiveMarkets;
  if (!Array.isArray(markets)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.policy.taxInclusiveMarkets',
      'expected a list of market codes',
      markets,
    );
  }
  return markets.includes(market);
}
