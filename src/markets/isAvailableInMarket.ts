import { requireMarket } from '../_internal/requireMarket.ts';
import { unavailableList } from '../_internal/unavailableList.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { ProductFamily } from '../policy/types.ts';

/**
 * Whether a product family can be sold in a market (SPEC MKT-3): `false` for Azure reservations in
 * the 109 markets Partner Center lists (`002`, `003`), `true` elsewhere; any other family is
 * available in every market unless the policy lists it. The market is a code or an English name,
 * read as {@link resolveMarket} reads it, and compared as a Partner Center code: Saba (`XS`) is
 * not Bonaire (`BQ`). An unknown market is an error, never "available".
 *
 * Decided: a family the policy does not list (including a misspelt one) is available everywhere,
 * as MKT-3 says; check the family against the policy's `unavailableMarkets` keys if that matters.
 *
 * @param family - The product family, e.g. `'azure-reservations'`.
 * @param market - A market code (any case) or an English name.
 * @param options - `{ policy }`; by default the newest catalog policy (SPEC POL-2).
 * @returns `true` when the family can be sold in the market.
 * @throws {@link RuleError} `UNKNOWN_MARKET` (path `market`) when no market answers to `market`;
 *   `INVALID_ARGUMENT` for a `family` that is not a non-empty string or a malformed policy.
 * @example
 * ```ts
 * import { isAvailableInMarket } from 'subscription-rules';
 * isAvailableInMarket('azure-reservations', 'Swaziland');
 * //=> false
 * isAvailableInMarket('azure-reservations', 'DE');
 * //=> true
 * ```
 * @category Markets
 */
export function isAvailableInMarket(
  family: ProductFamily,
  market: string,
  options?: PolicyOptions,
): boolean {
  const code = requireMarket(market, 'market');
  return !unavailableList(family, 'family', resolvePolicy(options)).includes(code);
}
