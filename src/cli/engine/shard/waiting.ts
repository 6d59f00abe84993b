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
 * A reader's waiting on its workers ({@link Waiting}). One reader waits at a time: the run's
 * reader is a single loop.
 *
 * @returns The waiting, with no failure yet.
 */
export function waiting(): Waiting {
  let failure: Error | undefined;
  let waker: (() => void) | undefined;
  const wake = (): void => {
    const resolve = waker;
    waker = undefined;
    resolve?.();
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
          waker = resolve;
        });
      if (failure !== undefined) throw failure;
    },
  };
}
