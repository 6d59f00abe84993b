import type { EngineJob } from '../../_private.ts';

/** One key's rows counted, from the first row of it read (its number across the files). */
export interface HeldCount {
  readonly key: string;
  readonly rows: number;
  readonly first: number;
  /** How many rows of the whole input the facts saw. */
  readonly of: number;
  /** The items of its key (or one of no key), by their number in the list, as observed. */
  readonly items?: readonly number[];
}

/** A row: its key, or a row whose quotes never close (no key). */
export type HeldRow = { readonly key: string } | { readonly unclosed: number };

/** One entry's count, first row (an item's, after every row, when it has none) and items. */
interface Seen {
  rows: number;
  first: number;
  items: number[];
}

/** Each key's count (a row or item of no key by its number). */
export type HeldState = Map<string, Seen>;

/** Where an entry of items only comes: after every row (fewer than this), by its first item. */
export const AFTER_ROWS = 100_000;

/** The order: by the first row read. */
export const byFirst = (a: HeldCount, b: HeldCount): number => a.first - b.first;

/** The key a state's entry is told by: `undefined` for a row whose quotes never close. */
const keyOf = (entry: string): string | undefined =>
  entry === '' || entry.startsWith('unclosed ') || entry.startsWith('no id ') ? undefined : entry;

/** An item's `id`, when a string. */
function idOf(text: string): string | undefined {
  const { id } = JSON.parse(text) as { id?: unknown };
  return typeof id === 'string' ? id : undefined;
}

/**
 * A job counting each key's rows (`Key` column) that weighs its state by its groups (`held`):
 * its limit is `--memory` less one, in groups, whatever the workers; its groups cross to disk as
 * `[key, count]` and merge back by key (the earliest first row kept). Its items (`{ "id": … }`)
 * are listed by their number under their key; an item without an id is an entry of its own.
 * Rows of an empty `Key` are of no key: with `loose`, the only item's (their entry `''` joins
 * its). Each write is told to `written`, so a test sees that the groups went to disk.
 */
export function heldCount(
  written: (partition: number) => void = () => {},
  loose = false,
): EngineJob<HeldRow, HeldState, HeldCount, { rows: number }> {
  return {
    command: 'held-count',
    flag: '--file',
    worker: 'heldCountWorker.js',
    header(names) {
      const at = names.indexOf('Key');
      return (record, place) =>
        record.kind === 'unclosed'
          ? { unclosed: place.at }
          : { key: record.kind === 'csv' ? (record.row.cell(at) ?? '') : record.text };
    },
    key: (row) => ('key' in row && row.key !== '' ? row.key : undefined),
    facts: {
      create: () => ({ rows: 0 }),
      see: (facts) => void facts.rows++,
      merge: (into, from) => ({ rows: into.rows + from.rows }),
    },
    create: () => new Map(),
    observe(state, row, place) {
      const key = 'key' in row ? row.key : `unclosed ${row.unclosed}`;
      const seen = state.get(key) ?? { rows: 0, first: place.at, items: [] };
      seen.rows++;
      state.set(key, seen);
    },
    items: {
      key: idOf,
      loose,
      observe(state, text, place, only) {
        const key = idOf(text) ?? `no id ${place.at}`;
        const seen = state.get(key) ?? { rows: 0, first: AFTER_ROWS + place.at, items: [] };
        seen.items.push(place.at);
        // the rows of no key are the only item's
        const none = only ? state.get('') : undefined;
        if (none !== undefined) {
          seen.rows += none.rows;
          seen.first = Math.min(seen.first, none.first);
          state.delete('');
        }
        state.set(key, seen);
      },
    },
    merge(into, from) {
      for (const [key, seen] of from) {
        const had = into.get(key);
        if (had === undefined) into.set(key, { ...seen, items: [...seen.items] });
        else
          into.set(key, {
            rows: had.rows + seen.rows,
            first: Math.min(had.first, seen.first),
            items: [...had.items, ...seen.items],
          });
      }
      return into;
    },
    held: {
      weight: (state) => state.size,
      limit: (memory) => memory - 1,
      *write(state, partitionOf) {
        for (const [key, seen] of state) {
          const partition = partitionOf(keyOf(key));
          written(partition);
          yield [partition, [key, seen]] as const;
        }
      },
      read: (plain) => new Map([plain as [string, Seen]]),
    },
    finish(state, share, facts) {
      return [...state]
        .filter(([key]) => keyOf(key) === undefined || share.holds(key))
        .map(
          ([key, { rows, first, items }]): HeldCount => ({
            key,
            rows,
            first,
            of: facts.rows,
            ...(items.length === 0 ? {} : { items }),
          }),
        );
    },
    order: byFirst,
  };
}

/**
 * An item's text: `{"id":…}`, the id `É` written with an escape (its id then not certain from the
 * text: the job's `key` parses it), and no id as `{"x":1}`.
 */
export function itemText(id: string | undefined): string {
  if (id === undefined) return '{"x":1}';
  return id === 'É' ? '{"id":"\\u00c9"}' : JSON.stringify({ id });
}

/**
 * What one pass of {@link heldCount} over the rows' keys then the items' ids gives: each key's
 * rows counted from its first row, its items by their number, an item of no id an entry of its
 * own, in the order of first rows (items after every row); with `loose` and one item of an id,
 * the rows of no key (`''`) are its.
 */
export function onePass(
  keys: readonly string[],
  items: readonly (string | undefined)[] = [],
  loose = false,
): HeldCount[] {
  const seen = new Map<string, { rows: number; first: number; items: number[] }>();
  const only = loose && items.length === 1 ? items[0] : undefined;
  keys.forEach((given, i) => {
    const key = given === '' ? (only ?? '') : given;
    const at = seen.get(key) ?? { rows: 0, first: i + 1, items: [] };
    at.rows++;
    seen.set(key, at);
  });
  items.forEach((id, i) => {
    const key = id ?? `no id ${i + 1}`;
    const at = seen.get(key) ?? { rows: 0, first: AFTER_ROWS + i + 1, items: [] };
    at.items.push(i + 1);
    seen.set(key, at);
  });
  return [...seen]
    .map(
      ([key, { rows, first, items: listed }]): HeldCount => ({
        key,
        rows,
        first,
        of: keys.length,
        ...(listed.length === 0 ? {} : { items: listed }),
      }),
    )
    .sort(byFirst);
}
