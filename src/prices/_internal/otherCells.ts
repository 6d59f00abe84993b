import type { CsvRecord } from './csvRecords.ts';
import { writtenCell } from './priceCells.ts';
import { type TextCache, textCache } from './textCache.ts';

/** How many recent `cells` a row's other columns are compared with. */
const RECENT = 8;

/** A frozen `cells` built, and the texts it holds in the header's order. */
interface BuiltCells {
  readonly texts: readonly string[];
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * The `cells` of a price list's rows (PL-1): every column the reader does not read, by the file's
 * name for it, as written. Rows that write the same other columns share one frozen object, and
 * every distinct text is one string. A row whose other columns lie in the line exactly as the last
 * row's did (each run of adjacent columns compared whole, with its cells' places in it) takes the
 * last row's `cells` without cutting its cells out.
 *
 * @param names - The other columns' names, in the header's order.
 * @param positions - Their positions in the header, ascending.
 * @returns What gives a record its `cells` (the record is read, not kept).
 */
export function otherCells(
  names: readonly string[],
  positions: readonly number[],
): (record: CsvRecord) => Readonly<Record<string, string>> {
  const n = positions.length;
  const caches: TextCache<string>[] = positions.map(() => textCache((text) => text));
  // runs of adjacent positions: run k covers others first[k] … last[k]
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < n; i++)
    if (i > 0 && positions[i] === (positions[i - 1] as number) + 1) last[last.length - 1] = i;
    else {
      first.push(i);
      last.push(i);
    }
  const runs = first.length;
  // the last row's runs: their text, and each cell's start and end inside its run
  const runTexts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let previous: Readonly<Record<string, string>> | undefined;
  const recent: BuiltCells[] = [];
  let next = 0;
  const texts: string[] = [];
  /** Whether the record's other columns lie as the last row's did. */
  const asBefore = (record: CsvRecord): boolean => {
    const { text, start, end } = record;
    for (let k = 0; k < runs; k++) {
      const a = first[k] as number;
      const b = last[k] as number;
      if ((positions[b] as number) >= record.count) return false;
      const s = start[positions[a] as number] as number;
      const e = end[positions[b] as number] as number;
      const known = runTexts[k] as string;
      if (e - s !== known.length) return false;
      for (let i = a; i <= b; i++) {
        const at = positions[i] as number;
        if ((start[at] as number) - s !== from[i] || (end[at] as number) - s !== to[i])
          return false;
      }
      if (text.slice(s, e) !== known) return false;
    }
    return true;
  };
  /** Remembers the record's runs for the next row. */
  const remember = (record: CsvRecord): void => {
    const { text, start, end } = record;
    for (let k = 0; k < runs; k++) {
      const a = first[k] as number;
      const b = last[k] as number;
      if ((positions[b] as number) >= record.count) {
        // a short row: nothing the next row could lie as
        previous = undefined;
        return;
      }
      const s = start[positions[a] as number] as number;
      runTexts[k] = text.slice(s, end[positions[b] as number]);
      for (let i = a; i <= b; i++) {
        from[i] = (start[positions[i] as number] as number) - s;
        to[i] = (end[positions[i] as number] as number) - s;
      }
    }
  };
  return (record) => {
    if (previous !== undefined && asBefore(record)) return previous;
    for (let i = 0; i < n; i++)
      texts[i] = writtenCell(caches[i] as TextCache<string>, record, positions[i] as number);
    let cells: Readonly<Record<string, string>> | undefined;
    find: for (const built of recent) {
      for (let i = 0; i < n; i++) if (built.texts[i] !== texts[i]) continue find;
      cells = built.cells;
      break;
    }
    if (cells === undefined) {
      const rest: Record<string, string> = {};
      for (let i = 0; i < n; i++) rest[names[i] as string] = texts[i] as string;
      cells = Object.freeze(rest);
      recent[next] = { texts: texts.slice(0, n), cells };
      next = (next + 1) % RECENT;
    }
    previous = cells;
    remember(record);
    return cells;
  };
}
