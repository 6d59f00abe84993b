import { hexKey } from '../../kernel/hexKey.ts';
import { partLists } from '../../kernel/partLists.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { TieOutAmount, TieOutIssue, TieOutOptions, TieOutOutcome } from '../types.ts';
import { addInto } from './decimalSum.ts';
import { finishTieOut, tieOutIssue } from './finishTieOut.ts';
import { invoiceDocuments } from './invoiceDocuments.ts';
import type { Sum } from './TieOutGroup.ts';
import type { TieOutState } from './TieOutState.ts';
import type { TieOutTexts } from './texts/TieOutTexts.ts';
import { tieOutAmount } from './tieOutAmount.ts';
import type { RowIssue } from './tieOutRow.ts';
import { decimalOf, tieOutSummary } from './tieOutSummary.ts';

/** One row of a group's part: an item of `tie-out --json`'s lists and the key that orders it. */
export interface TieOutPartRow {
  /** `results`, `issues`. */
  readonly section: string;
  readonly key: string;
  /** Compact JSON text. */
  readonly item: string;
}

/** One currency of a group's summary: counts, each outcome's count and first result, sums. */
export interface TieOutCurrencyPart {
  readonly currency: CurrencyCode;
  results: number;
  /** `[outcome, count, key of its first result]`: the file's order of outcomes is their first results'. */
  outcomes: [TieOutOutcome, number, string][];
  total: TieOutAmount;
  invoiceTotal: TieOutAmount;
}

/** What the file's summary takes from one group (an invoice and its amendments). */
export interface TieOutGroupSummary {
  rows: number;
  /** The rows' issues, those of a header naming a column twice apart. */
  issues: number;
  /** Whether every result is tied or rounding. */
  tied: boolean;
  currencies: TieOutCurrencyPart[];
  /** Each header naming a column twice, at its lowest row: said once for the file. */
  twice: [string, { row: number; pairs: [string, string][] }][];
}

