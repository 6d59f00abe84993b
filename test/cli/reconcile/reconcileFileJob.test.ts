import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeReconcileFile } from '../../../bench/reconcileFile.mjs';
import {
  type KeyCell,
  type ReconRow,
  type RowReader,
  reconcileFileJob,
  runEngine,
  type ScanSink,
  scanFiles,
} from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { SETUP } from './_pieces.ts';

const dir = tempFolder('reconcile-file-job-');

/** The job's results of a file and its list, in this thread, within `memory` (none: no budget). */
async function results(file: string, list: string, memory?: number) {
  const job = reconcileFileJob(SETUP);
  const done = await runEngine(job, {
    files: [file],
    flag: '--file',
    workers: 1,
    memory,
    script: undefined,
    items: { files: [list], flag: '--subscriptions' },
    setup: SETUP,
  });
  // each share's subscriptions that found nothing are counted apart: summed, as the command sums them
  const counts = {
    compared: 0,
    results: 0,
    matched: 0,
    noted: 0,
    unverified: 0,
    refused: 0,
    problems: 0,
  };
  for (const result of done.results)
    if (result.kind === 'counts')
      for (const name of Object.keys(counts) as (keyof typeof counts)[])
        counts[name] += result.counts[name];
  return {
    results: done.results.filter((result) => result.kind !== 'counts'),
    counts,
    spilled: done.spilled,
    window: job.window(),
  };
}

describe('reconcileFileJob', () => {
  it('REC-3: an item of --subscriptions that is not JSON is told by the share that holds it, at its place in the list, before any other result; the items of a list JSON.parse reads are compared, listed again or no resource, in the list’s order', async () => {
    const file = join(dir, 'small.csv');
    writeFileSync(
      file,
      'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,BillableQuantity,Subtotal,Currency\nS1,new,2026-11-20,2026-12-19,12.50,10,125.00,USD\n',
    );
    const list = join(dir, 'broken.json');
    writeFileSync(list, '[{"id":"S1"},{"id":"S2",},{"id":"S3"},{"id":"S4" "x"}]');
    for (const memory of [undefined, 1024]) {
      const read = await results(file, list, memory);
      // each share stops at its first: the second item, and the fourth when another share holds it
      const unreadable = read.results.filter((result) => result.kind === 'unreadable');
      expect(unreadable[0]).toEqual({ kind: 'unreadable', at: 2 });
      expect(unreadable.every((result) => result.at === 2 || result.at === 4)).toBe(true);
      // the unreadable items come first: the command says the list’s fault before any finding
      expect(read.results[0]).toEqual({ kind: 'unreadable', at: 2 });
    }
    // a subscription without a line listed again, one as Partner Center writes ids (held as bits)
    const guid = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    writeFileSync(
      list,
      `[{"id":"S1"},{"id":"S2"},{"id":"S1"},["S4"],{"id":"S2"},{"id":"${guid}"},{"id":"${guid}"}]`,
    );
    const read = await results(file, list);
    expect(read.results.filter((result) => result.kind === 'unreadable')).toEqual([]);
    // S1 compared, S2 has no line, S1 listed again, the fourth no resource, S2 listed again, the
    // GUID has no line, then listed again: in the list’s order
    const keyed = read.results.flatMap((result) =>
      result.kind === 'result' ? [[result.key, result.result.findings.map((f) => f.message)]] : [],
    );
    expect(keyed.map(([key]) => key)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const again of [2, 4, 6])
      expect(String(keyed[again]?.[1])).toMatch(/lists it more than once/);
    for (const first of [0, 1, 5])
      expect(String(keyed[first]?.[1])).not.toMatch(/lists it more than once/);
    expect(String(keyed[3]?.[1])).toMatch(/item 4: expected a Subscription resource with its id/);
    // the file's one day, 2026-11-20, as an epoch day
    const day = Date.UTC(2026, 10, 20) / 86_400_000;
    expect(read.window).toEqual({ firstDay: day, lastDay: day });
  });

  it('REC-3: merging a share’s groups spilled past any budget gives the one pass’s results: the same results held in memory and spilled, for any --memory', async () => {
    const written = writeReconcileFile(join(dir, 'generated'), { lines: 400 });
    const held = await results(written.file, written.resources);
    expect(held.spilled).toBe(false);
    expect(held.results.some((result) => result.kind === 'result')).toBe(true);
    expect(held.counts.compared).toBeGreaterThan(300);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 64, max: 200_000 }), async (memory) => {
        const spilled = await results(written.file, written.resources, memory);
        expect(spilled.spilled).toBe(true);
        expect(spilled.results).toEqual(held.results);
        expect(spilled.counts).toEqual(held.counts);
        expect(spilled.window).toEqual(held.window);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('REC-3: the one cell the reading thread keys a row by gives every row the subscription its line reader gives it, whatever the header’s case, spaces, quotes, twins and short rows', async () => {
    const id = fc.oneof(
      fc.constantFrom('S1', ' S1 ', 'S2', '', '  ', '"S,1"', '"S ""1"""', 's1'),
      fc.stringMatching(/^[ A-Za-z0-9-]{0,6}$/),
    );
    const rest =
      'ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,BillableQuantity,Subtotal,Currency';
    const cells = 'new,2026-11-20,2026-12-19,12.50,10,125.00,USD';
    const names = ['SubscriptionId', 'subscriptionid', ' SubscriptionId ', '\uFEFFSUBSCRIPTIONID'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.boolean(),
        fc.array(fc.tuple(id, fc.boolean(), id), { minLength: 1, maxLength: 12 }),
        async (name, twin, rows) => {
          // the id first and again last, or only last; a short row stops before it
          const header = twin ? `${name},${rest},SubscriptionId` : `${rest},${name}`;
          const lines = rows.map(([one, short, two]) =>
            short ? 'new' : twin ? `${one},${cells},${two}` : `${cells},${one}`,
          );
          const file = join(tempFolder('reconcile-key-cell-'), 'recon.csv');
          writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
          const job = reconcileFileJob(SETUP);
          const byReader: (string | undefined)[] = [];
          let read: RowReader<ReconRow> | undefined;
          await scanFiles([file], '--file', {
            header(_, names) {
              read = job.header(names, file);
            },
            record(_, record, place) {
              const row = read?.(record, place);
              if (row !== undefined) byReader.push(job.key(row));
            },
          });
          // the reading thread's way: the scan reads the key's cell, none after it
          const byCell: (string | undefined)[] = [];
          let cell: KeyCell | undefined;
          const sink: ScanSink & { only: number | undefined } = {
            only: undefined,
            header(_, names) {
              cell = job.keyCell?.(names);
              sink.only = cell?.at;
            },
            record(_, record) {
              if (record.kind === 'csv') byCell.push(cell?.key(record.row.cell(cell.at)));
            },
          };
          await scanFiles([file], '--file', sink);
          expect(cell).toBeDefined();
          expect(byCell).toEqual(byReader);
        },
      ),
      { numRuns: 60 },
    );
  });
});
