import type { Money } from '../../pricing/money.ts';
import type { PriceRow } from '../types.ts';
import { checkedRow } from './checkedRow.ts';
import { exactDecimal } from './exactDecimal.ts';

/** The rows of one key as they price time: segments [from, to] in order, each with its row. */
export interface Timeline {
  readonly from: number[];
  readonly to: number[];
  readonly rows: PriceRow[];
  /** Each segment's period price, once asked (a list indexed once keeps them). */
  readonly prices: (Money | undefined)[];
  /** Every row of the key, by start. */
  readonly all: { row: PriceRow; start: number; end: number }[];
}

/** A list's rows by key, and by product and SKU (to name the rows a key missed). */
export interface PriceIndex {
  readonly byKey: Map<string, Timeline>;
  readonly byProduct: Map<string, PriceRow[]>;
}

const indexes = new WeakMap<readonly PriceRow[], PriceIndex>();

/**
 * The index of a list's rows (PL-3): per key, the segments of time each row prices. Where rows of
 * a key overlap, the one that started earlier holds until its end (P4); rows with the same start:
 * the one ending later, then the lower price, then the earlier line (decided: so the price does not
 * depend on the rows' order). A frozen rows array (as {@link readPriceList} and {@link overlayPriceList} return) is
 * indexed once; any other at every call, since it may change between calls.
 *
 * @param rows - The list's rows.
 * @returns The index.
 * @throws {@link RuleError} at `list.rows.<n>…` for a row that is no price-list row.
 */
export function priceIndex(rows: readonly PriceRow[]): PriceIndex {
  const frozen = Object.isFrozen(rows);
  if (frozen) {
    const known = indexes.get(rows);
    if (known !== undefined) return known;
  }
  const byKey = new Map<string, Timeline>();
  const byProduct = new Map<string, PriceRow[]>();
  rows.forEach((value, n) => {
    const { row, key, start, end } = checkedRow(value, `list.rows.${n}`);
    let timeline = byKey.get(key);
    if (timeline === undefined) {
      timeline = { from: [], to: [], rows: [], prices: [], all: [] };
      byKey.set(key, timeline);
    }
    timeline.all.push({ row, start, end });
    const product = `${row.ProductId.toUpperCase()}\u0000${row.SkuId.toUpperCase()}`;
    const ofProduct = byProduct.get(product);
    if (ofProduct === undefined) byProduct.set(product, [row]);
    else ofProduct.push(row);
  });
  for (const timeline of byKey.values()) {
    timeline.all.sort(
      (a, b) =>
        a.start - b.start ||
        b.end - a.end ||
        comparePrices(a.row.UnitPrice, b.row.UnitPrice) ||
        a.row.line - b.row.line,
    );
    let covered = -Infinity;
    for (const { row, start, end } of timeline.all) {
      if (end <= covered || end < start) continue;
      const from = start > covered ? start : covered + 1;
      timeline.from.push(from);
      timeline.to.push(end);
      timeline.rows.push(row);
      covered = end;
    }
  }
  const index = { byKey, byProduct };
  if (frozen) indexes.set(rows, index);
  return index;
}

/** The segment of a timeline that holds at `at`, or −1. */
export function segmentAt(timeline: Timeline, at: number): number {
  const { from, to } = timeline;
  let lo = 0;
  let hi = from.length - 1;
  // the last segment that starts at or before `at`
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((from[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return from.length > 0 && (from[lo] as number) <= at && at <= (to[lo] as number) ? lo : -1;
}

/** Two prices' texts compared by value, exactly (an unreadable one last). */
function comparePrices(a: string, b: string): number {
  const x = exactDecimal(a);
  const y = exactDecimal(b);
  if (x === undefined || y === undefined)
    return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
  const scale = Math.max(x.scale, y.scale);
  const left = BigInt(x.units) * 10n ** BigInt(scale - x.scale);
  const right = BigInt(y.units) * 10n ** BigInt(scale - y.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}
