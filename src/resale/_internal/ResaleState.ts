import { loose } from '../../kernel/columnIndex.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type { ResaleBilling, ResaleIssue, ResaleTerm } from '../types.ts';
import { add, type Ratio, ZERO } from './ratio.ts';

/** What a line is to the check (RSL-1, RSL-2). */
export type LineKind = 'period' | 'seats' | 'seat-credit' | 'money-credit';

/** A side of one customer × key × month (RSL-8's one entry): what its lines add up to. */
export interface Entry {
  /** Σ signed seats of its seat lines holding the month's last day. */
  readonly seats: Ratio;
  /** Σ its lines' money in the month (amount ÷ months). */
  readonly money: Ratio;
  /** Σ |money credits| in the month. */
  readonly credits: Ratio;
  /** The latest line that sets the unit price (cost: a period line holding the last day; billed: a line covering the month). */
  readonly price:
    | { readonly start: number; readonly row: number; readonly unit: Ratio }
    | undefined;
  /** A cost period line belongs to the month. */
  readonly period: boolean;
  /** A `renew` line belongs to the month. */
  readonly renew: boolean;
  /** An Extended Service Term line belongs to the month. */
  readonly est: boolean;
  /** Its sheet rows. */
  readonly rows: readonly number[];
  /** Its currencies. */
  readonly currencies: readonly CurrencyCode[];
  /** The partner's codes billed (billed side). */
  readonly codes: readonly string[];
}

/** Where an entry is: side, customer (the cost's `CustomerId`, the billed export's text), key, month. */
export interface EntryKey {
  readonly side: 'cost' | 'billed';
  readonly customer: string;
  readonly productId: string;
  readonly skuId: string;
  readonly term: ResaleTerm;
  readonly billing: ResaleBilling;
  readonly month: number;
}

/** A cost line whose key waits for its subscription's earlier lines (RSL-3). */
export interface PendingLine {
  readonly row: number;
  readonly customer: string;
  readonly productId: string;
  readonly skuId: string;
  readonly subscriptionId: string | undefined;
  readonly own: { readonly term: ResaleTerm; readonly billing: ResaleBilling } | undefined;
  readonly termText: string;
  readonly line: LinePiece;
}

/** What a line brings to its entries. */
export interface LinePiece {
  readonly kind: LineKind;
  readonly renew: boolean;
  readonly est: boolean;
  readonly start: number;
  readonly end: number;
  readonly quantity: Ratio;
  readonly amount: Ratio;
  readonly currency: CurrencyCode;
  readonly row: number;
  readonly code: string | undefined;
}

/** A missing column, once per side and column, with the rows it cost. */
export interface MissingColumn {
  readonly side: 'cost' | 'billed';
  readonly column: string;
  readonly field: string;
  readonly rows: number[];
}

/** Everything a reconciler observed; merged by {@link mergeStates}. */
export interface ResaleState {
  readonly entries: Map<string, { readonly key: EntryKey; entry: Entry }>;
  readonly pending: PendingLine[];
  /** Each subscription's keyed lines: its key (`term billing`) → the rows that bear it. */
  readonly history: Map<string, Map<string, number[]>>;
  /** Each customer's `CustomerName`, from its first row. */
  readonly names: Map<string, { row: number; name: string }>;
  readonly startMonths: Set<number>;
  readonly counts: { costLines: number; billedLines: number; usageLines: number; unmapped: number };
  readonly usageRows: number[];
  readonly unmappedAmounts: Map<CurrencyCode, Ratio>;
  readonly issues: ResaleIssue[];
  readonly missing: Map<string, MissingColumn>;
}

/** A reconciler's first state. */
export function emptyState(): ResaleState {
  return {
    entries: new Map(),
    pending: [],
    history: new Map(),
    names: new Map(),
    startMonths: new Set(),
    counts: { costLines: 0, billedLines: 0, usageLines: 0, unmapped: 0 },
    usageRows: [],
    unmappedAmounts: new Map(),
    issues: [],
    missing: new Map(),
  };
}

const EMPTY_ENTRY: Entry = {
  seats: ZERO,
  money: ZERO,
  credits: ZERO,
  price: undefined,
  period: false,
  renew: false,
  est: false,
  rows: [],
  currencies: [],
  codes: [],
};

