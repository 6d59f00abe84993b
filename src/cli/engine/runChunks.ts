import type { EngineJob, EngineRecord, KeyShare, RecordPlace, RowReader } from './EngineJob.ts';
import { stateResults } from './group/stateResults.ts';
import { formOf } from './scan/fileForm.ts';
import { fileText } from './scan/fileText.ts';
import { jsonCell } from './scan/jsonCell.ts';
import { jsonItemTexts } from './scan/jsonItemTexts.ts';
import { placedRow } from './scan/placedRows.ts';
import { cutRows } from './scan/rowCut.ts';
import { chunkThreads } from './shard/chunkThreads.ts';
import { pushAll } from './write/pushAll.ts';

/** The bytes of JSON lines gathered before they go to a worker. */
const BATCH = 1 << 20;

/** A state that may hold rows of any key (a job of `chunks`): every key is its. */
const ANY_KEY: KeyShare = { holds: () => true };

/** Pieces copied into one buffer of its own (its `ArrayBuffer` transferable). */
function own(pieces: readonly Buffer[], length: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (const piece of pieces) {
    piece.copy(bytes, at);
    at += piece.length;
  }
  return bytes;
}

/**
 * The file engine's run for a job of `chunks` on workers (REC-3, USG-7 `--workers`, no spill):
 * the reading thread inflates each file and cuts it into chunks of whole rows ({@link cutRows}),
 * reading no cell but the header's, and hands each, with its first row's place, to the next
 * idle worker ({@link chunkThreads}), which scans, reads and observes its rows into one state of
 * its own; a JSON-lines file's lines go the same way as placed rows, unread here. What only the
 * file's end tells (a last row with no line feed, quotes never closed) is read in this thread,
 * in its place. Each state is finished by the command's function and the results sorted by the
 * job's order: with `merge` associative and commutative and `finish` a part the command merges,
 * the output is the one the keyed shards give.
 *
 * @param job - The command (its `chunks` set).
 * @param run - The files, their flag, what a worker makes the job from, the built worker script
 *   and how many workers.
 * @returns The results, in order, and how many records each file had after its header.
 * @throws {UsageError} For a file that cannot be read, or a header the command refuses.
 */
export async function runChunks<Row, State, Result, Facts>(
  job: EngineJob<Row, State, Result, Facts>,
  run: {
    readonly files: readonly string[];
    readonly flag: string;
    readonly setup: unknown;
    readonly script: URL;
    readonly shards: number;
  },
): Promise<{ results: Result[]; records: number[] }> {
  const { shards } = run;
  const threads = chunkThreads<Result>(run.script, job.command, {
    setup: run.setup,
    files: run.files,
    shards,
    spill: undefined,
  });
  const here = job.create();
  const readers: RowReader<Row>[] = [];
  // records before their file's header (a first row whose quotes never close)
  const early: [number, EngineRecord, RecordPlace][] = [];
  const observe = (file: number, record: EngineRecord, place: RecordPlace): void => {
    const reader = readers[file];
    if (reader === undefined) {
      early.push([file, record, place]);
      return;
    }
    const row = reader(record, place);
    if (row !== undefined) job.observe(here, row, place);
  };
  const records: number[] = [];
  let at = 0;
  try {
    for (const [index, file] of run.files.entries()) {
      let row = 0;
      const header = (names: readonly string[]): void => {
        readers[index] = job.header(names, file);
        threads.header(index, names);
        for (const [at, record, place] of early.splice(0)) observe(at, record, place);
      };
      const text = fileText(file, run.flag);
      const form =
        job.jsonLines === true ? await formOf(text.bytes) : { json: false, bytes: text.bytes };
      if (form.json) {
        header([]);
        let pieces: Buffer[] = [];
        let length = 0;
        for await (const batch of jsonItemTexts(form.bytes, `${run.flag} ${file}`)) {
          for (const item of batch.texts) {
            const place = { file, row: ++row, at: ++at };
            const placed = placedRow(index, place, jsonCell(item.toString('utf8')));
            pieces.push(placed);
            length += placed.length;
          }
          if (length < BATCH) continue;
          await threads.rows(own(pieces, length));
          pieces = [];
          length = 0;
        }
        if (length > 0) await threads.rows(own(pieces, length));
      } else
        await cutRows(form.bytes, {
          header,
          rows(bytes, rows) {
            const first = row + 1;
            const number = at + 1;
            row += rows;
            at += rows;
            return threads.chunk(index, bytes, first, number, rows);
          },
          record: (record) => observe(index, record, { file, row: ++row, at: ++at }),
        });
      records.push(row);
    }
    const results: Result[] = [];
    await stateResults(job, here, ANY_KEY, undefined as Facts, (batch) => pushAll(results, batch));
    pushAll(results, await threads.finish());
    results.sort((a, b) => job.order(a, b));
    return { results, records };
  } finally {
    threads.stop();
  }
}
