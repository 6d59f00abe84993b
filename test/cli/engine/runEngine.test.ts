import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineJob, runEngine } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { heldCount, itemText, onePass } from './_heldCount.ts';

/** A folder of this file's own, and the temporary folder the runs see (their spills go there). */
const dir = tempFolder('run-engine-');
const runsTmp = tempFolder('tmp-', dir);
const saved = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = runsTmp;
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});
let made = 0;

/** One key's rows counted, from the first row of it read (its number across the files). */
interface Counted {
  readonly key: string;
  readonly rows: number;
  readonly first: number;
  /** Every row of the input, as the facts saw them before the share finished. */
  readonly of: number;
}

/** A row: its key, or a row whose quotes never close (no key). */
type Row = { readonly key: string } | { readonly unclosed: number };

/** Each key's count, and the rows whose quotes never close. */
type State = Map<string, { rows: number; first: number }>;

/** The order: by the first row read, the same whatever the shares. */
const byFirst = (a: Counted, b: Counted): number => a.first - b.first;

/**
 * A job counting each key's rows (`Key` column), its finish streaming (an async generator):
 * ordered (each share's results by their first row) or in reverse.
 */
function countJob(ordered: boolean): EngineJob<Row, State, Counted, { rows: number }> {
  return {
    command: 'count',
    flag: '--file',
    worker: 'countWorker.js',
    ordered,
    header(names) {
      const at = names.indexOf('Key');
      return (record, place) =>
        record.kind === 'unclosed'
          ? { unclosed: place.at }
          : { key: record.kind === 'csv' ? (record.row.cell(at) ?? '') : record.text };
    },
    key: (row) => ('key' in row ? row.key : undefined),
    // every row of the input, whichever share holds it
    facts: {
      create: () => ({ rows: 0 }),
      see: (facts) => void facts.rows++,
      merge: (into, from) => ({ rows: into.rows + from.rows }),
    },
    create: () => new Map(),
    observe(state, row, place) {
      const key = 'key' in row ? row.key : `unclosed ${row.unclosed}`;
      const seen = state.get(key) ?? { rows: 0, first: place.at };
      seen.rows++;
      state.set(key, seen);
    },
    merge: (into) => into,
    async *finish(state, share, facts) {
      const made = [...state]
        .filter(([key]) => key.startsWith('unclosed ') || share.holds(key))
        .map(([key, seen]): Counted => ({ key, ...seen, of: facts.rows }))
        .sort(byFirst);
      for (const result of ordered ? made : made.reverse()) yield result;
    },
    order: byFirst,
  };
}

/** A file of the keys (one a row), with its header, and a row whose quote never closes at `open`. */
function file(keys: readonly string[], open: number | undefined): string {
  const path = join(dir, `${made++}.csv`);
  const rows = keys.map((key, i) => (i === open ? `"${key},1\n` : `${key},1\n`));
  writeFileSync(path, `Key,Value\n${rows.join('')}`);
  return path;
}

/** What every row's key counts to, in the order of each key's first row. */
function expected(keys: readonly string[]): Counted[] {
  const seen = new Map<string, { rows: number; first: number }>();
  keys.forEach((key, i) => {
    const at = seen.get(key) ?? { rows: 0, first: i + 1 };
    at.rows++;
    seen.set(key, at);
  });
  return [...seen].map(([key, at]) => ({ key, ...at, of: keys.length }));
}

/** A run of the job on one thread, its results taken by `each` as they come and returned. */
async function run(
  job: EngineJob<Row, State, Counted, { rows: number }>,
  files: string[],
  memory?: number,
) {
  const taken: Counted[] = [];
  const done = await runEngine(
    job,
    { files, flag: '--file', workers: 1, memory, script: undefined, setup: undefined },
    (result) => void taken.push(result),
  );
  return { taken, done };
}

const keyArb = fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'), { maxLength: 40 });

