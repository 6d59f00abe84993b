import { shardOf } from '../engine/shard/shardOf.ts';
import { IN_FLIGHT, workerThreads } from '../engine/shard/workerThreads.ts';
import {
  type JobContext,
  type JobResult,
  type ReconcileJob,
  reconcileJob,
} from './reconcileJob.ts';

/** How many subscriptions go to a worker in one message. */
const BATCH = 256;

/** Where the subscriptions of a run are reconciled: the main thread, or workers. */
export interface ShardPool {
  /** Hands one subscription over; resolves when it may hand the next (the workers keep up). */
  submit(job: ReconcileJob): Promise<void> | undefined;
  /** Takes a result made by the caller (an explained subscription, an issue) in its place. */
  settle(result: JobResult): void;
  /** Resolves once every result has been handed to `onResult`, and stops the workers. */
  finish(): Promise<void>;
  /** Stops the workers at once (a failure elsewhere). */
  stop(): void;
}

/** What a worker is started with: the run's context, its locale by tag. */
export interface WorkerContext extends JobContext {
  /** `--locale`'s tag, when given. */
  readonly locale: string | undefined;
}

/** What a worker answers: the results of one batch, or why it failed. */
export type WorkerAnswer =
  | { readonly results: readonly JobResult[] }
  | { readonly failure: string; readonly stack?: string | undefined };

/**
 * Why a run fails when one of its workers stops before it is done (killed, out of memory).
 *
 * @param shard - The worker's index, from 0.
 * @param workers - How many workers.
 * @param code - Its exit code.
 * @returns The error.
 */
export function stoppedEarly(shard: number, workers: number, code: number): Error {
  return new Error(
    `reconcile worker ${shard + 1} of ${workers} stopped (exit code ${code}) before it had reconciled its subscriptions`,
  );
}

/**
 * What a worker is started with of a run's context: its locale by tag (a locale is functions,
 * which do not cross to a thread: the worker takes it again by its tag).
 *
 * @param context - The run's context.
 * @returns What crosses to the worker.
 */
export function workerContext(context: JobContext): WorkerContext {
  return {
    ...context,
    options: {},
    locale: context.options.locale === undefined ? undefined : context.tag,
  };
}

/** The built worker script, beside the built CLI; `undefined` when running from the sources. */
export function workerScript(): URL | undefined {
  return import.meta.url.endsWith('.ts')
    ? undefined
    : new URL('./reconcileWorker.js', import.meta.url);
}

/**
 * The subscriptions of a run reconciled by `workers` threads (REC-3, `--workers`): one reader (the
 * caller) hands each subscription to the worker its id hashes to ({@link shardOf}), in batches,
 * waiting when a worker has {@link IN_FLIGHT} batches to do, so memory holds a few batches, not
 * the file; the results come back in any order and are handed to `onResult` in the order the
 * subscriptions were submitted, so the output is byte for byte that of one worker. A worker that
 * stops before it is done (killed, out of memory) fails the run: `submit` and `finish` reject
 * with an Error naming it, and the command exits 3. With one worker — or when running from the
 * sources, where there is no built worker script — the subscriptions are reconciled in the
 * calling thread, in the same order.
 *
 * @param workers - How many workers (≥ 1).
 * @param context - What every subscription is reconciled with.
 * @param onResult - Takes each result, in submission order.
 * @returns The pool.
 */
export function shardPool(
  workers: number,
  context: JobContext,
  onResult: (result: JobResult) => void,
): ShardPool {
  const script = workerScript();
  if (workers <= 1 || script === undefined)
    return {
      submit(job) {
        onResult(reconcileJob(job, context));
        return undefined;
      },
      settle: onResult,
      finish: () => Promise.resolve(),
      stop() {},
    };
  const pending: ReconcileJob[][] = Array.from({ length: workers }, () => []);
  const done = new Map<number, JobResult>();
  let next = 0;
  let submitted = 0;
  const threads = workerThreads<WorkerAnswer>(script, {
    count: workers,
    workerData: () => workerContext(context),
    stopped: (shard, code) => stoppedEarly(shard, workers, code),
    owed: () => next < submitted,
    answer(shard, answer) {
      if (!('results' in answer)) return;
      threads.took(shard);
      for (const result of answer.results) done.set(result.seq, result);
      flush();
    },
  });
  const { waits } = threads;
  /** The results that came, handed on in the order submitted. */
  const flush = (): void => {
    for (let result = done.get(next); result !== undefined; result = done.get(next)) {
      done.delete(next);
      next++;
      onResult(result);
    }
  };
  const post = (shard: number): void => {
    const batch = pending[shard] ?? [];
    if (batch.length === 0) return;
    pending[shard] = [];
    threads.post(shard, batch);
  };
  return {
    async submit(job) {
      if (waits.failure !== undefined) throw waits.failure;
      const shard = shardOf(job.id, workers);
      pending[shard]?.push(job);
      submitted++;
      if ((pending[shard]?.length ?? 0) < BATCH) return;
      post(shard);
      await threads.room(shard);
    },
    settle(result) {
      done.set(result.seq, result);
      submitted++;
      try {
        flush();
      } catch (error) {
        waits.fail(error instanceof Error ? error : new Error(String(error)));
      }
    },
    async finish() {
      for (let shard = 0; shard < workers; shard++) post(shard);
      try {
        await waits.until(() => next >= submitted);
      } finally {
        threads.stop();
      }
    },
    stop: threads.stop,
  };
}
