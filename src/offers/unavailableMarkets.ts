import type { MarketCode } from '../markets/MarketCode.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { ProductFamily } from '../policy/types.ts';
import { knownFamilyList } from './_internal/knownFamilyList.ts';

/**
 * The markets where a product family cannot be sold (MKT-3): for Azure reservations, the 109
 * Partner Center codes of the tables in `002` and `003` (the same list in both); for a family the
 * policy does not list, none.
 *
 * Decided: the result is a new array, in the policy's order (the catalog's is alphabetical by
 * code), so a caller may sort or extend it without touching the policy.
 *
 * @param family - The product family, e.g. `'azure-reservations'`.
 * @param options - `{ policy }`; by default the newest catalog policy (POL-2).
 * @returns The market codes, possibly none.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a `family` that is not a non-empty string or a
 *   malformed policy.
 * @example
 * ```ts
 * import { unavailableMarkets } from 'subscription-rules';
 * unavailableMarkets('azure-reservations').length;
 * //=> 109
 * unavailableMarkets('azure-reservations').includes('XS');
 * //=> true
 * unavailableMarkets('office-365');
 * //=> []
 * ```
 * @category Markets
 */
export function unavailableMarkets(family: ProductFamily): MarketCode[];
export function unavailableMarkets(
  family: ProductFamily | (string & {}),
  options: PolicyOptions,
): MarketCode[];
export function unavailableMarkets(
  family: ProductFamily | (string & {}),
  options?: PolicyOptions,
): MarketCode[] {
  return [...knownFamilyList(family, resolvePolicy(options))];
}
