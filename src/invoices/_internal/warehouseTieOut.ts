import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { optionsObject, rowNumberOf, rowObject } from '../../kernel/warehouseRows.ts';
import { TieOutState } from './TieOutState.ts';
import { tieOutTextsFor } from './texts/tieOutTextsFor.ts';
import {
  emptyTieOutSummary,
  finishTieOutSummary,
  mergeTieOutSummary,
  type TieOutGroupSummary,
  tieOutPart,
} from './tieOutParts.ts';
import { tieOutStateJson, tieOutStateOf } from './tieOutStateJson.ts';

/** The form of the warehouse's tie-out states and parts. */
const FORMAT = 1;

/** One group's state: its reconciliation rows' sums and its Invoice resources. */
interface TieState {
  readonly format: number;
  readonly check: 'tie-out';
  state: TieOutState;
  invoices: [number, Record<string, unknown>][];
}

function describe(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? {
        format: (value as { format?: unknown }).format,
        check: (value as { check?: unknown }).check,
      }
    : value;
}

function requireState(state: unknown, field: string): TieState {
  const s = state as TieState;
  if (
    typeof s !== 'object' ||
    s === null ||
    s.format !== FORMAT ||
    s.check !== 'tie-out' ||
    !(s.state instanceof TieOutState)
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      field,
      'expected the state of a tie-out of form {form}',
      describe(state),
      FORMAT,
    );
  return s;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function sortedInvoices(
  invoices: readonly [number, Record<string, unknown>][],
): [number, Record<string, unknown>][] {
  return invoices
    .map((r): [number, Record<string, unknown>, string] => [r[0], r[1], JSON.stringify(r[1])])
    .sort((a, b) => a[0] - b[0] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    .map(([n, row]) => [n, row]);
}

/**
 * The tie-out's aggregate in a warehouse (INV-3): one group — an invoice, the documents amending
 * it and their reconciliation rows — to its part.
 */
export const warehouseTieOut = {
  initialState(): TieState {
    return { format: FORMAT, check: 'tie-out', state: new TieOutState(true), invoices: [] };
  },
  aggregate(
    state: unknown,
    source: unknown,
    rowNumber: unknown,
    text: unknown,
    _options?: unknown,
  ): void {
    const s = requireState(state, 'state');
    const row = rowNumberOf(rowNumber);
    const cells = rowObject(text, row);
    if (source === 'recon') s.state.observe(cells, row);
    else if (source === 'invoice') s.invoices.push([row, cells]);
    else fail(RuleErrorCode.INVALID_ARGUMENT, 'source', "expected 'recon' or 'invoice'", source);
  },
  merge(state: unknown, partial: unknown): void {
    const s = requireState(state, 'state');
    const p = requireState(partial, 'partialState');
    if (s === p) return;
    s.state.merge(tieOutStateOf(tieOutStateJson(p.state)));
    s.invoices.push(...copy(p.invoices));
  },
  serialize(state: unknown): Record<string, unknown> {
    const s = requireState(state, 'state');
    return {
      format: FORMAT,
      check: 'tie-out',
      state: tieOutStateJson(s.state),
      invoices: copy(sortedInvoices(s.invoices)),
    };
  },
  deserialize(serialized: unknown): TieState {
    const d = serialized as {
      format?: unknown;
      check?: unknown;
      state?: unknown;
      invoices?: unknown;
    };
    if (
      typeof d !== 'object' ||
      d === null ||
      d.format !== FORMAT ||
      d.check !== 'tie-out' ||
      !Array.isArray(d.invoices)
    )
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'serializedState',
        'expected the state of a tie-out of form {form}',
        describe(serialized),
        FORMAT,
      );
    return {
      format: FORMAT,
      check: 'tie-out',
      state: tieOutStateOf(d.state as Record<string, unknown>),
      invoices: copy(d.invoices as [number, Record<string, unknown>][]),
    };
  },
  /** The group's part: compact JSON text of `{ rows, summary }`. */
  finalize(state: unknown, options?: unknown): string {
    const s = requireState(state, 'state');
    optionsObject(options);
    return JSON.stringify(
      tieOutPart(
        s.state,
        sortedInvoices(s.invoices).map(([, invoice]) => invoice),
      ),
    );
  },
  /** The file's summary over the groups' `summary` rows. */
  summary: {
    initialState(): { format: number; check: 'tie-out-summary'; summary: TieOutGroupSummary } {
      return { format: FORMAT, check: 'tie-out-summary', summary: emptyTieOutSummary() };
    },
    aggregate(state: unknown, item: unknown): void {
      mergeTieOutSummary(
        (state as { summary: TieOutGroupSummary }).summary,
        rowObject(item, 1) as unknown as TieOutGroupSummary,
      );
    },
    merge(state: unknown, partial: unknown): void {
      if (state === partial) return;
      mergeTieOutSummary(
        (state as { summary: TieOutGroupSummary }).summary,
        copy((partial as { summary: TieOutGroupSummary }).summary),
      );
    },
    serialize(state: unknown): unknown {
      return copy(state);
    },
    deserialize(serialized: unknown): unknown {
      const d = serialized as { format?: unknown; check?: unknown };
      if (
        typeof d !== 'object' ||
        d === null ||
        d.format !== FORMAT ||
        d.check !== 'tie-out-summary'
      )
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'serializedState',
          'expected the state of a tie-out summary of form {form}',
          describe(serialized),
          FORMAT,
        );
      return copy(serialized);
    },
    /** The file's summary and the rows it adds (a header naming a column twice): `{ summary, rows }`. */
    finalize(state: unknown, options?: unknown): string {
      optionsObject(options);
      const { summary, rows } = finishTieOutSummary(
        (state as { summary: TieOutGroupSummary }).summary,
        tieOutTextsFor(undefined),
      );
      return JSON.stringify({ rows, file: summary });
    },
  },
};
