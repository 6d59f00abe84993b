import { readdirSync, rmSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import type { ReconcileFinding } from 'subscription-rules/reconciliation';
import { afterAll, describe, expect, it } from 'vitest';
import { resultRuns } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A folder of its own, as a spill's. */
function folder(): string {
  const dir = tempFolder('finding-runs-');
  folders.push(dir);
  return dir;
}

/** A finding naming its result's key and its place among that result's findings. */
const finding = (key: number, n: number, text = ''): ReconcileFinding =>
  ({ finding: 'issue', subscriptionId: `S${key}`, message: `${n}${text}` }) as ReconcileFinding;

/** A finding at its result's key, as reconcile keeps it. */
type Keyed = readonly [number, ReconcileFinding];

/** Runs of keyed findings, in key order. */
const findingRuns = (dir: string) => resultRuns<Keyed>(dir, (a, b) => a[0] - b[0]);

/** Everything merged, in the order handed over. */
function merged(runs: ReturnType<typeof findingRuns>): ReconcileFinding[] {
  const out: ReconcileFinding[] = [];
  runs.merge(([, f]) => out.push(f));
  return out;
}

describe('resultRuns', () => {
  it('REC-3: partitions written one after the other come back by key, a key’s findings in their order (worked: three runs)', () => {
    const dir = folder();
    const runs = findingRuns(dir);
    // partition A: keys 3, 5 (two findings), 9; partition B: 1, 4; partition C: 2
    for (const [key, n] of [
      [3, 0],
      [5, 0],
      [5, 1],
      [9, 0],
      [1, 0],
      [4, 0],
      [2, 0],
    ] as const)
      runs.add([key, finding(key, n)]);
    expect(merged(runs).map((f) => `${f.subscriptionId}:${f.message}`)).toEqual([
      'S1:0',
      'S2:0',
      'S3:0',
      'S4:0',
      'S5:0',
      'S5:1',
      'S9:0',
    ]);
    // a file a run, written by the merge at the latest
    expect(readdirSync(dir).sort()).toEqual([
      'results-0.jsonl',
      'results-1.jsonl',
      'results-2.jsonl',
    ]);
  });

  it('REC-3: findings past the read buffer and the write buffer, in letters of two to four bytes, come back whole', () => {
    const runs = findingRuns(folder());
    const long = 'ü€𝄞'.repeat(3000);
    // 2 runs of 400 findings of ~27 KB each: past 1 MiB buffered and 64 KiB read at a time
    for (const start of [1, 0])
      for (let i = 0; i < 400; i++) runs.add([start + 2 * i, finding(start + 2 * i, 0, long)]);
    const out = merged(runs);
    expect(out).toHaveLength(800);
    expect(out.map((f) => f.subscriptionId)).toEqual(
      Array.from({ length: 800 }, (_, i) => `S${i}`),
    );
    expect(out.every((f) => f.message === `0${long}`)).toBe(true);
  });

  it('REC-3: no finding kept: the merge hands none over and writes no file', () => {
    const dir = folder();
    expect(merged(findingRuns(dir))).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.prop([
    fc.uniqueArray(fc.nat({ max: 2 ** 52 }), { maxLength: 60 }),
    fc.array(fc.nat({ max: 3 }), { minLength: 60, maxLength: 60 }),
    fc.array(fc.nat({ max: 7 }), { minLength: 60, maxLength: 60 }),
  ])(
    'REC-3: results spread over partitions, each partition in key order: merged, they equal every finding sorted by key, one result’s findings in their order',
    (keys, counts, partitionOf) => {
      const results = keys.map((key, i) => ({
        key,
        findings: Array.from({ length: counts[i] ?? 0 }, (_, n) => finding(key, n)),
        partition: partitionOf[i] ?? 0,
      }));
      const runs = findingRuns(folder());
      for (let partition = 0; partition < 8; partition++)
        for (const result of results
          .filter((r) => r.partition === partition)
          .sort((a, b) => a.key - b.key))
          for (const f of result.findings) runs.add([result.key, f]);
      const expected = [...results].sort((a, b) => a.key - b.key).flatMap((r) => r.findings);
      expect(merged(runs)).toEqual(expected);
    },
  );
  test.prop([
    fc.uniqueArray(fc.nat({ max: 2 ** 52 }), { maxLength: 60 }),
    fc.array(fc.nat({ max: 3 }), { minLength: 60, maxLength: 60 }),
    fc.array(fc.nat({ max: 3 }), { minLength: 60, maxLength: 60 }),
    fc.array(fc.nat({ max: 3 }), { minLength: 120, maxLength: 120 }),
  ])(
    'REC-3: workers’ streams, each in key order, handed over interleaved any way: merged, they equal every finding sorted by key, one result’s findings in their order, with one file a stream',
    (keys, counts, streamOf, turns) => {
      const results = keys.map((key, i) => ({
        key,
        findings: Array.from({ length: counts[i] ?? 0 }, (_, n) => finding(key, n)),
        stream: streamOf[i] ?? 0,
      }));
      const queues = [0, 1, 2, 3].map((stream) =>
        results.filter((r) => r.stream === stream).sort((a, b) => a.key - b.key),
      );
      const dir = folder();
      const runs = findingRuns(dir);
      // the streams' results arrive in turns, as the workers' messages do
      for (let turn = 0; queues.some((queue) => queue.length > 0); turn++) {
        const queue =
          queues.find((q, stream) => q.length > 0 && stream === turns[turn % 120]) ??
          queues.find((q) => q.length > 0);
        const stream = queues.indexOf(queue ?? []);
        const result = queue?.shift();
        for (const f of result?.findings ?? []) runs.add([result?.key ?? 0, f], stream);
      }
      const expected = [...results].sort((a, b) => a.key - b.key).flatMap((r) => r.findings);
      expect(merged(runs)).toEqual(expected);
      const streams = new Set(results.filter((r) => r.findings.length > 0).map((r) => r.stream));
      expect(readdirSync(dir)).toHaveLength(streams.size);
    },
  );
  test.prop([fc.array(fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), { maxLength: 6 })])(
    'REC-3: any command’s order (results of text, by code unit): runs each in order, kept stream by stream, merge to every result sorted by that order',
    (streams) => {
      const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
      const runs = resultRuns<string>(folder(), byText);
      streams.forEach((stream, i) => {
        for (const text of [...stream].sort(byText)) runs.add(text, i);
      });
      const out: string[] = [];
      runs.merge((text) => out.push(text));
      expect(out).toEqual(streams.flat().sort(byText));
    },
  );
});
