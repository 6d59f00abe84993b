import { hasCredit, lineContext } from './_internal/LineContext.ts';
import type { UsageLine } from './types.ts';

/**
 * Whether a daily usage line is paid by an Azure credit (USG-5), as the reconciler judges it
 * for its `credit-applied` notes and the money the credits used: a `CreditPercentage` above 0,
 * or a `CreditType` naming a credit applied. `Credit Not Applied`, an empty cell, and Partner
 * Earned Credit's own type are no credit.
 *
 * Where the file gives neither column, the line is not credited. A view drawing a day "paid by
 * credit" asks this of each of its lines, so it never tells a day otherwise than the findings do.
 *
 * @param line - A line read by `readUsageLine` (its `creditPercentage` and `creditType` are read;
 *   the other fields are checked as every usage function checks them).
 * @returns `true` when an Azure credit pays the line.
 * @throws `RuleError` naming `line.<field>` for a field that is not what a usage line holds.
 * @example
 * ```ts
 * import { isCreditedUsageLine, readUsageLine } from 'subscription-rules/usage';
 * const row = {
 *   UsageDate: '2026-11-05', ProductId: 'DZH318Z0BQ3Q', SkuId: '0001', SubscriptionId: 's-1',
 *   Quantity: '30', EffectiveUnitPrice: '0', PCToBCExchangeRate: '1',
 *   BillingPreTaxTotal: '0', BillingCurrency: 'USD', CreditType: 'Credit Not Applied',
 * };
 * const read = readUsageLine(row);
 * read.ok && isCreditedUsageLine(read.line);
 * //=> false
 * const credited = readUsageLine({ ...row, CreditType: 'Azure Credit Applied' });
 * credited.ok && isCreditedUsageLine(credited.line);
 * //=> true
 * ```
 * @category Usage
 */
export function isCreditedUsageLine(line: UsageLine): boolean {
  return hasCredit(lineContext(line));
}
