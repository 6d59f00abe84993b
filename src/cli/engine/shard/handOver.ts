/** Values handed over by number between two sides that do not wait for each other. */
export interface HandOver<T> {
  /** Gives the value of a number: to whoever waits for it, or kept until taken. */
  give(seq: number, value: T): void;
  /** The value of a number, once it is given (at once when it was). */
  take(seq: number): Promise<T>;
}

/**
 * Values handed over by number, each taken once, whichever comes first: the giving or the taking
 * (a worker's block waits in its queue for the carry the worker of the block before says on).
 *
 * @returns Nothing given yet.
 */
export function handOver<T>(): HandOver<T> {
  const given = new Map<number, T>();
  const takers = new Map<number, (value: T) => void>();
  return {
    give(seq, value) {
      const taker = takers.get(seq);
      takers.delete(seq);
      if (taker === undefined) given.set(seq, value);
      else taker(value);
    },
    take(seq) {
      if (given.has(seq)) {
        const value = given.get(seq) as T;
        given.delete(seq);
        return Promise.resolve(value);
      }
      return new Promise((resolve) => takers.set(seq, resolve));
    },
  };
}
