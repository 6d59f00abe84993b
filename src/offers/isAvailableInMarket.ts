import { requireMarket } from '../markets/requireMarket.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { ProductFamily } from '../policy/types.ts';
import { knownFamilyList } from './_internal/knownFamilyList.ts';

/**
 * Whether a product family can be sold in a market (MKT-3): `false` for Azure reservations in
 * the 109 markets Partner Center lists (`002`, `003`), `true` elsewhere; any other family is
 * available in every market unless the policy lists it. The market is a code or an English name,
 * read as {@link resolveMarket} reads it, and compared as a Partner Center code: Saba (`XS`) is
 * not Bonaire (`BQ`). An unknown market is an error, never "available".
 *
 * The family is one the library knows ({@link ProductFamily}: Azure reservations, the Azure plan
 * and every product of either program), or, with a `{ policy }` of your own, any family that
 * policy lists; any other name is an error, so a misspelt family
 * (`azure-reservation`) can never fail open. (`offerAvailability`, which reads an offer's own
 * `productFamily`, treats a family no policy lists as available everywhere.)
 *
 * @param family - The product family, e.g. `'azure-reservations'`.
 * @param market - A market code (any case) or an English name.
 * @returns `true` when the family can be sold in the market.
 * @throws {@link RuleError} `UNKNOWN_MARKET` (path `market`) when no market answers to `market`;
 *   `INVALID_ARGUMENT` (path `family`) for a family neither the built-in policies nor `policy` know,
 *   or that is not a non-empty string; `INVALID_ARGUMENT` for a malformed policy.
 * @example
 * ```ts
 * import { isAvailableInMarket } from 'subscription-rules';
 * isAvailableInMarket('azure-reservations', 'Swaziland');
 * //=> false
 * isAvailableInMarket('azure-reservations', 'DE');
 * //=> true
 * isAvailableInMarket('license-based', 'Swaziland');
 * //=> true
 * ```
 * @category Markets
 */
export function isAvailableInMarket(family: ProductFamily, market: string): boolean;
/**
 * Whether a product family can be sold in a market, by a policy of your own (MKT-3, POL-1): any
 * family that policy lists is accepted besides the built-in ones.
 *
 * @param family - The product family.
 * @param market - A market code (any case) or an English name.
 * @param options - `{ policy }`: the policy to decide by.
 * @returns `true` when the family can be sold in the market.
 * @throws {@link RuleError} as the form without options, and `INVALID_ARGUMENT` for a malformed
 *   policy.
 * @category Markets
 */
export function isAvailableInMarket(
  family: ProductFamily | (string & {}),
  market: string,
  options: PolicyOptions,
): boolean;
export function isAvailableInMarket(
  family: ProductFamily | (string & {}),
  market: string,
  options?: PolicyOptions,
): boolean {
  const code = requireMarket(market, 'market');
  return !knownFamilyList(family, resolvePolicy(options)).includes(code);
}
