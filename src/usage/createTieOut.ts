import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { createTieOut as createLineTieOut } from '../invoices/createTieOut.ts';
import { fail } from '../kernel/fail.ts';
import { jsonLineRow } from '../kernel/jsonLineRow.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { type Beside, mayBeUsage, parts } from './_internal/tieOutParts.ts';
import { usageBeside } from './_internal/usageBeside.ts';
import { createUsageReconciler } from './createUsageReconciler.ts';
import type { UsageTieOut, UsageTieOutConstraints } from './tieOutTypes.ts';

/**
 * A tie-out fed a row at a time (INV-3), for a file of any length: `observe(row)` adds one
 * reconciliation row to its (invoice number, currency), `merge(other)` adds what another tie-out
 * observed (a worker's share: any split merges into what one pass holds, associative and
 * commutative), `finish(invoices)` ties out as `tieOut` does. The state is one entry per (invoice
 * number, currency), and the rows' numbers unless `keepRows` is `false`. With `usage: true`,
 * `observeUsage(line)` adds a daily usage line (as `readUsageLine` reads it) to a usage reconciler
 * (one entry per group), the reconciliation rows that may be usage lines are kept (those with a
 * meter, `customerCredit` lines, and every row of a file without meter columns — never the
 * licence-based and one-time lines of a file that has them), and `finish` sets beside each result
 * the days against its usage lines (USG-4) — never in its residual.
 *
 * @param constraints - `keepRows` (default `true`); `usage` (default `false`); `at`, the instant
 *   the usage file was fetched (USG-6).
 * @returns The tie-out.
 * @throws `RuleError` `INVALID_ARGUMENT` for a `keepRows` or `usage` that is no boolean, a bad
 *   `constraints.at`; `observeUsage` without `usage: true`; `merge` of something no
 *   `createTieOut` made, or made with usage where this one has none (or the other way); `finish`
 *   as `tieOut`.
 * @example
 * ```ts
 * import { createTieOut, readUsageLine } from 'subscription-rules/usage';
 * const row = { InvoiceNumber: 'G000000001', Currency: 'USD', SubscriptionId: 'plan-1',
 *   ProductId: 'DZH318Z0BQ3Q', SkuId: '0001', AvailabilityId: 'A1', MeterDescription: 'Bandwidth',
 *   EffectiveUnitPrice: '0.085', BillableQuantity: '28.2', Subtotal: '2.39', TaxTotal: '0', Total: '2.39' };
 * const day = (UsageDate: string) => ({ InvoiceNumber: 'G000000001', UsageDate,
 *   ProductId: 'DZH318Z0BQ3Q', SkuId: '0001', AvailabilityId: 'A1', SubscriptionId: 'plan-1',
 *   Quantity: '9.4', EffectiveUnitPrice: '0.085', PCToBCExchangeRate: '1',
 *   BillingPreTaxTotal: '0.79', BillingCurrency: 'USD' });
 * const a = createTieOut({ usage: true });
 * const b = createTieOut({ usage: true });
 * a.observe(row);
 * a.observeUsage(readUsageLine(day('2026-11-01'), 1));
 * b.observeUsage(readUsageLine(day('2026-11-02'), 2));
 * b.observeUsage(readUsageLine(day('2026-11-03'), 3));
 * a.merge(b);
 * const [result] = a.finish([{ id: 'G000000001', invoiceDate: '2026-12-08T00:00:00Z',
 *   totalCharges: 2.39, currencyCode: 'USD', documentType: 'invoice' }]).results;
 * [result?.outcome, result?.usage?.matched, result?.usage?.rounding];
 * //=> ['tied', 1, { amount: 2, currency: 'USD' }]
 * ```
 * @category Invoices
 * @see INV-3
 */
export function createTieOut(constraints?: UsageTieOutConstraints): UsageTieOut {
  const withUsage = constraints?.usage ?? false;
  if (typeof withUsage !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'constraints.usage', 'expected a boolean', withUsage);
  const lines = createLineTieOut(
    constraints?.keepRows === undefined ? undefined : { keepRows: constraints.keepRows },
  );
  const at = constraints?.at;
  if (at !== undefined) parseInstant(at, 'constraints.at');
  const mine: Beside = {
    lines,
    usage: withUsage ? createUsageReconciler(at === undefined ? undefined : { at }) : null,
    at,
    rows: new Map(),
    last: 0,
  };
  const tie: UsageTieOut = {
    observe(row, number) {
      lines.observe(row, number);
      const at = number ?? mine.last + 1;
      if (at > mine.last) mine.last = at;
      if (mine.usage !== null) {
        // a line of the export is its object of cells first, then judged as a CSV row is
        const record = jsonLineRow(row) as Readonly<Record<string, unknown>> | null | undefined;
        if (typeof record === 'object' && record !== null && mayBeUsage(record))
          mine.rows.set(at, record);
      }
    },
    observeUsage(line) {
      if (mine.usage === null)
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'constraints.usage',
          'expected usage: true to observe daily usage',
          false,
        );
      mine.usage.observe(line);
    },
    merge(other) {
      const from = parts.get(other);
      if (from === undefined || (from.usage === null) !== (mine.usage === null))
        fail(RuleErrorCode.INVALID_ARGUMENT, 'other', 'expected a tie-out of createTieOut', other);
      lines.merge(from.lines);
      mine.last = Math.max(mine.last, from.last);
      if (from === mine || mine.usage === null || from.usage === null) return;
      mine.usage.merge(from.usage);
      for (const [number, row] of from.rows) mine.rows.set(number, row);
    },
    finish(invoices, options) {
      const tied = lines.finish(invoices, options);
      if (mine.usage === null) return tied;
      const usage = createUsageReconciler({
        ...(mine.at === undefined ? {} : { at: mine.at }),
        ...(options?.locale === undefined ? {} : { locale: options.locale }),
      });
      usage.merge(mine.usage);
      const rows = [...mine.rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
      return usageBeside(tied, usage.finish(rows));
    },
  };
  parts.set(tie, mine);
  return tie;
}