describe('runEngine', () => {
  it('REC-3: a streaming finish in the job’s order, taken by each: every key counted, by its first row, none returned (worked: A B A C B)', async () => {
    const { taken, done } = await run(countJob(true), [file(['A', 'B', 'A', 'C', 'B'], undefined)]);
    expect(taken).toEqual([
      { key: 'A', rows: 2, first: 1, of: 5 },
      { key: 'B', rows: 2, first: 2, of: 5 },
      { key: 'C', rows: 1, first: 4, of: 5 },
    ]);
    expect(done.results).toEqual([]);
    expect(done.spilled).toBe(false);
  });

  it('REC-3: a job whose results are its state’s own objects is held on this thread past --memory (nothing on disk, no folder made), its results those of the spill', async () => {
    const keys = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A', 'B'];
    const spilled = await run(countJob(false), [file(keys, undefined)], 8);
    const held = await run(
      { ...countJob(false), resultsAreState: true },
      [file(keys, undefined)],
      8,
    );
    expect([spilled.done.spilled, held.done.spilled]).toEqual([true, false]);
    expect(held.taken).toEqual(spilled.taken);
    expect(held.taken).toEqual(expected(keys));
    expect(readdirSync(runsTmp)).toEqual([]);
  });

  it('REC-3: progress: each file’s bytes read and records so far, its last report the whole file (two files of 3 and 2 rows)', async () => {
    const files = [file(['A', 'B', 'C'], undefined), file(['D', 'E'], undefined)];
    const said: [number, number, number][] = [];
    await runEngine(countJob(true), {
      files,
      flag: '--file',
      workers: 1,
      memory: undefined,
      script: undefined,
      setup: undefined,
      progress: (at, bytesRead, records) => void said.push([at, bytesRead, records]),
    });
    const last = (at: number) => said.filter(([file]) => file === at).at(-1);
    expect(last(0)).toEqual([0, statSync(files[0] as string).size, 3]);
    expect(last(1)).toEqual([1, statSync(files[1] as string).size, 2]);
  });

  it('REC-3: past --memory, the results wait on disk in the run’s own folder, merged back in order, each partition finished with the facts of every row (9), and the folder goes with the run', async () => {
    const keys = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A', 'B'];
    const { taken, done } = await run(countJob(false), [file(keys, undefined)], 8);
    expect(done.spilled).toBe(true);
    expect(taken).toEqual(expected(keys));
    expect(readdirSync(runsTmp)).toEqual([]);
  });

  it('REC-3: streamed, held or spilled, ordered or not, with rows whose quotes never close: each takes the results of one pass over the rows, in order, each share finished with the facts of every row, for any split over files (the same results every way)', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb,
        fc.nat(),
        fc.boolean(),
        fc.constantFrom(undefined, 8, 1 << 30),
        fc.option(fc.nat(), { nil: undefined }),
        async (keys, cut, ordered, memory, open) => {
          const at = keys.length === 0 ? 0 : cut % (keys.length + 1);
          const unclosed = open === undefined || keys.length === 0 ? undefined : open % keys.length;
          // a quote that never closes takes the rest of its file as one row of no key
          const first = file(
            keys.slice(0, at),
            unclosed !== undefined && unclosed < at ? unclosed : undefined,
          );
          const second = file(
            keys.slice(at),
            unclosed !== undefined && unclosed >= at ? unclosed - at : undefined,
          );
          const { taken } = await run(countJob(ordered), [first, second], memory);
          const done = await runEngine(countJob(ordered), {
            files: [first, second],
            flag: '--file',
            workers: 1,
            memory: undefined,
            script: undefined,
            setup: undefined,
          });
          expect(taken).toEqual(done.results);
          if (unclosed === undefined) expect(taken).toEqual(expected(keys));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });
});

describe('runEngine: spill by weight', () => {
  /** A run of the weighing job on one thread, with how many groups it wrote to disk. */
  async function weighed(files: string[], memory: number | undefined) {
    let written = 0;
    const done = await runEngine(
      heldCount(() => void written++),
      {
        files,
        flag: '--file',
        workers: 1,
        memory,
        script: undefined,
        setup: undefined,
      },
    );
    return { done, written };
  }

  it('REC-3: a job weighing its groups holds them within its limit where the input’s bytes alone would spill (9 rows, 7 keys, limit 7 groups at --memory 8)', async () => {
    const keys = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A', 'B'];
    const { done, written } = await weighed([file(keys, undefined)], 8);
    expect(done.spilled).toBe(false);
    expect(written).toBe(0);
    expect([...done.results]).toEqual(expected(keys));
  });

  it('REC-3: past its limit the groups held go to their partitions and come back merged with their later rows: the counts, first rows and facts of one pass (limit 2 groups at --memory 3)', async () => {
    const keys = ['A', 'B', 'A', 'C', 'B', 'D', 'A'];
    const { done, written } = await weighed([file(keys, undefined)], 3);
    expect(done.spilled).toBe(true);
    // A, B and C were held when the third group passed the limit
    expect(written).toBe(3);
    expect([...done.results]).toEqual(expected(keys));
    expect(readdirSync(runsTmp)).toEqual([]);
  });

  it('REC-3: spill by weight: for any rows, any split over files, any limit and rows whose quotes never close, the results equal one pass held in memory, and the run’s folder goes with it', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb,
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (keys, cut, memory, open) => {
          const at = keys.length === 0 ? 0 : cut % (keys.length + 1);
          const unclosed = open === undefined || keys.length === 0 ? undefined : open % keys.length;
          const first = file(
            keys.slice(0, at),
            unclosed !== undefined && unclosed < at ? unclosed : undefined,
          );
          const second = file(
            keys.slice(at),
            unclosed !== undefined && unclosed >= at ? unclosed - at : undefined,
          );
          const { done } = await weighed([first, second], memory);
          const whole = await weighed([first, second], undefined);
          expect(whole.done.spilled).toBe(false);
          expect(done.results).toEqual(whole.done.results);
          if (unclosed === undefined) expect([...done.results]).toEqual(expected(keys));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });
});

