import { parentPort, workerData } from 'node:worker_threads';
import { localeOf } from '../localeOf.ts';
import { type JobContext, type ReconcileJob, reconcileJob } from './reconcileJob.ts';
import type { WorkerAnswer, WorkerContext } from './shardPool.ts';

/**
 * A worker thread of `reconcile --workers N` (REC-3), built as dist/reconcileWorker.js beside the
 * CLI: it reconciles each batch of subscriptions the reader hands it with the run's context and
 * answers with their results; a failure is answered with its message, and the run exits 3.
 * `SUBSCRIPTION_RULES_WORKER_EXIT` (tests only) makes it stop with that exit code on its first
 * batch, as a worker killed mid-run would.
 */
const data = workerData as WorkerContext;
const context: JobContext = {
  ...data,
  options: data.locale === undefined ? {} : localeOf({ locale: data.locale }),
};
const port = parentPort;
port?.on('message', (jobs: readonly ReconcileJob[]) => {
  const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
  if (exit !== undefined && exit !== '') process.exit(Number(exit));
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