/** A group's part. */
export interface TieOutPart {
  readonly rows: TieOutPartRow[];
  readonly summary: TieOutGroupSummary;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An issue's order: its row, then column. */
function issueKey(issue: TieOutIssue): string {
  return hexKey(`${String(issue.row).padStart(16, '0')}\u0000${issue.column}`);
}

/**
 * One group's part (INV-3 in a warehouse): its results final, keyed by invoice number (the file
 * lists results by number, then currency), its issues by row and column, and its summary.
 *
 * @param state - The group's rows' state.
 * @param invoices - The group's Invoice resources.
 * @param options - The locale its words are in (the warehouse's: English).
 * @param holds - Whether an invoice number is this part's (a share of the command, finishing
 *   against every invoice, holds some numbers): its results and its document's total kept, the
 *   others left to the part that holds them. Default: every number.
 * @returns The part.
 */
export function tieOutPart(
  state: TieOutState,
  invoices: readonly unknown[],
  options?: TieOutOptions,
  holds: (invoiceNumber: string) => boolean = () => true,
): TieOutPart {
  const all = finishTieOut(state, invoices, options, { withoutTwice: true });
  // a share of the command finishes against every invoice: it keeps the results of its numbers
  const tied = { ...all, results: all.results.filter((r) => holds(r.invoiceNumber)) };
  const rows: TieOutPartRow[] = [
    ...tied.results.map((r) => ({
      section: 'results',
      key: hexKey(r.invoiceNumber),
      item: JSON.stringify(r),
    })),
    ...tied.issues.map((issue) => ({
      section: 'issues',
      key: issueKey(issue),
      item: JSON.stringify(issue),
    })),
  ];
  const summary = tieOutSummary(tied.results, [], state.rows, tied.issues.length);
  const first = new Map<string, string>();
  for (const r of tied.results) {
    const key = `${r.currency}\u0000${r.outcome}`;
    if (!first.has(key)) first.set(key, hexKey(r.invoiceNumber));
  }
  // the invoices' totals, each document once (amendments listed inside another included)
  const invoiceTotals = tieOutSummary(
    [],
    [...invoiceDocuments(invoices).byId.values()].filter((invoice) => holds(invoice.id)),
    0,
    0,
  );
  const currencies = new Map<CurrencyCode, TieOutCurrencyPart>();
  for (const c of summary.currencies)
    currencies.set(c.currency, {
      currency: c.currency,
      results: c.results,
      outcomes: (Object.entries(c.outcomes) as [TieOutOutcome, number][]).map(([o, n]) => [
        o,
        n,
        first.get(`${c.currency}\u0000${o}`) ?? '',
      ]),
      total: c.total,
      invoiceTotal: c.invoiceTotal,
    });
  for (const c of invoiceTotals.currencies) {
    const known = currencies.get(c.currency);
    if (known === undefined)
      currencies.set(c.currency, {
        currency: c.currency,
        results: 0,
        outcomes: [],
        total: tieOutAmount({ units: 0, scale: 0 }, c.currency),
        invoiceTotal: c.invoiceTotal,
      });
    else known.invoiceTotal = c.invoiceTotal;
  }
  return {
    rows,
    summary: {
      rows: state.rows,
      issues: tied.issues.length,
      tied: tied.results.every((r) => r.outcome === 'tied' || r.outcome === 'rounding'),
      currencies: [...currencies.values()].sort((a, b) => compare(a.currency, b.currency)),
      twice: [...state.twice.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([keys, found]) => [keys, { row: found.row, pairs: found.pairs.map((p) => [...p]) }]),
    },
  };
}

/** An empty summary: {@link mergeTieOutSummary}'s identity. */
export function emptyTieOutSummary(): TieOutGroupSummary {
  return { rows: 0, issues: 0, tied: true, currencies: [], twice: [] };
}

function plus(a: TieOutAmount, b: TieOutAmount, currency: CurrencyCode): TieOutAmount {
  const e = currencyExponents[currency];
  const sum: Sum = decimalOf(a, e);
  addInto(sum, decimalOf(b, e));
  return tieOutAmount(sum, currency);
}

/** Adds one group summary to another: associative and commutative. */
export function mergeTieOutSummary(into: TieOutGroupSummary, from: TieOutGroupSummary): void {
  into.rows += from.rows;
  into.issues += from.issues;
  into.tied &&= from.tied;
  const currencies = new Map(into.currencies.map((c) => [c.currency, c]));
  for (const c of from.currencies) {
    const known = currencies.get(c.currency);
    if (known === undefined) {
      currencies.set(c.currency, {
        ...c,
        outcomes: c.outcomes.map((o) => [...o] as [TieOutOutcome, number, string]),
      });
      continue;
    }
    known.results += c.results;
    known.total = plus(known.total, c.total, c.currency);
    known.invoiceTotal = plus(known.invoiceTotal, c.invoiceTotal, c.currency);
    const outcomes = new Map(
      known.outcomes.map((o) => [o[0], [...o] as [TieOutOutcome, number, string]]),
    );
    for (const [o, n, first] of c.outcomes) {
      const mine = outcomes.get(o);
      if (mine === undefined) outcomes.set(o, [o, n, first]);
      else {
        mine[1] += n;
        if (first < mine[2]) mine[2] = first;
      }
    }
    known.outcomes = [...outcomes.values()].sort(
      (a, b) => compare(a[2], b[2]) || compare(a[0], b[0]),
    );
  }
  into.currencies = [...currencies.values()].sort((a, b) => compare(a.currency, b.currency));
  const twice = new Map(into.twice);
  for (const [keys, found] of from.twice) {
    const known = twice.get(keys);
    if (known === undefined || found.row < known.row) twice.set(keys, found);
  }
  into.twice = [...twice.entries()].sort(([a], [b]) => compare(a, b));
}

/**
 * The file's summary from its groups' summaries merged: `tie-out --json`'s `summary`, and the
 * rows of the issues of headers naming a column twice.
 */
export function finishTieOutSummary(
  s: TieOutGroupSummary,
  texts: TieOutTexts,
): { summary: Record<string, unknown>; rows: TieOutPartRow[] } {
  const twice: RowIssue[] = s.twice.flatMap(([, { row, pairs }]) =>
    pairs.map(([column, other]) => ({ row, column, id: 'twice' as const, other })),
  );
  const issues = twice.map((issue) => tieOutIssue(texts, issue));
  return {
    summary: {
      rows: s.rows,
      tied: s.issues + issues.length === 0 && s.tied,
      currencies: s.currencies.map((c) => ({
        currency: c.currency,
        results: c.results,
        outcomes: Object.fromEntries(
          [...c.outcomes]
            .sort((a, b) => compare(a[2], b[2]) || compare(a[0], b[0]))
            .map(([o, n]) => [o, n]),
        ),
        total: c.total,
        invoiceTotal: c.invoiceTotal,
      })),
    },
    rows: issues.map((issue) => ({
      section: 'issues',
      key: issueKey(issue),
      item: JSON.stringify(issue),
    })),
  };
}

/** The rows of every group and the file's summary put together: `tie-out --json`'s text, compact. */
/**
 * The results and issues of every group put together, each list in the order of its rows' keys
 * (rows of one key in the order given): `tie-out --json`'s lists, each item as its part wrote it.
 *
 * @param rows - Every group's rows and the summary's.
 * @returns The two lists, in order.
 */
export function tieOutLists(
  rows: readonly TieOutPartRow[],
): readonly (readonly [section: 'results' | 'issues', items: readonly string[]])[] {
  return partLists(rows, ['results', 'issues'] as const);
}

/**
 * The rows of every group and the file's summary put together: `tie-out --json`'s text, compact
 * ({@link tieOutLists}).
 *
 * @param rows - Every group's rows and the summary's.
 * @param summary - The file's summary ({@link finishTieOutSummary}).
 * @returns The JSON text.
 */
export function tieOutWhole(
  rows: readonly TieOutPartRow[],
  summary: Record<string, unknown>,
): string {
  const lists = tieOutLists(rows).map(
    ([section, items]) => `${JSON.stringify(section)}:[${items.join(',')}]`,
  );
  return `{${lists.join(',')},"summary":${JSON.stringify(summary)}}`;
}
