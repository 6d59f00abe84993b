import { readdirSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemCells, placedRow, readPlacedRows, shardOf, shareState } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';
import { byFirst, type HeldCount, heldCount, itemText, onePass } from '../_heldCount.ts';

/** The temporary folder the shares see (their spills go there), of this file's own. */
const runsTmp = tempFolder('share-state-');
const saved = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = runsTmp;
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

/**
 * The keys as a JSON-lines file's records, then the items of `ids`, each share given those of its
 * keys (as the engine's reader sends them), weighed against `limit`; every share's results, and
 * whether any spilled.
 */
async function shares(
  keys: readonly string[],
  of: number,
  partitions: number,
  limit?: number,
  ids: readonly (string | undefined)[] = [],
  loose = false,
) {
  // the rows of no key are the only item's, routed by its key
  const only = loose && ids.length === 1 ? ids[0] : undefined;
  const results: HeldCount[] = [];
  let spilled = false;
  const files = ['f.jsonl', 'items.json'];
  for (let index = 0; index < of; index++) {
    const share = shareState(
      heldCount(undefined, loose),
      files,
      { index, of, loose: only },
      { partitions, limit },
      undefined,
      1,
    );
    share.header(0, []);
    keys.forEach((key, i) => {
      if (shardOf(key === '' ? only : key, of) === index)
        share.observe(0, { kind: 'json', text: key }, { file: 'f.jsonl', row: i + 1, at: i + 1 });
    });
    // each item as the reader sends it to its key's worker (one of no key: the first), read back
    const sent = ids.flatMap((id, i) =>
      shardOf(id, of) === index
        ? [placedRow(1, { file: 'items.json', row: i + 1, at: i + 1 }, itemCells(itemText(id), id))]
        : [],
    );
    await readPlacedRows(bytesOf(sent), files, (row, file, place) =>
      share.observe(file, { kind: 'csv', row }, place),
    );
    await share.finish({ rows: keys.length }, (batch) => void results.push(...batch));
    spilled ||= share.spilled;
  }
  return { results: results.sort(byFirst), spilled };
}

/** Bytes in one piece, as a worker reads a batch. */
async function* bytesOf(pieces: Buffer[]): AsyncGenerator<Buffer> {
  yield Buffer.concat(pieces);
}

/** Keys of rows, `''` a row of no key. */
const keyArb = fc.array(fc.constantFrom('', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'), {
  maxLength: 40,
});

describe('shareState', () => {
  it('REC-3: a share weighing its groups spills only past its limit: within it nothing goes to disk (8 keys, limit 8), past it every group comes back (limit 3)', async () => {
    const keys = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'A', 'H'];
    const within = await shares(keys, 1, 64, 8);
    expect(within.spilled).toBe(false);
    expect(within.results).toEqual(onePass(keys));
    const past = await shares(keys, 1, 64, 3);
    expect(past.spilled).toBe(true);
    expect(past.results).toEqual(onePass(keys));
    expect(readdirSync(runsTmp)).toEqual([]);
  });

  it('REC-3: routing by key: for any rows, any shares (1–4), any partitions and any limit, each key is finished by exactly one share and together they give the results of one pass on one thread', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(64, 128, 4096),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        async (keys, of, partitions, limit) => {
          const { results } = await shares(keys, of, partitions, limit);
          expect(results).toEqual(onePass(keys));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });

  it('REC-3: routing items by key: for any rows, any items, any shares (1–4), any partitions and any limit, each item crosses in its row form to the share of its key (the rows of no key, with loose, the only item’s) and the shares together give one pass over the rows then the items', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb,
        fc.array(fc.option(fc.constantFrom('A', 'C', 'H', 'É', 'Z'), { nil: undefined }), {
          maxLength: 3,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(64, 4096),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        fc.boolean(),
        async (keys, ids, of, partitions, limit, loose) => {
          const { results } = await shares(keys, of, partitions, limit, ids, loose);
          expect(results).toEqual(onePass(keys, ids, loose));
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });
});

describe('shareState: groups made elsewhere', () => {
  /**
   * The groups of `grouped` (one `[key, count]` a key, its rows numbered from 101) then the rows
   * of `keys`, each share given those of its keys, the groups in the row form they cross in.
   */
  async function withGroups(
    grouped: readonly string[],
    keys: readonly string[],
    of: number,
    spill: { partitions: number; limit: number | undefined } | undefined,
  ) {
    const counts = new Map<string, { rows: number; first: number; items: number[] }>();
    grouped.forEach((key, i) => {
      const at = counts.get(key) ?? { rows: 0, first: 101 + i, items: [] };
      at.rows++;
      counts.set(key, at);
    });
    const files = ['f.jsonl', '(groups)'];
    const results: HeldCount[] = [];
    for (let index = 0; index < of; index++) {
      const share = shareState(heldCount(), files, { index, of }, spill, undefined, 1, 1);
      share.header(0, []);
      const sent = [...counts]
        .filter(([key]) => shardOf(key, of) === index)
        .map(([key, at], i) =>
          placedRow(
            1,
            { file: '(groups)', row: i + 1, at: i + 1 },
            itemCells(JSON.stringify([key, at]), key),
          ),
        );
      await readPlacedRows(bytesOf(sent), files, (row, file, place) =>
        share.observe(file, { kind: 'csv', row }, place),
      );
      keys.forEach((key, i) => {
        if (shardOf(key, of) === index)
          share.observe(0, { kind: 'json', text: key }, { file: 'f.jsonl', row: i + 1, at: i + 1 });
      });
      await share.finish({ rows: keys.length }, (batch) => void results.push(...batch));
    }
    return results.sort(byFirst);
  }

  it('REC-3: groups made elsewhere: for any groups and rows, any shares (1–4), any partitions and any limit, each group crosses to the share of its key and the shares give what one share holding all in memory gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyArb.map((keys) => keys.filter((key) => key !== '')),
        keyArb,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(64, 4096),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        async (grouped, keys, of, partitions, limit) => {
          const all = await withGroups(grouped, keys, 1, undefined);
          const split = await withGroups(grouped, keys, of, { partitions, limit });
          expect(split).toEqual(all);
          expect(all.reduce((sum, { rows }) => sum + rows, 0)).toBe(grouped.length + keys.length);
          expect(readdirSync(runsTmp)).toEqual([]);
        },
      ),
    );
  });
});
