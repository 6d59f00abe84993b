import { batchBuffers } from '../scan/batchBuffers.ts';
import { rangesAhead } from '../scan/fileRanges.ts';
import { BLOCK } from '../scan/rowCut.ts';
import { pushAll } from '../write/pushAll.ts';
import type { EngineAnswer, EngineMessage, EngineWorkerData } from './engineWorker.ts';
import { IN_FLIGHT, type WorkerHere, workerThreads } from './workerThreads.ts';

/**
 * Each worker's young generation, in MiB: half of V8's default of 32. A chunk's worker allocates
 * a row's texts and objects and lets them go at once, so its nursery grows to the most V8 lets it;
 * with the reading thread's, three such nurseries are some 100 MB of a run's resident memory, the
 * margin that keeps two workers finishing side by side within 512 MiB on the shared usage file
 * (docs/PERFORMANCE.md), their time the same within the runs' spread.
 */
const NURSERY_MB = 16;

/** What a block of a file starts with: the bytes the block before left open, its first row's place. */
export interface BlockCarry {
  /** The bytes before the block's own (a row's start): empty after a row's end. */
  readonly tail: Uint8Array;
  /** The first row's row in its file. */
  readonly row: number;
  /** Its number across the files. */
  readonly at: number;
}

/** The engine's workers of a job of `chunks`, as the reading thread sees them. */
export interface ChunkThreads<Result> {
  /** A file's header, to every worker. */
  header(file: number, names: readonly string[]): void;
  /**
   * Starts a file's chain of blocks: what its first block starts with (its header read).
   *
   * @param carry - The rows' first place, and no bytes.
   */
  begin(carry: BlockCarry): void;
  /**
   * A block of the file's bytes, its buffer handed over (the sender keeps no view of it), to the
   * worker with the fewest blocks still to read; it cuts the block into rows once the worker of the
   * block before said what that one left open. Resolves when the reader may go on.
   *
   * @param file - The file's index.
   * @param bytes - The block, in a buffer of its own (its `ArrayBuffer` is transferred).
   */
  block(file: number, bytes: Buffer): Promise<void>;
  /**
   * A block given by where it lies in its file (a file not gzip), to the worker with the fewest
   * blocks still to read, which reads its bytes itself and cuts them as a {@link ChunkThreads.block}'s.
   * Resolves when the reader may go on: a worker has no more such blocks sent than `rangesAhead`
   * says for their length (of blocks of 8 MiB, two).
   *
   * @param file - The file's index.
   * @param offset - Where the block starts in the file.
   * @param length - Its bytes.
   */
  range(file: number, offset: number, length: number): Promise<void>;
  /** What the file's last block left open, once its worker cut it: the file's end. */
  end(): Promise<BlockCarry>;
  /**
   * A buffer for the reader's next block: one a worker handed back when there is one, else a
   * fresh one (of a megabyte, or `size` when larger).
   *
   * @param size - The block's bytes.
   */
  buffer(size: number): Buffer;
  /**
   * JSON lines, undecoded, in a buffer of their own, to the next idle worker.
   *
   * @param file - The file's index.
   * @param bytes - The lines, one after another.
   * @param ends - Where each ends.
   * @param row - The first line's row in its file.
   * @param at - Its number across the files.
   */
  lines(file: number, bytes: Buffer, ends: Uint32Array, row: number, at: number): Promise<void>;
  /**
   * What each worker's state holds, once its rows are read (the job's `split`): each worker's
   * census, in order.
   */
  census(): Promise<unknown[]>;
  /**
   * Every worker's results. Without `facts`, one worker at a time finishes its state, and is
   * stopped once its results came, so no more than one worker's state and its copy in this thread
   * live beside the results taken; with each worker's facts (the job's `split`), they finish side
   * by side, each what only it holds.
   *
   * @param facts - Each worker's facts, in order; absent: none.
   */
  finish(facts?: readonly unknown[]): Promise<Result[]>;
  /** Stops the workers at once (a failure elsewhere). */
  stop(): void;
}

/**
 * The engine's threads for a job of `chunks` (REC-3, USG-7 `--workers`): one worker a state of
 * every key, started from the command's built worker script; each block goes to the worker with
 * the fewest still to read, transferred rather than copied, and the reader waits while every
 * worker has {@link IN_FLIGHT} to read — memory holds a few blocks, never the file. Blocks are
 * cut into rows in the workers, one after another: a worker says what its block left open (the
 * carry) as soon as it has cut it, before it reads a row, and this thread hands it to the worker
 * of the next block, so the cut of one block overlaps the reading of the ones before. A block of
 * a file not gzip may go as where it lies ({@link ChunkThreads.range}), its worker reading it: then
 * no thread waits on the reader's reading, and the reader may be the first worker itself
 * (`here`). A worker that fails or stops before it is done fails the run with an Error naming it.
 *
 * @param script - The command's built worker script.
 * @param command - The command, in errors.
 * @param data - What every worker starts with (its own `shard` set here).
 * @param here - The first worker run in this thread, when given (the command's worker, started on
 *   one end of a channel).
 * @returns The workers, started.
 */