function later(a: Entry['price'], b: Entry['price']): Entry['price'] {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.start > a.start || (b.start === a.start && b.row > a.row) ? b : a;
}

function union<T extends string>(a: readonly T[], b: readonly T[]): readonly T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...new Set([...a, ...b])].sort();
}

/** Two entries of one place as one; a new object, neither changed. */
export function combine(a: Entry, b: Entry): Entry {
  return {
    seats: add(a.seats, b.seats),
    money: add(a.money, b.money),
    credits: add(a.credits, b.credits),
    price: later(a.price, b.price),
    period: a.period || b.period,
    renew: a.renew || b.renew,
    est: a.est || b.est,
    rows: a.rows.length === 0 ? b.rows : b.rows.length === 0 ? a.rows : [...a.rows, ...b.rows],
    currencies: union(a.currencies, b.currencies),
    codes: union(a.codes, b.codes),
  };
}

/** The text an entry is filed under. */
export function entryId(key: EntryKey): string {
  return [key.side, key.customer, key.productId, key.skuId, key.term, key.billing, key.month].join(
    '\u0000',
  );
}

/** Adds one entry's worth at a place. */
export function addEntry(entries: ResaleState['entries'], key: EntryKey, entry: Entry): void {
  const id = entryId(key);
  const held = entries.get(id);
  entries.set(id, { key, entry: combine(held?.entry ?? EMPTY_ENTRY, entry) });
}

/** The first hundred rows of two lists, sorted. */
export function firstRows(a: readonly number[], b: readonly number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y).slice(0, 100);
}

/** A new state holding both (RSL-8: associative and commutative up to the finish's sorting). */
export function mergeStates(a: ResaleState, b: ResaleState): ResaleState {
  const merged = emptyState();
  for (const state of [a, b]) {
    for (const { key, entry } of state.entries.values()) addEntry(merged.entries, key, entry);
    merged.pending.push(...state.pending);
    for (const [id, keys] of state.history) {
      const into = merged.history.get(id) ?? new Map<string, number[]>();
      for (const [key, rows] of keys) into.set(key, [...(into.get(key) ?? []), ...rows]);
      merged.history.set(id, into);
    }
    for (const [id, name] of state.names) {
      const before = merged.names.get(id);
      if (before === undefined || name.row < before.row) merged.names.set(id, name);
    }
    for (const month of state.startMonths) merged.startMonths.add(month);
    merged.counts.costLines += state.counts.costLines;
    merged.counts.billedLines += state.counts.billedLines;
    merged.counts.usageLines += state.counts.usageLines;
    merged.counts.unmapped += state.counts.unmapped;
    merged.usageRows.splice(
      0,
      merged.usageRows.length,
      ...firstRows(merged.usageRows, state.usageRows),
    );
    for (const [code, amount] of state.unmappedAmounts)
      merged.unmappedAmounts.set(code, add(merged.unmappedAmounts.get(code) ?? ZERO, amount));
    merged.issues.push(...state.issues);
    for (const [id, missing] of state.missing) {
      const before = merged.missing.get(id);
      merged.missing.set(id, { ...missing, rows: [...(before?.rows ?? []), ...missing.rows] });
    }
  }
  return merged;
}

/**
 * A row's cells by column name (REC-4): the exact key first, else the one equal to it ignoring
 * case, spaces around it and a byte-order mark. The loose names of a row's keys are worked out once
 * per header (rows of one file share theirs).
 */
export function cellsOf(
  row: Readonly<Record<string, unknown>>,
  headers: Map<string, Map<string, string>>,
): (name: string) => { has: boolean; value: unknown } {
  let byLoose: Map<string, string> | undefined;
  return (name) => {
    if (Object.hasOwn(row, name)) return { has: true, value: row[name] };
    if (byLoose === undefined) {
      const keys = Object.keys(row);
      const id = keys.join('\u0000');
      byLoose = headers.get(id);
      if (byLoose === undefined) {
        byLoose = new Map();
        for (const key of keys) if (!byLoose.has(loose(key))) byLoose.set(loose(key), key);
        if (headers.size < 64) headers.set(id, byLoose);
      }
    }
    const key = byLoose.get(loose(name));
    return key === undefined ? { has: false, value: undefined } : { has: true, value: row[key] };
  };
}
