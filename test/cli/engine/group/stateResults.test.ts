import { describe, expect, it } from 'vitest';
import { shareState, stateResults } from '../../../_private.ts';

/** A job whose state is a list of numbers and whose finish streams them; its census, their count. */
function job(flags: { streams?: boolean; ordered?: boolean }) {
  return {
    command: 'count',
    flag: '--file',
    worker: 'countWorker.js',
    header: () => (record: { kind: string; text?: string }) =>
      record.kind === 'json' ? Number(record.text) : undefined,
    key: () => undefined,
    create: (): number[] => [],
    observe: (state: number[], row: number) => void state.push(row),
    merge: (into: number[], from: number[]) => into.concat(from),
    split: {
      census: (state: number[]) => ({ rows: state.length }),
      assign: async () => [],
    },
    async *finish(state: number[]) {
      yield* state;
    },
    order: (a: number, b: number) => a - b,
    ...flags,
  } as never;
}

describe('stateResults and a share’s census (REC-3, USG-7 --workers)', () => {
  it('USG-7: a finish whose results are put together in any order (streams) hands each on alone as it comes; an ordered one in batches, in order; any other whole', async () => {
    const given = async (flags: { streams?: boolean; ordered?: boolean }) => {
      const batches: [number[], boolean][] = [];
      await stateResults(job(flags), [3, 1, 2], { holds: () => true }, undefined, (r, sorted) =>
        batches.push([r as number[], sorted]),
      );
      return batches;
    };
    expect(await given({ streams: true })).toEqual([
      [[3], false],
      [[1], false],
      [[2], false],
    ]);
    expect(await given({ ordered: true })).toEqual([[[3, 1, 2], true]]);
    expect(await given({})).toEqual([[[3, 1, 2], false]]);
  });

  it('USG-7: a share held in memory says its state’s census once its rows are read; one whose rows went to disk says none', async () => {
    const held = shareState(job({}), ['f.jsonl'], { index: 0, of: 1 }, undefined);
    held.header(0, []);
    for (const [i, text] of ['4', '5'].entries())
      held.observe(0, { kind: 'json', text }, { file: 'f.jsonl', row: i + 1, at: i + 1 });
    expect(held.census()).toEqual({ rows: 2 });
    const spilled = shareState(
      job({}),
      ['f.jsonl'],
      { index: 0, of: 1 },
      {
        partitions: 2,
        limit: undefined,
      },
    );
    spilled.header(0, []);
    spilled.observe(0, { kind: 'json', text: '4' }, { file: 'f.jsonl', row: 1, at: 1 });
    expect(spilled.census()).toBeUndefined();
    // its folder removed
    await spilled.finish(undefined, () => undefined);
  });
});
