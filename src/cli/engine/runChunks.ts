import { statSync } from 'node:fs';
import type { EngineJob, EngineRecord, KeyShare, RecordPlace, RowReader } from './EngineJob.ts';
import { stateResults } from './group/stateResults.ts';
import { formOf } from './scan/fileForm.ts';
import { fileRanges, RANGE } from './scan/fileRanges.ts';
import { fileText } from './scan/fileText.ts';
import { jsonItemTexts } from './scan/jsonItemTexts.ts';
import { BLOCK, cutRows } from './scan/rowCut.ts';
import { chunkThreads } from './shard/chunkThreads.ts';
import type { WorkerHere } from './shard/workerThreads.ts';
import { pushAll } from './write/pushAll.ts';

/** The bytes of JSON lines gathered before they go to a worker. */
const BATCH = 1 << 20;

/** A state that may hold rows of any key (a job of `chunks`): every key is its. */
const ANY_KEY: KeyShare = { holds: () => true };

/** Pieces copied into one buffer of its own (its `ArrayBuffer` transferable), and where each ends. */
function own(pieces: readonly Buffer[], length: number): { bytes: Buffer; ends: Uint32Array } {
  const bytes = Buffer.allocUnsafeSlow(length);
  const ends = new Uint32Array(pieces.length);
  let at = 0;
  for (const [i, piece] of pieces.entries()) {
    piece.copy(bytes, at);
    at += piece.length;
    ends[i] = at;
  }
  return { bytes, ends };
}

/**
 * The file engine's run for a job of `chunks` on workers (REC-3, USG-7 `--workers`, no spill):
 * the reading thread reads each file's header row and hands the rows after it on in blocks
 * ({@link cutRows}), reading no other cell and finding no row's end, each to the idlest worker
 * ({@link chunkThreads}) — a gzip file's blocks inflated here and their bytes sent, a plain file's
 * given by where they lie and read by their worker — which cuts it into rows behind what the
 * block before left open (said on by that block's worker, with the next row's place) and scans,
 * reads and observes its rows into one state of its own; a JSON-lines file's lines go the same
 * way, undecoded, decoded in the worker. With `run.here`, the first worker is this thread's own
 * (the command's worker on one end of a channel): `--workers 2` is one worker thread beside the
 * reading thread. What only the file's end tells (a last row with no line feed, quotes never
 * closed) is read in this thread, in its place, once the last block's worker said what it left.
 * Each state is finished by the command's function and the results sorted by the
 * job's order: with `merge` associative and commutative and `finish` a part the command merges,
 * the output is the one the keyed shards give. With the job's `split`, each worker first says
 * what it holds, and its finish is given what this thread assigns it from every census: the
 * workers finish side by side (this thread's own state is finished with no facts).
 *
 * @param job - The command (its `chunks` set).
 * @param run - The files, their flag, what a worker makes the job from, the built worker script,
 *   how many workers, and the first worker run in this thread (`here`), when given.
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
    readonly workerHeap?: number | undefined;
    readonly here?: WorkerHere | undefined;
  },
): Promise<{ results: Result[]; records: number[] }> {
  const { shards } = run;
  const threads = chunkThreads<Result>(
    run.script,
    job.command,
    { setup: run.setup, files: run.files, shards, spill: undefined, heap: run.workerHeap },
    run.here,
  );
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
      // into pieces used again: the rows' bytes are copied into blocks as each piece comes
      const text = fileText(file, run.flag, true);
      const form =
        job.jsonLines === true ? await formOf(text.bytes) : { json: false, bytes: text.bytes };
      if (form.json) {
        header([]);
        let pieces: Buffer[] = [];
        let length = 0;
        /** The gathered lines, undecoded, to the next idle worker. */
        const send = (): Promise<void> => {
          const { bytes, ends } = own(pieces, length);
          const first = row + 1;
          const number = at + 1;
          row += pieces.length;
          at += pieces.length;
          pieces = [];
          length = 0;
          return threads.lines(index, bytes, ends, first, number);
        };
        for await (const batch of jsonItemTexts(form.bytes, `${run.flag} ${file}`)) {
          for (const item of batch.texts) {
            // held until a batch is full, past the piece it is a view of
            pieces.push(text.reused ? Buffer.from(item) : item);
            length += item.length;
          }
          if (length >= BATCH) await send();
        }
        if (length > 0) await send();
      } else
        await cutRows(form.bytes, {
          header(names) {
            header(names);
            threads.begin({ tail: new Uint8Array(0), row: row + 1, at: at + 1 });
          },
          block: (bytes) => threads.block(index, bytes),
          buffer: (size) => threads.buffer(size),
          // a file not gzip: its rows read by the workers from where each block lies, the
          // file's size taken now (bytes written past it later are not read); when the workers
          // finish side by side, in larger blocks: fewer plans cut between them
          ...(text.gzip
            ? {}
            : {
                async rest(offset: number) {
                  const size = statSync(file).size;
                  const most = job.split === undefined ? BLOCK : RANGE;
                  for (const [start, length] of fileRanges(
                    text.dropped() + offset,
                    size,
                    shards,
                    most,
                  ))
                    await threads.range(index, start, length);
                },
              }),
          async end() {
            const carry = await threads.end();
            row = carry.row - 1;
            at = carry.at - 1;
            return Buffer.from(carry.tail.buffer, carry.tail.byteOffset, carry.tail.byteLength);
          },
          record: (record) => observe(index, record, { file, row: ++row, at: ++at }),
        });
      records.push(row);
    }
    const results: Result[] = [];
    // with the job's split, each worker finishes what only it holds, side by side, given what
    // this thread says from every census (this thread's own state's last)
    const split = job.split;
    const facts =
      split === undefined
        ? undefined
        : await split.assign([...(await threads.census()), split.census(here)]);
    await stateResults(job, here, ANY_KEY, undefined as Facts, (batch) => pushAll(results, batch));
    pushAll(results, await threads.finish(facts));
    results.sort((a, b) => job.order(a, b));
    return { results, records };
  } finally {
    threads.stop();
  }
}
