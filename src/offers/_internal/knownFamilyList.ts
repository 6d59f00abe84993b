import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
import type { Policy } from '../../policy/types.ts';
import { PRODUCT_FAMILIES } from '../../policy/vocabulary/productFamilies.ts';
import { unavailableList } from './unavailableList.ts';

/**
 * The markets `policy` lists `family` as unavailable in, for a family asked about by name: one the
 * built-in policies know, or one `policy` lists. Any other name — a typo such as
 * `azure-reservation` — is an error rather than "available everywhere", so a misspelt family can
 * never fail open.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` (path `family`) for a family neither knows.
 */
export function knownFamilyList(family: unknown, policy: Policy): readonly MarketCode[] {
  const list = unavailableList(family, 'family', policy);
  if (
    list.length === 0 &&
    !(PRODUCT_FAMILIES as readonly unknown[]).includes(family) &&
    !Object.hasOwn(policy.unavailableMarkets, family as string)
  ) {
    const known = [...new Set([...PRODUCT_FAMILIES, ...Object.keys(policy.unavailableMarkets)])];
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'family',
      'expected a product family the policy knows ({families})',
      family,
      known.join(', '),
    );
  }
  return list;
}
