import type { EngineJob, KeyShare } from '../EngineJob.ts';

/** How many results of a streaming finish are handed over at a time. */
const BATCH = 1024;

/**
 * A finished state's results, handed over in batches (REC-3, STYLE 14): a finish that gives an
 * array hands it whole; one that streams (an async iterable) hands its results a batch at a time
 * when the job says they come in its order — so a run of one state holds a batch, never them all —
 * one at a time when the job's results are put together in any order (`streams`), else whole once
 * they have all come (to be sorted).
 *
 * @param job - The command.
 * @param state - The state, every group whole.
 * @param share - The keys it holds.
 * @param facts - What the whole input says.
 * @param give - Takes each batch, and whether it is in the job's order.
 */
export async function stateResults<Row, State, Result, Facts>(
  job: EngineJob<Row, State, Result, Facts>,
  state: State,
  share: KeyShare,
  facts: Facts,
  give: (results: Result[], sorted: boolean) => void,
): Promise<void> {
  const made = job.finish(state, share, facts);
  if (!(Symbol.asyncIterator in made)) {
    give([...made], false);
    return;
  }
  const ordered = job.ordered === true;
  if (job.streams === true) {
    for await (const result of made) give([result], false);
    return;
  }
  let batch: Result[] = [];
  for await (const result of made) {
    batch.push(result);
    if (ordered && batch.length >= BATCH) {
      give(batch, true);
      batch = [];
    }
  }
  give(batch, ordered);
}
