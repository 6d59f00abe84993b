import { Worker } from 'node:worker_threads';
import type { EngineAnswer, EngineMessage, EngineWorkerData } from './engineWorker.ts';
import { waiting } from './waiting.ts';

/** The bytes of rows sent to a worker in one message. */
const BATCH = 256 << 10;
/** How many batches may wait in each worker before the reader waits for them. */
const IN_FLIGHT = 4;

/** The engine's workers, as the reader sees them. */
export interface ShardThreads<Result> {
  /** A file's header, to every worker. */
  header(file: number, names: readonly string[]): void;
  /** A row's placed bytes, to its worker; resolves when the reader may go on. */
  send(shard: number, bytes: Buffer): Promise<void> | undefined;
  /** Every worker's results, once each has finished its share; then stops them. */
  finish(): Promise<{ results: Result[]; spilled: boolean }>;
  /** Stops the workers at once (a failure elsewhere). */
  stop(): void;
}

/**
 * The engine's shard step (REC-3, `--workers`): one worker thread a share of the keys, started
 * from the command's built worker script; the reader sends each row's bytes to the worker its
 * key hashes to, in batches, waiting while a worker has {@link IN_FLIGHT} batches to read, so
 * memory holds a few batches, never the file. A worker that fails or stops before it is done
 * fails the run with an Error naming it.
 *
 * @param script - The command's built worker script.
 * @param command - The command, in errors.
 * @param data - What every worker starts with (its own `shard` set here).
 * @returns The workers, started.
 */
export function shardThreads<Result>(
  script: URL,
  command: string,
  data: Omit<EngineWorkerData, 'shard'>,
): ShardThreads<Result> {
  const threads = Array.from(
    { length: data.shards },
    (_, shard) => new Worker(script, { workerData: { ...data, shard } }),
  );
  const pending: Buffer[][] = threads.map(() => []);
  const sizes = threads.map(() => 0);
  const inFlight = threads.map(() => 0);
  const results: Result[][] = threads.map(() => []);
  let finished = 0;
  let spilled = false;
  let stopping = false;
  const waits = waiting();
  threads.forEach((thread, shard) => {
    thread.on('message', (answer: EngineAnswer) => {
      if (answer.kind === 'failure') {
        const error = new Error(answer.failure);
        if (answer.stack !== undefined) error.stack = answer.stack;
        waits.fail(error);
      } else if (answer.kind === 'took') inFlight[shard] = (inFlight[shard] ?? 1) - 1;
      else {
        results[shard] = answer.results as Result[];
        spilled ||= answer.spilled;
        finished++;
      }
      waits.wake();
    });
    thread.on('error', (error) => waits.fail(error));
    thread.on('exit', (code) => {
      if (!stopping)
        waits.fail(
          new Error(
            `${command} worker ${shard + 1} of ${data.shards} stopped (exit code ${code}) before it had finished its share`,
          ),
        );
    });
  });
  const post = (shard: number): void => {
    if ((sizes[shard] ?? 0) === 0) return;
    const bytes = Buffer.concat(pending[shard] ?? []);
    pending[shard] = [];
    sizes[shard] = 0;
    inFlight[shard] = (inFlight[shard] ?? 0) + 1;
    threads[shard]?.postMessage({ kind: 'rows', bytes } satisfies EngineMessage);
  };
  const stop = (): void => {
    stopping = true;
    for (const thread of threads) void thread.terminate();
  };
  return {
    header(file, names) {
      for (const thread of threads)
        thread.postMessage({ kind: 'header', file, names } satisfies EngineMessage);
    },
    send(shard, bytes) {
      if (waits.failure !== undefined) throw waits.failure;
      pending[shard]?.push(bytes);
      sizes[shard] = (sizes[shard] ?? 0) + bytes.length;
      if ((sizes[shard] ?? 0) < BATCH) return undefined;
      post(shard);
      return waits.until(() => (inFlight[shard] ?? 0) < IN_FLIGHT);
    },
    async finish() {
      threads.forEach((thread, shard) => {
        post(shard);
        thread.postMessage({ kind: 'finish' } satisfies EngineMessage);
      });
      try {
        await waits.until(() => finished === threads.length);
      } finally {
        stop();
      }
      return { results: results.flat(), spilled };
    },
    stop,
  };
}
