import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { createUsageReconciler } from './createUsageReconciler.ts';
import { readUsageLine } from './readUsageLine.ts';
import type { UsageReconcileResult } from './resultTypes.ts';
import type { UsageReconcileOptions } from './types.ts';

/**
 * Reconciles an Azure plan's daily rated usage file (USG-2 … USG-6): each line's arithmetic and
 * EffectiveUnitPrice, judged at the rule's price and one finding per Azure subscription, meter,
 * printed and expected price and month (its days listed, its money summed — `minAtStake` judges
 * the sum); Partner Earned Credit day by day — a day an eligible meter went without it
 * (`pec-not-earned`, with what it would have saved and the remedy: restore admin access on that
 * Azure subscription), PEC on a meter that earns none (`pec-on-excluded-meter`: Spot, Third Party,
 * marketplace), PEC at another rate; Azure credit used; and, given the invoice file's rows, the
 * days against its usage lines by `(InvoiceNumber, SubscriptionId, ProductId, SkuId,
 * AvailabilityId, Currency)`: an invoice line other than the Subtotal the rules give is different
 * whatever the band; one equal to it, with the days' sum inside the derived rounding band, matched
 * with its rounding. A finding with no money at stake on any of its lines is a
 * `no-money-at-stake` note. Rows are read by `readUsageLine`; a row that cannot be read is an issue, never thrown.
 *
 * @param usageRows - The usage file's rows: CSV rows (objects keyed by its header) or JSON lines'
 *   text, numbered from 1 in this order.
 * @param reconRows - The rows of the New Commerce invoice reconciliation files, of any number of
 *   invoices (Partner Center writes one file per invoice: give the rows of every file at once).
 *   Daily lines of an invoice none of whose rows is given are not compared — no finding, no money
 *   at stake — and are counted per invoice in `summary.otherInvoices`; only a key of a given
 *   invoice without a line there is `missing`. `null` or omitted: the invoice is not checked (the
 *   summary says so); `[]` is an empty file, of no invoice.
 * @param options - `prices` (the Azure price list's rows), `pecRate` (default `'15'`), `period`
 *   (`YYYY-MM`), `minAtStake`, `locale`, and `at`: the instant the file was fetched (time as data,
 *   no clock is read). Daily usage lags up to 24 hours, so a PEC finding or credit on a day whose
 *   end + 24 h is later than `at` is `provisional` (until that instant; equal is final), and a
 *   line dated on a day starting at or after `at` is an issue `USAGE_AFTER_AT`.
 * @returns `{ matched, missing, unexpected, different, issues, notes, pec, credits, late, atStake,
 *   customers, summary }`, every amount `Money`.
 * @throws `RuleError` for a list that is not one, or bad options (`INVALID_INSTANT` naming
 *   `options.at`).
 * @example
 * ```ts
 * import { reconcileUsage } from 'subscription-rules/usage';
 * const day = (date: string) => ({
 *   InvoiceNumber: 'G000000001', UsageDate: date, ProductId: 'DZH318Z0BQ3Q', SkuId: '0001',
 *   AvailabilityId: 'A1', SubscriptionId: 's-1', Quantity: '9.4', UnitPrice: '0.10',
 *   EffectiveUnitPrice: '0.085', PCToBCExchangeRate: '1', BillingPreTaxTotal: '0.79',
 *   BillingCurrency: 'USD', PartnerEarnedCreditPercentage: '15',
 * });
 * const invoice = [{
 *   InvoiceNumber: 'G000000001', SubscriptionId: 's-1', ProductId: 'DZH318Z0BQ3Q', SkuId: '0001',
 *   AvailabilityId: 'A1', MeterDescription: 'Bandwidth', EffectiveUnitPrice: '0.085',
 *   BillableQuantity: '28.2', Subtotal: '2.39', Currency: 'USD',
 * }];
 * const result = reconcileUsage([day('2026-11-01'), day('2026-11-02'), day('2026-11-03')], invoice);
 * [result.matched[0]?.rounding, result.matched[0]?.band.low, result.different.length];
 * //=> [{ amount: 2, currency: 'USD' }, { amount: -1, currency: 'USD' }, 0]
 * ```
 * @category Usage
 */
export function reconcileUsage(
  usageRows: readonly unknown[],
  reconRows?: readonly object[] | null,
  options?: UsageReconcileOptions,
): UsageReconcileResult {
  if (!Array.isArray(usageRows))
    fail(
      usageRows === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'usageRows',
      'expected a list',
      usageRows,
    );
  const reconciler = createUsageReconciler(options);
  usageRows.forEach((row: unknown, index) => {
    reconciler.observe(readUsageLine(row, index + 1));
  });
  return reconciler.finish(reconRows ?? null);
}
