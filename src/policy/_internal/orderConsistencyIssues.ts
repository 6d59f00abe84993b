import type { RuleIssue } from '../../errors/RuleError.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { OrderRules } from '../orderTypes.ts';

/** The instant of `value` in ms, or `undefined` after an issue at `path` (an impossible date). */
function instantAt(value: string, path: string, issues: RuleIssue[]): number | undefined {
  try {
    return parseInstant(value, path);
  } catch {
    issues.push(issueOf(path, 'expected a valid instant'));
    return undefined;
  }
}

/**
 * What an `orders` section of the right shape can still get wrong (ORD-2, POL-1): a constraint
 * naming an offer `products` does not list, `min` above `max`, a constraint id twice, an item
 * twice in one list, a product ID (in any case) naming two offers, an instant that is no date, or
 * an `effectiveUntil` not after `effectiveFrom`.
 *
 * @param orders - The section, of the right shape.
 * @param path - Its dot path (`orders`).
 * @returns Every issue, in a fixed order.
 */
export function orderConsistencyIssues(orders: OrderRules, path: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const unique = (items: readonly string[], at: string): void => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item))
        issues.push(issueOf(at, '{item} is listed twice', { item: JSON.stringify(item) }));
      seen.add(item);
    }
  };
  const ids = new Map<string, string>();
  for (const [key, product] of Object.entries(orders.products)) {
    unique(product.productIds, `${path}.products.${key}.productIds`);
    for (const id of product.productIds) {
      const other = ids.get(id.toLowerCase());
      if (other !== undefined && other !== key)
        issues.push(
          issueOf(`${path}.products.${key}.productIds`, '{item} also names {other}', {
            item: JSON.stringify(id),
            other,
          }),
        );
      ids.set(id.toLowerCase(), key);
    }
  }
  const known = (list: readonly string[] | undefined, at: string): void => {
    if (list === undefined) return;
    unique(list, at);
    list.forEach((offer, i) => {
      if (!Object.hasOwn(orders.products, offer))
        issues.push(issueOf(`${at}.${i}`, 'expected an offer of orders.products'));
    });
  };
  const seen = new Set<string>();
  orders.constraints.forEach((c, i) => {
    const at = `${path}.constraints.${i}`;
    if (seen.has(c.id))
      issues.push(issueOf(`${at}.id`, '{item} is listed twice', { item: JSON.stringify(c.id) }));
    seen.add(c.id);
    const from =
      c.effectiveFrom === null
        ? undefined
        : instantAt(c.effectiveFrom, `${at}.effectiveFrom`, issues);
    if (c.effectiveUntil !== undefined) {
      const until = instantAt(c.effectiveUntil, `${at}.effectiveUntil`, issues);
      if (until !== undefined && from !== undefined && until <= from)
        issues.push(issueOf(`${at}.effectiveUntil`, 'expected an instant after effectiveFrom'));
    }
    if (c.kind === 'trial') known(c.excludeOffers, `${at}.excludeOffers`);
    else known(c.offers, `${at}.offers`);
    if (c.kind === 'add-on') known(c.baseOffers, `${at}.baseOffers`);
    if (c.kind === 'quantity') {
      if (c.terms !== undefined) unique(c.terms, `${at}.terms`);
      if (c.min !== undefined && c.max !== undefined && c.min > c.max)
        issues.push(issueOf(`${at}.min`, 'expected at most max ({max})', { max: c.max }));
    }
    if (c.kind === 'terms') unique(c.terms, `${at}.terms`);
    if (c.kind === 'billing') unique(c.billingFrequencies, `${at}.billingFrequencies`);
    if (
      c.kind === 'add-on' &&
      c.minPercentOfBase !== undefined &&
      c.maxPercentOfBase !== undefined &&
      c.minPercentOfBase > c.maxPercentOfBase
    )
      issues.push(
        issueOf(`${at}.minPercentOfBase`, 'expected at most maxPercentOfBase ({max})', {
          max: c.maxPercentOfBase,
        }),
      );
  });
  return issues;
}