describe('runEngine: items beside the rows', () => {
  /**
   * A list of items as a JSON array, or as JSON lines (the other form a list takes; a file of no
   * line is no list, so none is an empty array).
   */
  function list(ids: readonly (string | undefined)[], asLines: boolean): string {
    const lines = asLines && ids.length > 0;
    const path = join(dir, `${made++}.${lines ? 'jsonl' : 'json'}`);
    const texts = ids.map(itemText);
    writeFileSync(path, lines ? `${texts.join('\n')}\n` : `[${texts.join(',')}]`);
    return path;
  }

  /**
   * A run on one thread of the rows, then the items of the lists, within `memory` when given;
   * with `loose`, the rows of no key are the only item's.
   */
  async function withItems(
    files: string[],
    lists: string[],
    memory: number | undefined,
    loose = false,
  ) {
    return runEngine(heldCount(undefined, loose), {
      files,
      flag: '--file',
      items: { files: lists, flag: '--subscriptions' },
      workers: 1,
      memory,
      script: undefined,
      setup: undefined,
    });
  }

  it('REC-3: each item joins its key’s rows after them, in the list’s order; one of no id is an entry of its own in its place; an id written with an escape is read by the job (rows A B A; items B, none, É, A, B)', async () => {
    const keys = ['A', 'B', 'A'];
    const ids = ['B', undefined, 'É', 'A', 'B'];
    const done = await withItems([file(keys, undefined)], [list(ids, false)], undefined);
    expect([...done.results]).toEqual([
      { key: 'A', rows: 2, first: 1, of: 3, items: [4] },
      { key: 'B', rows: 1, first: 2, of: 3, items: [1, 5] },
      { key: 'no id 2', rows: 0, first: 100_002, of: 3, items: [2] },
      { key: 'É', rows: 0, first: 100_003, of: 3, items: [3] },
    ]);
  });

  it('REC-3: a share held in memory is told its rows are whole once, with the facts of every row, before its first item; a share past its limit is not told (rows A B A; items B, A)', async () => {
    const told: string[] = [];
    const job = heldCount();
    const { items } = job;
    if (items === undefined) throw new Error('heldCount has items');
    const tracked: typeof job = {
      ...job,
      items: {
        ...items,
        whole: (_state, facts) => void told.push(`whole ${facts.rows}`),
        observe(state, text, place, only) {
          told.push(`item ${place.at}`);
          items.observe(state, text, place, only);
        },
      },
    };
    const rows = file(['A', 'B', 'A'], undefined);
    const ids = list(['B', 'A'], false);
    const run = (memory: number | undefined) =>
      runEngine(tracked, {
        files: [rows],
        flag: '--file',
        items: { files: [ids], flag: '--subscriptions' },
        workers: 1,
        memory,
        script: undefined,
        setup: undefined,
      });
    const held = await run(undefined);
    expect(held.spilled).toBe(false);
    expect(told).toEqual(['whole 3', 'item 1', 'item 2']);
    told.length = 0;
    // a limit of no group: the share goes to disk at its first row, its items replayed there
    const spilled = await run(1);
    expect(spilled.spilled).toBe(true);
    expect([...told].sort()).toEqual(['item 1', 'item 2']);
    expect([...spilled.results]).toEqual([...held.results]);
  });

  const idArb = fc.array(
    fc.option(fc.constantFrom('A', 'C', 'E', 'G', 'H', 'É'), { nil: undefined }),
    {
      maxLength: 12,
    },
  );

  it('REC-3: routing items: for any rows, any items over two lists (an array and JSON lines) and any limit, held or spilled, the results equal one pass over the rows then the items', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb,
        idArb,
        fc.nat(),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        async (keys, ids, cut, memory) => {
          const at = ids.length === 0 ? 0 : cut % (ids.length + 1);
          const lists = [list(ids.slice(0, at), false), list(ids.slice(at), true)];
          const done = await withItems([file(keys, undefined)], lists, memory);
          expect([...done.results]).toEqual(onePass(keys, ids));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });

  it('REC-3: loose rows: the rows of no key are the only item’s, held or spilled past its limit; with two items they stay of no key (rows none A none B; items B, then B and A)', async () => {
    const rows = file(['', 'A', '', 'B'], undefined);
    for (const memory of [undefined, 2]) {
      const one = await withItems([rows], [list(['B'], false)], memory, true);
      expect([...one.results]).toEqual([
        { key: 'B', rows: 3, first: 1, of: 4, items: [1] },
        { key: 'A', rows: 1, first: 2, of: 4 },
      ]);
    }
    const two = await withItems([rows], [list(['B', 'A'], false)], undefined, true);
    expect([...two.results]).toEqual([
      { key: '', rows: 2, first: 1, of: 4 },
      { key: 'A', rows: 1, first: 2, of: 4, items: [2] },
      { key: 'B', rows: 1, first: 4, of: 4, items: [1] },
    ]);
  });

  it('REC-3: loose rows: for any rows (some of no key), any items and any limit, the results equal one pass in which the rows of no key are the only item’s when the list holds one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('', 'A', 'B', 'C', 'H'), { maxLength: 30 }),
        fc.array(fc.option(fc.constantFrom('A', 'C', 'É', 'Z'), { nil: undefined }), {
          maxLength: 3,
        }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        async (keys, ids, memory) => {
          const done = await withItems([file(keys, undefined)], [list(ids, false)], memory, true);
          expect([...done.results]).toEqual(onePass(keys, ids, true));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });

  it('REC-3: after each piece of the list the engine tells how far it is, as a file after the rows’: its bytes read so far over both lists and its items so far, ending at the lists’ bytes and count', async () => {
    const first = list(
      Array.from({ length: 20_000 }, (_, i) => `K${i}`),
      false,
    );
    const second = list(['A', 'B'], true);
    const told: [number, number, number][] = [];
    await runEngine(heldCount(), {
      files: [file(['A', 'B'], undefined)],
      flag: '--file',
      items: { files: [first, second], flag: '--subscriptions' },
      workers: 1,
      memory: undefined,
      script: undefined,
      setup: undefined,
      progress: (at, bytesRead, records) => void told.push([at, bytesRead, records]),
    });
    const listed = told.filter(([at]) => at >= 1);
    // the first list comes in more than one piece, each told as it is read
    expect(listed.filter(([at]) => at === 1).length).toBeGreaterThan(1);
    for (let i = 1; i < listed.length; i++) {
      expect(listed[i]?.[1]).toBeGreaterThanOrEqual(listed[i - 1]?.[1] ?? 0);
      expect(listed[i]?.[2]).toBeGreaterThan(listed[i - 1]?.[2] ?? 0);
    }
    const bytes = statSync(first).size + statSync(second).size;
    expect(listed.at(-1)).toEqual([2, bytes, 20_002]);
  });
});

describe('runEngine: groups made elsewhere', () => {
  /**
   * The keys grouped as the job holds them (`[key, count]`), the way DuckDB hands its groups,
   * their rows numbered from 11 (read before the file's, numbered apart).
   */
  async function* grouped(keys: readonly string[]) {
    const seen = new Map<string, { rows: number; first: number; items: number[] }>();
    keys.forEach((key, i) => {
      const at = seen.get(key) ?? { rows: 0, first: i + 11, items: [] };
      at.rows++;
      seen.set(key, at);
    });
    for (const [key, at] of seen) yield [key === '' ? undefined : key, [key, at]] as const;
  }

  it('REC-3: groups made elsewhere join the state of their key before the rows, held or spilled past the limit: the results of one pass (groups of A B A, then rows B C A)', async () => {
    for (const memory of [undefined, 2]) {
      const done = await runEngine(heldCount(), {
        files: [file(['B', 'C', 'A'], undefined)],
        flag: '--file',
        groups: grouped(['A', 'B', 'A']),
        workers: 1,
        memory,
        script: undefined,
        setup: undefined,
      });
      // a key's first row is the first observed: its group's, before any row
      expect([...done.results]).toEqual([
        { key: 'C', rows: 1, first: 2, of: 3 },
        { key: 'A', rows: 3, first: 11, of: 3 },
        { key: 'B', rows: 2, first: 12, of: 3 },
      ]);
      expect(readdirSync(runsTmp)).toEqual([]);
    }
  });
});
