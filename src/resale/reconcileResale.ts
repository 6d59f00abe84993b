import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { createResaleReconciler } from './createResaleReconciler.ts';
import type { ResaleInput, ResaleResult } from './types.ts';

function rowsOf(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a list of rows',
      value,
    );
  return value;
}

/**
 * What each customer is billed against what it costs (RSL-1 … RSL-8): the reconciliation file (the
 * cost), the partner's PSA or accounting export (what was billed, read through `map.billed`) and,
 * optionally, Graph's assigned seats, lined up per customer and month by customer × ProductId ×
 * SkuId × term × billing.
 *
 * - **Months**: a line's months are those whose last day lies in its period, its money spread
 *   evenly over them; seats are those in force on each month's last day, the one day both calendars
 *   share (a Partner Center cycle starts on the purchase day, a PSA's on the 1st).
 * - **Findings** (money a month, in the customer's billed currency, and who acts — always the
 *   partner): `term-mismatch` (seats bought on one term and billed on another), `unbilled-seats`,
 *   `ghost` (billed, never bought), `over-billed`, `unused-seats` (with `seats`),
 *   `price-not-passed-on` (a renewal, an Extended Service Term month or a price change the
 *   customer's price did not follow), `credit-not-passed-back`, `margin-below-floor`
 *   (`options.marginFloor`).
 * - **Per customer and month**: cost, billed, margin and margin % (on the selling price).
 *
 * Money is exact until the one rounding each rule names (half away from zero, the currency's minor
 * unit). A row that cannot be read is an issue naming its row and column; it is never dropped and
 * never thrown.
 *
 * Decided where the rules are silent: a positive line of another charge type (`addQuantity`,
 * `convert`) holds seats but never sets a price; a customer-month billed nothing gets no margin %
 * and no floor finding; a tenant's seats are matched by `map.products[].graphSkuId` only.
 *
 * @param input - `{ cost, billed, map, seats?, options? }`: the rows of both files keyed by their
 *   own column names (a CSV parser with headers gives them), the maps, Graph's seats, and
 *   `{ period?, marginFloor?, fx?, locale? }`.
 * @returns `{ findings, customers, issues, notes, summary }`.
 * @throws `RuleError` naming the field at fault: `INVALID_ARGUMENT`/`MISSING_FIELD` for `map`,
 *   `map.billed`, `map.products` and their fields, `cost`, `billed` and `seats` not lists,
 *   `options.period` not `YYYY-MM`, `options.marginFloor` not a percentage, `options.fx.<i>.rate`
 *   not positive; `UNKNOWN_CURRENCY` for a currency code of the map or a rate.
 * @example
 * ```ts
 * import { reconcileResale } from 'subscription-rules/resale';
 * const result = reconcileResale({
 *   cost: [{ CustomerId: 'c1', CustomerName: 'Contoso', ProductId: 'CFQ7TTC0LCHC', SkuId: '0002',
 *     ChargeType: 'cycleCharge', ChargeStartDate: '2026-11-01', ChargeEndDate: '2026-11-30',
 *     BillableQuantity: '12', Subtotal: '264.00', Currency: 'USD',
 *     TermAndBillingCycle: 'Annual term, Monthly billing' }],
 *   billed: [{ Customer: 'Contoso', Item: 'BP', Qty: '10', Amount: '260.00', Date: '2026-11-01' }],
 *   map: {
 *     billed: { customer: 'Customer', product: 'Item', quantity: 'Qty', amount: 'Amount',
 *       date: 'Date', defaultCurrency: 'USD' },
 *     products: [{ code: 'BP', productId: 'CFQ7TTC0LCHC', skuId: '0002', term: 'P1Y', billing: 'monthly' }],
 *   },
 * });
 * result.findings[0]?.message;
 * //=> '2 seats of CFQ7TTC0LCHC/0002 (P1Y monthly) paid to Microsoft, not billed to Contoso in 2026-11: 52.00 USD a month'
 * result.customers[0]?.marginPercent;
 * //=> '-1.54'
 * ```
 * @category Resale
 */
export function reconcileResale(input: ResaleInput): ResaleResult {
  if (typeof input !== 'object' || input === null)
    fail(
      input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'input',
      'expected { cost, billed, map, seats?, options? }',
      input,
    );
  const cost = rowsOf(input.cost, 'cost');
  const billed = rowsOf(input.billed, 'billed');
  const reconciler = createResaleReconciler({
    map: input.map,
    ...(input.seats === undefined ? {} : { seats: input.seats }),
    ...(input.options === undefined ? {} : { options: input.options }),
  });
  cost.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `cost.${index}`,
        'expected a row of cells keyed by column',
        row,
      );
    reconciler.observeCost(row as Readonly<Record<string, unknown>>, index + 1);
  });
  billed.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `billed.${index}`,
        'expected a row of cells keyed by column',
        row,
      );
    reconciler.observeBilled(row as Readonly<Record<string, unknown>>, index + 1);
  });
  return reconciler.finish();
}
