import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { MarketCode } from '../markets/MarketCode.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import type { ProductFamily } from '../policy/types.ts';
import { knownFamilyList } from './_internal/knownFamilyList.ts';

/**
 * The markets where a product family cannot be sold (MKT-3): for Azure reservations, the 109
 * Partner Center codes of the tables in `002` and `003` (the same list in both). A family neither
 * the built-in policies nor a `{ policy }` of your own know is an error, so a misspelt family never
 * reads as "sold everywhere".
 *
 * Decided: the result is a new array, in the policy's order (the catalog's is alphabetical by
 * code), so a caller may sort or extend it without touching the policy.
 *
 * @param family - The product family, e.g. `'azure-reservations'`.
 * @returns The market codes, possibly none.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a `family` no policy knows, or that is not a
 *   non-empty string.
 * @example
 * ```ts
 * import { unavailableMarkets } from 'subscription-rules';
 * unavailableMarkets('azure-reservations').length;
 * //=> 109
 * unavailableMarkets('azure-reservations').includes('XS');
 * //=> true
 * ```
 * @category Markets
 */
export function unavailableMarkets(family: ProductFamily): MarketCode[];
/**
 * The markets where a product family cannot be sold, by a policy of your own (MKT-3, POL-1): any
 * family that policy lists is accepted besides the built-in ones.
 *
 * @param family - The product family.
 * @param options - `{ policy }`: the policy to decide by.
 * @returns The market codes, possibly none.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a family neither the built-in policies nor the
 *   policy know, or a malformed policy (an entry of the list that is not a market code, at
 *   `options.policy.unavailableMarkets.<family>.<index>`).
 * @category Markets
 */
export function unavailableMarkets(
  family: ProductFamily | (string & {}),
  options: PolicyOptions,
): MarketCode[];
export function unavailableMarkets(
  family: ProductFamily | (string & {}),
  options?: PolicyOptions,
): MarketCode[] {
  const list = knownFamilyList(family, resolvePolicy(options));
  const copy: MarketCode[] = [];
  // the list is returned as it stands, so each entry is checked: a policy of one's own may hold
  // anything, and a market code that is not one must not pass as one
  for (let i = 0; i < list.length; i++) {
    const code: unknown = list[i];
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `options.policy.unavailableMarkets.${String(family)}.${i}`,
        'expected a market code of two capital letters',
        code,
      );
    copy.push(code as MarketCode);
  }
  return copy;
}
