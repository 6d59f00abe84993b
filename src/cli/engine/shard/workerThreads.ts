import { type ResourceLimits, Worker } from 'node:worker_threads';
import { type EnginePort, localChannel } from './localChannel.ts';
import { type Waiting, waiting } from './waiting.ts';

/** How many messages may wait in each worker before the reader waits for them. */
export const IN_FLIGHT = 4;

/**
 * A worker run by the reading thread itself: started on one end of a channel, with what a worker
 * thread of its own would be started with ({@link WorkerStart.here}).
 */
export type WorkerHere = (port: EnginePort, data: unknown) => void;

/** How a command's workers are started, and what it does with their answers. */
export interface WorkerStart<Answer> {
  /** How many workers. */
  readonly count: number;
  /** What a worker is started with (its `workerData`). */
  workerData(shard: number): unknown;
  /**
   * The first worker run in this thread instead, when given: started on one end of a channel
   * whose other end this thread posts to, with what a worker of its own would be started with.
   * Its answers come as a worker's do; it never stops on its own.
   */
  readonly here?: WorkerHere | undefined;
  /** Each worker's heap, when the run bounds it. */
  readonly resourceLimits?: ResourceLimits | undefined;
  /**
   * Why the run fails when a worker stops before it is done (killed, out of memory).
   *
   * @param shard - The worker, from 0.
   * @param code - Its exit code.
   */
  stopped(shard: number, code: number): Error;
  /**
   * Whether a worker that stops once the threads are being stopped still fails the run (results
   * still owed); a stop before that always does.
   */
  readonly owed?: (() => boolean) | undefined;
  /**
   * Takes an answer that is no failure: a failure (`{ failure, stack }`) fails the run instead.
   * What it throws fails the run.
   */
  answer(shard: number, answer: Answer): void;
}

/** A command's worker threads, as the reader sees them. */
export interface WorkerThreads {
  /** The reader's waiting: the first failure, and waits for room that reject with it. */
  readonly waits: Waiting;
  /** Posts a message a worker answers once it took it: counted in flight until {@link took}. */
  post(shard: number, message: unknown, transfer?: readonly ArrayBuffer[]): void;
  /** Posts a message to a worker that it does not answer (a start, an end): not counted. */
  tell(shard: number, message: unknown, transfer?: readonly ArrayBuffer[]): void;
  /** Posts a message to every worker, not counted. */
  all(message: unknown): void;
  /** A worker took a message posted. */
  took(shard: number): void;
  /** How many messages a worker has not taken yet. */
  inFlight(shard: number): number;
  /** `undefined` when a worker has room for one more message, else a promise until it has. */
  room(shard: number): Promise<void> | undefined;
  /** Stops the workers at once (the run is done, or failed elsewhere). */
  stop(): void;
  /** Stops one worker whose work is done (its memory freed before another's results come). */
  end(shard: number): void;
}

/** A worker as the reader posts to it and hears it: a thread of its own, or this one. */
interface Thread {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  /** Listens to its answers, its failure to run and its end (a thread of its own only). */
  listen(
    answer: (answer: unknown) => void,
    error: (error: Error) => void,
    exit: (code: number) => void,
  ): void;
  terminate(): void;
}

/** A worker in a thread of its own. */
function threadOf(worker: Worker): Thread {
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    listen(answer, error, exit) {
      worker.on('message', answer);
      worker.on('error', error);
      worker.on('exit', exit);
    },
    terminate: () => void worker.terminate(),
  };
}

/**
 * A worker run in this thread: `run` started on one end of a channel, the reader on the other
 * ({@link localChannel}): a message is taken on a later turn of this thread's event loop, as a
 * thread of its own would take it, but as it is, never cloned.
 */
function hereThread(run: WorkerHere, data: unknown): Thread {
  const [reader, worker] = localChannel();
  run(worker, data);
  return {
    postMessage: (message, transfer) => reader.postMessage(message, transfer),
    listen(answer) {
      reader.on('message', answer);
    },
    terminate: () => reader.close(),
  };
}

/** A failure a worker sends: its message and stack. */
function failureOf(answer: unknown): Error | undefined {
  if (typeof answer !== 'object' || answer === null || !('failure' in answer)) return undefined;
  const said = answer as { failure: unknown; stack?: unknown };
  const error = new Error(String(said.failure));
  if (typeof said.stack === 'string') error.stack = said.stack;
  return error;
}

/**
 * The engine's threads (REC-3, INV-3, USG-7 `--workers`): a command's workers started from its
 * built script, each message a reader posts counted until the worker says it took it, so the
 * reader waits while a worker has {@link IN_FLIGHT} to read and memory holds a few batches,
 * never the file. A worker's failure, an error, or its stopping before it is done fails the run:
 * every wait rejects with the first. One layer for every command's sharding, whatever its
 * messages say.
 *
 * @param script - The command's built worker script.
 * @param start - How the workers start, and what is done with their answers.
 * @returns The threads, started.
 */
export function workerThreads<Answer>(script: URL, start: WorkerStart<Answer>): WorkerThreads {
  const threads = Array.from({ length: start.count }, (_, shard): Thread => {
    const data = start.workerData(shard);
    if (shard === 0 && start.here !== undefined) return hereThread(start.here, data);
    return threadOf(
      new Worker(script, {
        workerData: data,
        ...(start.resourceLimits === undefined ? {} : { resourceLimits: start.resourceLimits }),
      }),
    );
  });
  const inFlight = threads.map(() => 0);
  const waits = waiting();
  let stopping = false;
  const ended = threads.map(() => false);
  threads.forEach((thread, shard) => {
    thread.listen(
      (answer) => {
        const failure = failureOf(answer);
        if (failure !== undefined) waits.fail(failure);
        else
          try {
            start.answer(shard, answer as Answer);
          } catch (error) {
            waits.fail(error instanceof Error ? error : new Error(String(error)));
          }
        waits.wake();
      },
      (error) => waits.fail(error),
      (code) => {
        if (ended[shard] === true) return;
        if (!stopping || start.owed?.() === true) waits.fail(start.stopped(shard, code));
      },
    );
  });
  const has = (shard: number): boolean => (inFlight[shard] ?? 0) < IN_FLIGHT;
  return {
    waits,
    post(shard, message, transfer = []) {
      inFlight[shard] = (inFlight[shard] ?? 0) + 1;
      threads[shard]?.postMessage(message, transfer);
    },
    tell(shard, message, transfer = []) {
      threads[shard]?.postMessage(message, transfer);
    },
    all(message) {
      for (const thread of threads) thread.postMessage(message);
    },
    took(shard) {
      inFlight[shard] = (inFlight[shard] ?? 1) - 1;
    },
    inFlight: (shard) => inFlight[shard] ?? 0,
    room: (shard) => (has(shard) ? undefined : waits.until(() => has(shard))),
    stop() {
      stopping = true;
      for (const thread of threads) thread.terminate();
    },
    end(shard) {
      ended[shard] = true;
      threads[shard]?.terminate();
    },
  };
}
