import { parentPort, workerData } from 'node:worker_threads';
import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { localeOf } from '../localeOf.ts';
import { reconcileFileJob } from './reconcileFileJob.ts';
import { type JobContext, type ReconcileJob, reconcileJob } from './reconcileJob.ts';
import type { WorkerAnswer, WorkerContext } from './shardPool.ts';

/**
 * A worker thread of `reconcile --workers N` (REC-3), built as dist/reconcileWorker.js beside the
 * CLI. Started by the file engine (its data holds the run's `setup`), it is the engine's worker
 * with the reconcile job ({@link reconcileFileJob}). Else (DuckDB's groups, replayed by a pool)
 * it reconciles each batch of subscriptions the reader hands it and answers with their results.
 * A failure is answered with its message, and the run exits 3. `SUBSCRIPTION_RULES_WORKER_EXIT`
 * (tests only) makes it stop with that exit code on its first message, as a worker killed mid-run
 * would.
 */
const data = workerData as WorkerContext | { readonly setup: unknown };
const port = parentPort;
const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
if (exit !== undefined && exit !== '') port?.once('message', () => process.exit(Number(exit)));

if ('setup' in data) runEngineWorker(reconcileFileJob);
else {
  const context: JobContext = {
    ...data,
    options: data.locale === undefined ? {} : localeOf({ locale: data.locale }),
  };
  port?.on('message', (jobs: readonly ReconcileJob[]) => {
    let answer: WorkerAnswer;
    try {
      answer = { results: jobs.map((job) => reconcileJob(job, context)) };
    } catch (error) {
      answer =
        error instanceof Error
          ? { failure: error.message, stack: error.stack }
          : { failure: String(error) };
    }
    port.postMessage(answer);
  });
}
