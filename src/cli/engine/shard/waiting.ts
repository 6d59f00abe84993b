/**
 * How a reader waits on its workers: the first failure a worker reports, kept; a wake-up when a
 * worker answers; and a wait until a condition holds that rejects with that failure instead.
 */
export interface Waiting {
  /** The first failure, once one came. */
  readonly failure: Error | undefined;
  /** Keeps the first failure and wakes the waiting reader. */
  fail(error: Error): void;
  /** Wakes the waiting reader to look again (a worker answered). */
  wake(): void;
  /** Resolves once `ready()` holds; rejects with the first failure, if one comes first. */
  until(ready: () => boolean): Promise<void>;
}

/**
 * A reader's waiting on its workers ({@link Waiting}). The run's reader is a single loop, but one
 * piece of a file may fill several batches, each with its own wait: a wake-up wakes every wait
 * begun (each looks at its own condition again), so none is left pending for ever.
 *
 * @returns The waiting, with no failure yet.
 */
export function waiting(): Waiting {
  let failure: Error | undefined;
  let wakers: (() => void)[] = [];
  const wake = (): void => {
    const resolves = wakers;
    wakers = [];
    for (const resolve of resolves) resolve();
  };
  return {
    get failure() {
      return failure;
    },
    fail(error) {
      failure ??= error;
      wake();
    },
    wake,
    async until(ready) {
      while (failure === undefined && !ready())
        await new Promise<void>((resolve) => {
          wakers.push(resolve);
        });
      if (failure !== undefined) throw failure;
    },
  };
}
