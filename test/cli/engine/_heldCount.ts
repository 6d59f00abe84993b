import type { EngineJob } from '../../_private.ts';

/** One key's rows counted, from the first row of it read (its number across the files). */
export interface HeldCount {
  readonly key: string;
  readonly rows: number;
  readonly first: number;
  /** The share that finished it, and how many rows of the whole input the facts saw. */
  readonly of: number;
}

/** A row: its key, or a row whose quotes never close (no key). */
export type HeldRow = { readonly key: string } | { readonly unclosed: number };

/** Each key's count (a row of no key by its number). */
export type HeldState = Map<string, { rows: number; first: number }>;

/** The order: by the first row read. */
export const byFirst = (a: HeldCount, b: HeldCount): number => a.first - b.first;

/** The key a state's entry is told by: `undefined` for a row whose quotes never close. */
const keyOf = (entry: string): string | undefined =>
  entry.startsWith('unclosed ') ? undefined : entry;

/**
 * A job counting each key's rows (`Key` column) that weighs its state by its groups (`held`):
 * its limit is `--memory` less one, in groups, whatever the workers; its groups cross to disk as
 * `[key, count]` and merge back by key (the earliest first row kept). Each write is told to
 * `written`, so a test sees that the groups went to disk.
 */
export function heldCount(
  written: (partition: number) => void = () => {},
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
    key: (row) => ('key' in row ? row.key : undefined),
    facts: { create: () => ({ rows: 0 }), see: (facts) => void facts.rows++ },
    create: () => new Map(),
    observe(state, row, place) {
      const key = 'key' in row ? row.key : `unclosed ${row.unclosed}`;
      const seen = state.get(key) ?? { rows: 0, first: place.at };
      seen.rows++;
      state.set(key, seen);
    },
    merge(into, from) {
      for (const [key, seen] of from) {
        const had = into.get(key);
        if (had === undefined) into.set(key, { ...seen });
        else into.set(key, { rows: had.rows + seen.rows, first: Math.min(had.first, seen.first) });
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
      read: (plain) => new Map([plain as [string, { rows: number; first: number }]]),
    },
    finish(state, share, facts) {
      return [...state]
        .filter(([key]) => keyOf(key) === undefined || share.holds(key))
        .map(([key, seen]): HeldCount => ({ key, ...seen, of: facts.rows }));
    },
    order: byFirst,
  };
}
