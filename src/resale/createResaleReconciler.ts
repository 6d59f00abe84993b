import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { finishResale } from './_internal/finishResale.ts';
import { type HeaderCache, observeBilledRow, observeCostRow } from './_internal/observeRows.ts';
import { emptyState, mergeStates, type ResaleState } from './_internal/ResaleState.ts';
import { type ResaleSetup, readResaleSetup } from './_internal/readResaleInputs.ts';
import { readSeats } from './_internal/readSeats.ts';
import type { ResaleMap, ResaleOptions, ResaleReconciler, ResaleTenantSeats } from './types.ts';

/** Each reconciler's state and setup, for `merge`. */
const states = new WeakMap<object, { state: ResaleState; setup: ResaleSetup; seats: unknown }>();

function rowNumberOf(value: unknown, next: number, path: string): number {
  if (value === undefined) return next;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a data row number from 1', value);
  return value;
}

function requireRow(row: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    fail(
      row === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a row of cells keyed by column',
      row,
    );
  return row as Readonly<Record<string, unknown>>;
}

function reconcilerOf(
  state: ResaleState,
  setup: ResaleSetup,
  seatsValue: unknown,
): ResaleReconciler {
  const { seats, issues } = readSeats(seatsValue, setup);
  const costHeaders: HeaderCache = new Map();
  const billedHeaders: HeaderCache = new Map();
  let costRow = 0;
  let billedRow = 0;
  const reconciler: ResaleReconciler = {
    observeCost(row, rowNumber) {
      costRow = rowNumberOf(rowNumber, costRow + 1, 'rowNumber');
      observeCostRow(state, setup, costHeaders, requireRow(row, 'row'), costRow + 1);
    },
    observeBilled(row, rowNumber) {
      billedRow = rowNumberOf(rowNumber, billedRow + 1, 'rowNumber');
      observeBilledRow(state, setup, billedHeaders, requireRow(row, 'row'), billedRow + 1);
    },
    merge(other) {
      const held = states.get(other as object);
      if (held === undefined)
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'other',
          'expected a reconciler made by createResaleReconciler',
          other,
        );
      return reconcilerOf(mergeStates(state, held.state), setup, seatsValue);
    },
    finish() {
      return finishResale(state, setup, seats, issues);
    },
  };
  states.set(reconciler, { state, setup, seats: seatsValue });
  return reconciler;
}

/**
 * The streaming resale check (RSL-8): rows of the reconciliation file and of the billed export
 * observed one at a time, in any order, from any number of reconcilers merged, then finished once.
 * Its state is one entry per customer × key × month and side (plus each subscription's keyed
 * lines and the few lines that wait for them, RSL-3), so a distributor's month fits.
 *
 * - `observeCost(row, rowNumber?)`, `observeBilled(row, rowNumber?)`: a row keyed by the file's own
 *   column names; `rowNumber` is its data row (1 = the first after the header; the sheet row is one
 *   more) and defaults to the one after the last observed on that side. A file split in two passes
 *   its own numbers, so findings name the rows of the whole file.
 * - `merge(other)`: a new reconciler holding both, neither changed; associative and commutative,
 *   so files split by customer, month or row give the whole's result. Both must be made with the
 *   same map, seats and options (this one's are kept).
 * - `finish()`: {@link reconcileResale}'s result; it can observe and finish again after.
 *
 * Decided: row numbers are the caller's; rows are never kept, only what they add up to.
 *
 * @param input - `{ map, seats?, options? }` as {@link reconcileResale} takes them.
 * @returns The reconciler.
 * @throws `RuleError` as {@link reconcileResale} does; `INVALID_ARGUMENT` at `row` for a row that is
 *   not an object, at `rowNumber` for one that is not a positive integer, at `other` for a merge
 *   with something else.
 * @example
 * ```ts
 * import { createResaleReconciler, exampleMaps } from 'subscription-rules/resale';
 * const map = { billed: exampleMaps.xero, products: [
 *   { code: 'BP-P1Y-M', productId: 'CFQ7TTC0LCHC', skuId: '0002', term: 'P1Y', billing: 'monthly' },
 * ] } as const;
 * const east = createResaleReconciler({ map });
 * east.observeCost({ CustomerId: 'c1', CustomerName: 'Contoso', ProductId: 'CFQ7TTC0LCHC', SkuId: '0002',
 *   ChargeType: 'cycleCharge', ChargeStartDate: '2026-11-01', ChargeEndDate: '2026-11-30',
 *   BillableQuantity: '12', Subtotal: '264.00', Currency: 'USD',
 *   TermAndBillingCycle: 'Annual term, Monthly billing' });
 * const west = createResaleReconciler({ map });
 * west.observeBilled({ ContactName: 'Contoso', InventoryItemCode: 'BP-P1Y-M', Quantity: '10',
 *   UnitAmount: '26.00', LineAmount: '260.00', Currency: 'USD', InvoiceDate: '01/11/2026' });
 * east.merge(west).finish().findings.map((f) => [f.kind, f.atStake.amount]);
 * //=> [['unbilled-seats', 5200]]
 * ```
 * @category Resale
 */
export function createResaleReconciler(input: {
  readonly map: ResaleMap;
  readonly seats?: readonly ResaleTenantSeats[];
  readonly options?: ResaleOptions;
}): ResaleReconciler {
  if (typeof input !== 'object' || input === null)
    fail(
      input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'input',
      'expected { map, seats?, options? }',
      input,
    );
  const setup = readResaleSetup(input.map, input.options);
  return reconcilerOf(emptyState(), setup, input.seats);
}
