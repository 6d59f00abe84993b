import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
import type { Policy } from '../../policy/types.ts';

const NONE: readonly MarketCode[] = [];

/**
 * The markets a policy lists a product family as unavailable in (MKT-3), or none for a family
 * the policy does not list. Reads own keys only, so a family named `constructor` is an unlisted
 * family, not `Object`'s constructor; a cheap guard, not {@link definePolicy}'s full validation.
 *
 * @param family - The product family, e.g. `azure-reservations`.
 * @param familyPath - The dot path of `family`, for the error.
 * @param policy - The policy to read.
 * @returns The listed market codes (the policy's own array: do not write to it).
 * @throws {@link RuleError} `INVALID_ARGUMENT` when `family` is not a non-empty string, or the
 *   policy's `unavailableMarkets` is not an object of arrays.
 */
export function unavailableList(
  family: unknown,
  familyPath: string,
  policy: Policy,
): readonly MarketCode[] {
  if (typeof family !== 'string' || family === '') {
    if (family === undefined)
      fail(RuleErrorCode.MISSING_FIELD, familyPath, 'expected a product family', family);
    fail(RuleErrorCode.INVALID_ARGUMENT, familyPath, 'expected a product family', family);
  }
  const table: unknown = policy.unavailableMarkets;
  if (typeof table !== 'object' || table === null) {
    const path = 'options.policy.unavailableMarkets';
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object of market lists', table);
  }
  if (!Object.hasOwn(table, family)) return NONE;
  const list: unknown = (table as Readonly<Record<string, unknown>>)[family];
  if (!Array.isArray(list)) {
    const path = `options.policy.unavailableMarkets.${family}`;
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a list of market codes', list);
  }
  return list as readonly MarketCode[];
}
