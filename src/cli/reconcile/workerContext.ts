import type { JobContext } from './reconcileJob.ts';

/** What a worker is started with of a run's context: its locale by tag. */
export interface WorkerContext extends JobContext {
  /** `--locale`'s tag, when given. */
  readonly locale: string | undefined;
}

/**
 * What a worker of `reconcile` is started with of a run's context (REC-3): its locale by tag (a
 * locale is functions, which do not cross to a thread: the worker takes it again by its tag).
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