export function chunkThreads<Result>(
  script: URL,
  command: string,
  data: Omit<EngineWorkerData, 'shard' | 'chunks'>,
  here?: WorkerHere,
): ChunkThreads<Result> {
  const results: Result[][] = Array.from({ length: data.shards }, () => []);
  // the blocks' buffers the workers hand back, for the reader's next blocks: at most as many as
  // may be in flight, so memory holds those and no more
  const spares = batchBuffers(BLOCK, (IN_FLIGHT + 1) * data.shards);
  let finished = 0;
  const censuses = new Map<number, unknown>();
  /** Whether the workers finish side by side: each stopped once its results came. */
  let together = false;
  /** The next block's number in the run's chain. */
  let next = 0;
  /** The worker of each block sent whose carry has not come yet. */
  const owners = new Map<number, number>();
  /** Carries come before their block was sent, or the file's end. */
  const carries = new Map<number, BlockCarry>();
  const carry = (seq: number, given: BlockCarry): void => {
    const owner = owners.get(seq);
    if (owner === undefined) {
      carries.set(seq, given);
      return;
    }
    owners.delete(seq);
    const message = { kind: 'carry', seq, ...given } satisfies EngineMessage;
    threads.tell(owner, message, [given.tail.buffer as ArrayBuffer]);
  };
  const threads = workerThreads<EngineAnswer>(script, {
    count: data.shards,
    here,
    resourceLimits: {
      maxYoungGenerationSizeMb: NURSERY_MB,
      ...(data.heap === undefined ? {} : { maxOldGenerationSizeMb: data.heap }),
    },
    workerData: (shard) => ({ ...data, shard, chunks: true }) satisfies EngineWorkerData,
    stopped: (shard, code) =>
      new Error(
        `${command} worker ${shard + 1} of ${data.shards} stopped (exit code ${code}) before it had finished its rows`,
      ),
    answer(shard, answer) {
      if (answer.kind === 'took') {
        if (answer.spare !== undefined) spares.give(answer.spare.buffer as ArrayBuffer);
        threads.took(shard);
      } else if (answer.kind === 'carried') {
        if (answer.spare !== undefined) spares.give(answer.spare.buffer as ArrayBuffer);
        carry(answer.seq + 1, { tail: answer.tail, row: answer.row, at: answer.at });
      } else if (answer.kind === 'results')
        pushAll(results[shard] ?? [], answer.results as Result[]);
      else if (answer.kind === 'census') censuses.set(shard, answer.census);
      else if (answer.kind === 'done') {
        finished++;
        // its results are here: its memory freed while the others finish
        if (together) threads.end(shard);
      }
    },
  });
  const { waits } = threads;
  /** The worker with the fewest messages still to take. */
  const idlest = (): number => {
    let best = 0;
    for (let shard = 1; shard < data.shards; shard++)
      if (threads.inFlight(shard) < threads.inFlight(best)) best = shard;
    return best;
  };
  /**
   * Waits for room in the idlest worker (fewer than `limit` messages to take), then says which it is.
   */
  const room = async (limit = IN_FLIGHT): Promise<number> => {
    if (waits.failure !== undefined) throw waits.failure;
    if (threads.inFlight(idlest()) >= limit)
      await waits.until(() => threads.inFlight(idlest()) < limit);
    return idlest();
  };
  /** Posts the chain's next block to the idlest worker, with its carry when it came already. */
  const chain = async (
    message: (seq: number) => EngineMessage,
    transfer: readonly ArrayBuffer[],
    limit?: number,
  ): Promise<void> => {
    const shard = await room(limit);
    const seq = next++;
    owners.set(seq, shard);
    threads.post(shard, message(seq), transfer);
    const given = carries.get(seq);
    if (given === undefined) return;
    carries.delete(seq);
    carry(seq, given);
  };
  return {
    header(file, names) {
      threads.all({ kind: 'header', file, names } satisfies EngineMessage);
    },
    begin: (given) => carry(next, given),
    buffer: (size) => spares.take(size),
    async block(file, bytes) {
      await chain((seq) => ({ kind: 'block', file, seq, bytes }), [bytes.buffer as ArrayBuffer]);
    },
    async range(file, offset, length) {
      // a worker reads its blocks as they come: of large blocks, fewer read ahead
      await chain(
        (seq) => ({ kind: 'range', file, seq, offset, length }),
        [],
        rangesAhead(length, IN_FLIGHT),
      );
    },
    async end() {
      await waits.until(() => carries.has(next));
      const given = carries.get(next) as BlockCarry;
      carries.delete(next);
      return given;
    },
    async lines(file, bytes, ends, row, at) {
      const shard = await room();
      threads.post(shard, { kind: 'lines', file, bytes, ends, row, at } satisfies EngineMessage, [
        bytes.buffer as ArrayBuffer,
        ends.buffer as ArrayBuffer,
      ]);
    },
    async census() {
      threads.all({ kind: 'census' } satisfies EngineMessage);
      await waits.until(() => censuses.size === data.shards);
      return Array.from({ length: data.shards }, (_, shard) => censuses.get(shard));
    },
    async finish(facts) {
      try {
        if (facts !== undefined) {
          together = true;
          for (let shard = 0; shard < data.shards; shard++)
            threads.tell(shard, { kind: 'finish', facts: facts[shard] } satisfies EngineMessage);
          await waits.until(() => finished === data.shards);
        } else
          for (let shard = 0; shard < data.shards; shard++) {
            threads.tell(shard, { kind: 'finish', facts: undefined } satisfies EngineMessage);
            await waits.until(() => finished > shard);
            threads.end(shard);
          }
      } finally {
        threads.stop();
      }
      return results.flat();
    },
    stop: threads.stop,
  };
}
