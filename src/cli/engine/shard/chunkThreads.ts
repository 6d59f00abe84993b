import { pushAll } from '../write/pushAll.ts';
import type { EngineAnswer, EngineMessage, EngineWorkerData } from './engineWorker.ts';
import { IN_FLIGHT, workerThreads } from './workerThreads.ts';

/** The engine's workers of a job of `chunks`, as the reading thread sees them. */
export interface ChunkThreads<Result> {
  /** A file's header, to every worker. */
  header(file: number, names: readonly string[]): void;
  /**
   * Whole rows of a file, their buffer handed over (the sender keeps no view of it), to the next
   * idle worker; resolves when the reader may go on.
   *
   * @param file - The file's index.
   * @param bytes - The rows, in a buffer of their own (its `ArrayBuffer` is transferred).
   * @param row - The first row's row in its file.
   * @param at - Its number across the files.
   * @param rows - How many rows the bytes hold.
   */
  chunk(file: number, bytes: Buffer, row: number, at: number, rows: number): Promise<void>;
  /** Placed rows (the engine's rows as they cross: JSON lines), in a buffer of their own, to the next idle worker. */
  rows(bytes: Buffer): Promise<void>;
  /**
   * Every worker's results: one worker at a time finishes its state, and is stopped once its
   * results came, so no more than one worker's state and its copy in this thread live beside
   * the results taken.
   */
  finish(): Promise<Result[]>;
  /** Stops the workers at once (a failure elsewhere). */
  stop(): void;
}

/**
 * The engine's threads for a job of `chunks` (REC-3, USG-7 `--workers`): one worker a state of
 * every key, started from the command's built worker script; each chunk goes to the worker with
 * the fewest chunks still to read, transferred rather than copied, and the reader waits while
 * every worker has {@link IN_FLIGHT} to read — memory holds a few chunks, never the file. A
 * worker that fails or stops before it is done fails the run with an Error naming it.
 *
 * @param script - The command's built worker script.
 * @param command - The command, in errors.
 * @param data - What every worker starts with (its own `shard` set here).
 * @returns The workers, started.
 */
export function chunkThreads<Result>(
  script: URL,
  command: string,
  data: Omit<EngineWorkerData, 'shard' | 'chunks'>,
): ChunkThreads<Result> {
  const results: Result[][] = Array.from({ length: data.shards }, () => []);
  let finished = 0;
  const threads = workerThreads<EngineAnswer>(script, {
    count: data.shards,
    workerData: (shard) => ({ ...data, shard, chunks: true }) satisfies EngineWorkerData,
    stopped: (shard, code) =>
      new Error(
        `${command} worker ${shard + 1} of ${data.shards} stopped (exit code ${code}) before it had finished its rows`,
      ),
    answer(shard, answer) {
      if (answer.kind === 'took') threads.took(shard);
      else if (answer.kind === 'results') pushAll(results[shard] ?? [], answer.results as Result[]);
      else if (answer.kind === 'done') finished++;
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
  const send = async (message: EngineMessage, bytes: Buffer): Promise<void> => {
    if (waits.failure !== undefined) throw waits.failure;
    if (threads.inFlight(idlest()) >= IN_FLIGHT)
      await waits.until(() => threads.inFlight(idlest()) < IN_FLIGHT);
    threads.post(idlest(), message, [bytes.buffer as ArrayBuffer]);
  };
  return {
    header(file, names) {
      threads.all({ kind: 'header', file, names } satisfies EngineMessage);
    },
    chunk: (file, bytes, row, at, rows) =>
      send({ kind: 'chunk', file, bytes, row, at, rows } satisfies EngineMessage, bytes),
    rows: (bytes) => send({ kind: 'rows', bytes } satisfies EngineMessage, bytes),
    async finish() {
      try {
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
