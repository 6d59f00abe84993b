import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { finishUsage } from './_internal/finishUsage.ts';
import { observeInput } from './_internal/observeInput.ts';
import { readUsageOptions } from './_internal/readUsageOptions.ts';
import { bindState, stateOf } from './_internal/reconcilerStates.ts';
import { emptyState, mergeState } from './_internal/UsageState.ts';
import type { UsageReconcileResult, UsageReconciler } from './resultTypes.ts';
import type { UsageLine, UsageReadResult, UsageReconcileOptions } from './types.ts';

/**
 * A streaming usage reconciliation (USG-6): `observe` each line of the daily rated usage file as
 * `readUsageLine` reads it, `merge` the reconcilers of other shards (split by `SubscriptionId`, or
 * any other way), and `finish` against the invoice file's rows. The state is one entry per invoice
 * key and EffectiveUnitPrice (all its days in one), per Azure subscription, meter and day for PEC, and per
 * Azure subscription, meter, printed and expected price and month for lines billed otherwise —
 * never one per line — and `merge` is associative and commutative: any split of the lines, merged in any
 * order, finishes to the same result as one pass. `finish(reconRows)` takes the rows of every
 * invoice file of the month at once, as `reconcileUsage` does. It reads no clock.
 *
 * @param options - As `reconcileUsage` takes them, `at` (when the file was fetched: a day within
 *   24 hours of it is provisional) included; reconcilers merged together take the same.
 * @returns `{ observe, merge, finish }`.
 * @throws `RuleError` for bad options (naming `options.<field>`); `observe` for a line that
 *   is not one `readUsageLine` reads (naming `line.<field>`), `merge` for another object.
 * @example
 * ```ts
 * import { createUsageReconciler, readUsageLine } from 'subscription-rules/usage';
 * const day = (date: string, pec: string, billed: string) => ({
 *   UsageDate: date, ProductId: 'DZH318Z0BQ3Q', SkuId: '0001', SubscriptionId: 's-1',
 *   EntitlementId: 'azure-1', MeterId: 'vm-d2s', MeterName: 'D2s v5', PublisherName: 'Microsoft',
 *   Quantity: '24', UnitPrice: '0.20', EffectiveUnitPrice: pec === '15' ? '0.17' : '0.20',
 *   PCToBCExchangeRate: '1', BillingPreTaxTotal: billed, BillingCurrency: 'USD',
 *   PartnerEarnedCreditPercentage: pec,
 * });
 * const a = createUsageReconciler();
 * const b = createUsageReconciler();
 * a.observe(readUsageLine(day('2026-11-29', '15', '4.08'), 1));
 * b.observe(readUsageLine(day('2026-11-30', '0', '4.80'), 2));
 * a.merge(b);
 * const { pec } = a.finish();
 * [pec.notEarned[0]?.days, pec.notEarned[0]?.atStake, pec.notEarned[0]?.remedy.when];
 * //=> [['2026-11-30'], { amount: 72, currency: 'USD' }, 'now']
 * ```
 * @category Usage
 */
export function createUsageReconciler(options?: UsageReconcileOptions): UsageReconciler {
  const read = readUsageOptions(options);
  const state = emptyState();
  const reconciler: UsageReconciler = {
    observe(input: UsageLine | UsageReadResult): void {
      observeInput(state, read, input);
    },
    merge(other: UsageReconciler): void {
      const from = stateOf(other);
      if (from === undefined)
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'other',
          'expected a reconciler made by createUsageReconciler',
          other,
        );
      if (from === state) return;
      mergeState(state, from);
    },
    finish(reconRows?: readonly object[] | null): UsageReconcileResult {
      if (reconRows !== undefined && reconRows !== null && !Array.isArray(reconRows))
        fail(RuleErrorCode.INVALID_ARGUMENT, 'reconRows', 'expected a list', reconRows);
      return finishUsage(state, read, reconRows ?? null);
    },
  };
  bindState(reconciler, state);
  return reconciler;
}
