/** A cell's text and what it reads as, read once per list (PL-1). */
export interface ReadText<V> {
  readonly text: string;
  readonly value: V;
}

/** The texts of one column: the last few compared first, the others found by a map. */
export interface TextCache<V> {
  readonly read: (text: string) => V;
  readonly recent: ReadText<V>[];
  /** Where the next text read goes in `recent`. */
  next: number;
  /** Where the last text found is in `recent` (compared first: a column repeats in runs). */
  last: number;
  readonly known: Map<string, ReadText<V>>;
  /** Texts looked for in `known`, and found there: a map that seldom finds one is no longer asked. */
  asked: number;
  found: number;
}

/** How many recent texts a column compares before it cuts the cell out. */
const RECENT = 4;
/** How many texts a column remembers (a file of many distinct ones reads the rest each time). */
const KNOWN = 10_000;
/**
 * After this many texts looked for, a column whose map found fewer than one in eight stops asking
 * it: a product's title or id comes in one run of rows, and hashing each new one costs more than
 * reading it again.
 */
const TRIAL = 512;

/**
 * A column's cache: each distinct text read once, and one string kept for it, which every row
 * writing it shares.
 *
 * @param read - What a text reads as.
 * @returns The cache.
 */
export function textCache<V>(read: (text: string) => V): TextCache<V> {
  return { read, recent: [], next: 0, last: 0, known: new Map(), asked: 0, found: 0 };
}

/**
 * The cell `text.slice(start, end)` read through a column's cache: the recent texts compared
 * first, then the map; a text met again is the string kept for it, not the cell just cut.
 *
 * @param cache - The column's cache.
 * @param text - The text the cell lies in.
 * @param start - The cell's first index.
 * @param end - The index after its last.
 * @returns The cell's text (shared) and what it reads as.
 */
export function cachedText<V>(
  cache: TextCache<V>,
  text: string,
  start: number,
  end: number,
): ReadText<V> {
  const recent = cache.recent;
  // a cut cell compared whole (one comparison of memory) beats comparing it where it lies
  const cell = text.slice(start, end);
  const count = recent.length;
  for (let n = 0, i = cache.last; n < count; n++, i = i + 1 === count ? 0 : i + 1) {
    const entry = recent[i] as ReadText<V>;
    if (entry.text === cell) {
      cache.last = i;
      return entry;
    }
  }
  let entry: ReadText<V> | undefined;
  if (cache.asked < TRIAL || cache.found * 8 >= cache.asked) {
    cache.asked++;
    entry = cache.known.get(cell);
    if (entry !== undefined) cache.found++;
    else {
      entry = { text: cell, value: cache.read(cell) };
      if (cache.known.size < KNOWN) cache.known.set(cell, entry);
    }
  } else entry = { text: cell, value: cache.read(cell) };
  cache.last = cache.next;
  recent[cache.next] = entry;
  cache.next = (cache.next + 1) % RECENT;
  return entry;
}
