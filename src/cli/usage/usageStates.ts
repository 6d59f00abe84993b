import type { DuckdbApi } from '../engine/duckdb/loadDuckdb.ts';
import { runEngine } from '../engine/runEngine.ts';
import { workerHere } from '../engine/shard/engineWorker.ts';
import { workerScript } from '../engine/shard/workerScript.ts';
import { readDuckdbUsage } from './duckdb/readDuckdbUsage.ts';
import { type AssignPlans, type UsageSetup, usageJob } from './usageJob.ts';
import { usageWorkerJob } from './usageWorkerJob.ts';
import type { PlanResult } from './wholePlans.ts';

/** Where and how the usage files are read. */
export interface UsageRead {
  /** The files (`exportBlobs`), in name order. */
  readonly files: readonly string[];
  /** The flag that named them, for errors (`--file`; `tie-out`'s `--usage`). */
  readonly flag: string;
  /** `--workers`. */
  readonly workers: number;
  /** `--memory`, when given. */
  readonly memory: number | undefined;
  /** DuckDB's API with `--engine duckdb` (loaded before anything is read); else the file engine. */
  readonly duckdb: DuckdbApi | undefined;
  /** Each worker thread's heap in MiB on the file engine, when the command bounds it (`usage --memory`). */
  readonly workerHeap?: number | undefined;
}

/** The usage files read: each share's state, and how many records each file had. */
export interface UsageStates {
  /**
   * Each share's pieces of its Azure plans, to merge by plan and finish plan by plan, and the
   * plans workers finished themselves (with `assign`).
   */
  readonly states: PlanResult[];
  /** Each file's records after its header. */
  readonly records: readonly number[];
  /** How many header rows each file's rows are numbered after. */
  readonly headerRows: number;
}

/**
 * Reads the daily rated usage into each Azure plan's state (USG-7, INV-3 `--usage`), the one way
 * both `usage` and `tie-out --usage` read it: on the file engine with the usage job (grouped by
 * `SubscriptionId`, on `--workers` threads, past `--memory` a partition at a time), or with
 * `--engine duckdb` by DuckDB's SQL into the same state ({@link readDuckdbUsage}) — files DuckDB
 * cannot read as the default engine does are read by the file engine, with a warning saying why.
 *
 * @param setup - The reconciliation's options.
 * @param read - The files, their flag, the workers, the budget and the engine.
 * @param warn - Where a warning goes (standard error).
 * @param assign - What each worker of `--workers` finishes itself ({@link AssignPlans}); absent:
 *   every plan comes back as its pieces. With it, the reading thread is the first worker itself
 *   (`--workers 2`: one worker thread beside it).
 * @returns The states and the records read.
 * @throws UsageError naming `read.flag` for a file that cannot be read.
 */
export async function usageStates(
  setup: UsageSetup,
  read: UsageRead,
  warn: (line: string) => void,
  assign?: AssignPlans,
): Promise<UsageStates> {
  const job = usageJob(setup, assign);
  const byDuckdb =
    read.duckdb === undefined
      ? undefined
      : await readDuckdbUsage(
          read.duckdb,
          read.files,
          read.flag,
          job,
          setup,
          read.memory,
          read.workers,
        );
  if (byDuckdb?.why !== undefined)
    warn(`warning: --engine duckdb: ${byDuckdb.why}; the default engine reads the file`);
  if (byDuckdb?.state !== undefined)
    return {
      states: byDuckdb.state.parts(),
      records: byDuckdb.records,
      headerRows: job.headerRows(),
    };
  const done = await runEngine(job, {
    files: read.files,
    flag: read.flag,
    workers: read.workers,
    memory: read.memory,
    workerHeap: read.workerHeap,
    script: workerScript(job.worker),
    // with plans assigned (workers, no budget: the heaps are the runtime's own), the reading
    // thread is the first worker itself; within --memory each worker's heap is its share's
    ...(assign === undefined ? {} : { here: workerHere(usageWorkerJob) }),
    setup,
  });
  return { states: [...done.results], records: done.records, headerRows: job.headerRows() };
}
