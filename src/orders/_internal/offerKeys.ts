import type { OrderRules } from '../../policy/orderTypes.ts';

/**
 * How the offers of a policy's order rules are found by name (ORD-1): a catalog key as it is, a
 * product ID in any case, or Partner Center's `offerId` by its product ID (the part before `:`).
 *
 * @param rules - The policy's `orders`.
 * @returns The key a name resolves to, or `undefined` for an offer the policy does not list.
 */
export function offerKeys(rules: OrderRules): (name: string | undefined) => string | undefined {
  const byProductId = new Map<string, string>();
  for (const [key, product] of Object.entries(rules.products))
    for (const id of product.productIds) byProductId.set(id.toLowerCase(), key);
  return (name) => {
    if (name === undefined) return undefined;
    if (Object.hasOwn(rules.products, name)) return name;
    const lower = name.toLowerCase();
    return byProductId.get(lower) ?? byProductId.get(lower.split(':')[0] as string);
  };
}
