import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { finishTieOut } from './_internal/finishTieOut.ts';
import { TieOutState } from './_internal/TieOutState.ts';
import type { TieOut, TieOutConstraints } from './types.ts';

/** Each tie-out's state, out of its callers' reach: `merge` takes another's from here. */
const states = new WeakMap<TieOut, TieOutState>();

/**
 * A tie-out fed a row at a time (INV-3), for a file of any length: `observe(row)` adds one
 * reconciliation row to its (invoice number, currency), `merge(other)` adds what another tie-out
 * observed (a worker's share: any split merges into what one pass holds), `finish(invoices)` ties
 * out as `tieOut` does. The state is one entry per (invoice number, currency), and the rows'
 * numbers unless `keepRows` is `false`.
 *
 * @param constraints - `keepRows` (default `true`).
 * @returns The tie-out.
 * @throws `RuleError` `INVALID_ARGUMENT` for a `keepRows` that is no boolean; `merge` of
 *   something no `createTieOut` made; `finish` as `tieOut`.
 * @example
 * ```ts
 * import { createTieOut } from 'subscription-rules/usage';
 * const a = createTieOut();
 * const b = createTieOut();
 * a.observe({ InvoiceNumber: 'G000000001', Currency: 'JPY', Subtotal: '200.4', TaxTotal: '0', Total: '200.4' });
 * b.observe({ InvoiceNumber: 'G000000001', Currency: 'JPY', Subtotal: '300.4', TaxTotal: '0', Total: '300.4' }, 2);
 * b.observe({ InvoiceNumber: 'G000000001', Currency: 'JPY', Subtotal: '400.4', TaxTotal: '0', Total: '400.4' }, 3);
 * a.merge(b);
 * const [result] = a.finish([{ id: 'G000000001', invoiceDate: '2026-11-08T00:00:00Z',
 *   totalCharges: 900, currencyCode: 'JPY', documentType: 'invoice' }]).results;
 * [result?.total, result?.residual, result?.outcome];
 * //=> [{ exact: '901.2', currency: 'JPY' }, { exact: '-1.2', currency: 'JPY' }, 'rounding']
 * ```
 * @category Invoices
 * @see INV-3
 */
export function createTieOut(constraints?: TieOutConstraints): TieOut {
  const keepRows = constraints?.keepRows ?? true;
  if (typeof keepRows !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'constraints.keepRows', 'expected a boolean', keepRows);
  const state = new TieOutState(keepRows);
  const tie: TieOut = {
    observe(row, at) {
      if (at !== undefined && (!Number.isSafeInteger(at) || at < 1))
        fail(RuleErrorCode.INVALID_ARGUMENT, 'at', 'expected an integer ≥ 1', at);
      state.observe(row, at ?? state.last + 1);
    },
    merge(other) {
      const from = states.get(other);
      if (from === undefined)
        fail(RuleErrorCode.INVALID_ARGUMENT, 'other', 'expected a tie-out of createTieOut', other);
      state.merge(from);
    },
    finish(invoices, options) {
      return finishTieOut(state, invoices, options);
    },
  };
  states.set(tie, state);
  return tie;
}
