import type { Sum, TieOutGroup } from './TieOutGroup.ts';
import { TieOutState } from './TieOutState.ts';
import type { RowIssue } from './tieOutRow.ts';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A tie-out state as plain data, every list sorted: the data depends on the rows, not their order. */
export function tieOutStateJson(state: TieOutState): Record<string, unknown> {
  const sum = (s: Sum) => ({ units: String(s.units), scale: s.scale });
  return {
    rows: state.rows,
    last: state.last,
    keepRows: state.keepRows,
    issues: [...state.issues]
      .map((i) => ({ ...i }))
      .sort(
        (a, b) =>
          compare(
            JSON.stringify([a.row, a.column, a.id]),
            JSON.stringify([b.row, b.column, b.id]),
          ) || compare(JSON.stringify(a), JSON.stringify(b)),
      ),
    twice: [...state.twice.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([keys, found]) => [keys, { row: found.row, pairs: found.pairs.map((p) => [...p]) }]),
    groups: [...state.groups.values()]
      .map((g) => ({
        invoiceNumber: g.invoiceNumber,
        currency: g.currency,
        lines: g.lines,
        subtotal: sum(g.subtotal),
        tax: sum(g.tax),
        total: sum(g.total),
        taxed: g.taxed,
        fractional: g.fractional,
        rows: [...g.rows].sort((a, b) => a - b),
      }))
      .sort((a, b) =>
        compare(`${a.invoiceNumber}\u0000${a.currency}`, `${b.invoiceNumber}\u0000${b.currency}`),
      ),
  };
}

/** A tie-out state from its plain data ({@link tieOutStateJson}). */
export function tieOutStateOf(data: Record<string, unknown>): TieOutState {
  const d = data as ReturnType<typeof tieOutStateJson> & {
    rows: number;
    last: number;
    keepRows: boolean;
    issues: RowIssue[];
    twice: [string, { row: number; pairs: [string, string][] }][];
    groups: (Omit<TieOutGroup, 'subtotal' | 'tax' | 'total'> & {
      subtotal: { units: string; scale: number };
      tax: { units: string; scale: number };
      total: { units: string; scale: number };
    })[];
  };
  const sum = (s: { units: string; scale: number }): Sum => {
    const big = BigInt(s.units);
    const safe = big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER);
    return { units: safe ? Number(big) : big, scale: s.scale };
  };
  const state = new TieOutState(d.keepRows);
  const copy = new TieOutState(d.keepRows);
  copy.rows = d.rows;
  copy.last = d.last;
  for (const issue of d.issues) copy.issues.push({ ...issue });
  for (const [keys, found] of d.twice)
    copy.twice.set(keys, { row: found.row, pairs: found.pairs.map((p) => [p[0], p[1]] as const) });
  for (const g of d.groups)
    copy.observeGroup({
      invoiceNumber: g.invoiceNumber,
      currency: g.currency,
      lines: g.lines,
      subtotal: sum(g.subtotal),
      tax: sum(g.tax),
      total: sum(g.total),
      taxed: g.taxed,
      fractional: g.fractional,
      rows: [...g.rows],
    });
  // observeGroup counted the groups' lines as rows: the rows are the data's
  copy.rows = d.rows;
  copy.last = d.last;
  state.merge(copy);
  return state;
}
