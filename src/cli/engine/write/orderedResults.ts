import { resultRuns } from '../spill/resultRuns.ts';

/** Where the engine's results gather until they are handed over in the command's order. */
export interface OrderedResults<Result> {
  /**
   * Results of one stream (a share, a partition, a worker): a batch of them.
   *
   * @param results - The batch (not used after).
   * @param stream - Its stream: batches of one stream come one after the other.
   * @param sorted - Whether the batch is in the order already, and after the stream's last batch.
   */
  add(results: Result[], stream: number, sorted: boolean): void;
  /**
   * Every result not handed over yet, in the order: to `each` when it was given (none returned),
   * else returned.
   *
   * @returns The results, when no `each` took them.
   */
  end(): Result[];
}

/** Where and how {@link orderedResults} gathers. */
export interface ResultsWay<Result> {
  /** Takes each result in the order as soon as it is known to be next; absent: `end` returns them. */
  readonly each?: ((result: Result) => void) | undefined;
  /** A folder of the run's own: results wait there in sorted runs, never all in memory. */
  readonly dir?: string | undefined;
  /**
   * Results known before the one stream (0) that comes in the order: they are merged into it as
   * it comes, each handed over as soon as no result of the stream can come before it (only with
   * `each`, no `dir`, and a job whose finish is ordered).
   */
  readonly before?: readonly Result[] | undefined;
}

/**
 * The engine's last step before the command writes (REC-3, `--memory`, STYLE 14): every result
 * handed over in the command's order whatever the shares, workers and partitions made them in.
 * Three ways, the same order: with a folder (the run passed its budget), each batch sorted and
 * kept on disk in runs merged at the end ({@link resultRuns}); with `before` (one ordered stream,
 * as a streaming finish gives it), each result handed over as it comes, merged with those known
 * before, holding none; else held, sorted at the end. Two results the order ties come by their
 * streams (the lower first), one stream's in the order they came.
 *
 * @param order - The command's order on results.
 * @param way - Where they go and wait.
 * @returns The gathering, empty.
 */
export function orderedResults<Result>(
  order: (a: Result, b: Result) => number,
  way: ResultsWay<Result>,
): OrderedResults<Result> {
  const { each, dir } = way;
  const runs = dir === undefined ? undefined : resultRuns<Result>(dir, order);
  /** Each stream's results held, by stream. */
  const held = new Map<number, Result[]>();
  const before = [...(way.before ?? [])].sort(order);
  let next = 0;
  const through = each !== undefined && runs === undefined && way.before !== undefined;
  return {
    add(results, stream, sorted) {
      if (through && stream === 0 && sorted) {
        for (const result of results) {
          while (next < before.length && order(before[next] as Result, result) <= 0)
            each(before[next++] as Result);
          each(result);
        }
        return;
      }
      if (runs === undefined) {
        const into = held.get(stream) ?? [];
        held.set(stream, into);
        for (const result of results) into.push(result);
        return;
      }
      if (!sorted) results.sort(order);
      for (const result of results) runs.add(result, stream);
    },
    end() {
      const out: Result[] = [];
      const into = each ?? ((result: Result) => void out.push(result));
      if (runs !== undefined) {
        runs.merge(into);
        return out;
      }
      // stream by stream, then a stable sort: ties keep their streams' order
      const all = [...(through ? before.slice(next) : [])];
      for (const stream of [...held.keys()].sort((a, b) => a - b))
        for (const result of held.get(stream) ?? []) all.push(result);
      for (const result of all.sort(order)) into(result);
      return out;
    },
  };
}
