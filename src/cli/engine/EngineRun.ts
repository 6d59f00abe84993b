import type { WorkerHere } from './shard/workerThreads.ts';

/** What the engine is asked to run. */
export interface EngineRun {
  /** The input files, in the order given. */
  readonly files: readonly string[];
  /** The flag naming them, for errors (`--file`). */
  readonly flag: string;
  /** `--workers`: how many threads hold the groups (1: this one). */
  readonly workers: number;
  /** `--memory`: the bytes the run may take, when given. */
  readonly memory: number | undefined;
  /**
   * Each worker thread's JavaScript heap, in MiB (its `resourceLimits`), when the command bounds
   * the workers apart from the process (`usage --memory`: the workers hold the lines' states while
   * the main thread holds little, then the main thread finishes them once the workers are gone);
   * `undefined`: the process's own bound.
   */
  readonly workerHeap?: number | undefined;
  /** The command's built worker script; `undefined` (running from the sources): this thread. */
  readonly script: URL | undefined;
  /**
   * The command's worker, run by this thread as the first of `workers` on one end of a channel
   * (a job of `chunks` only): the reading thread takes a share of the blocks itself, one runtime
   * fewer to start, compile and collect. `undefined`: every share in a worker thread.
   */
  readonly here?: WorkerHere | undefined;
  /**
   * The files of the list beside the rows (the job's `items`: `--subscriptions`), read after the
   * rows, and the flag naming them.
   */
  readonly items?: { readonly files: readonly string[]; readonly flag: string } | undefined;
  /**
   * Groups made elsewhere (`--engine duckdb`'s), each with its key in the job's `held` form,
   * observed before any row: each merged into the state of its key's share, as a spill's are.
   */
  readonly groups?: AsyncIterable<readonly [key: string | undefined, plain: unknown]> | undefined;
  /** What a worker makes the command's job from (plain data). */
  readonly setup: unknown;
  /**
   * Told after each piece of a file is scanned, for a progress bar: the file's index, its bytes
   * read so far (compressed bytes for gzip) and its records so far — and after each piece of the
   * items' list, as a file after the rows' (its index from `files.length`): the list's bytes read
   * so far, every file of it, and its items handed on so far.
   */
  readonly progress?: ((file: number, bytesRead: number, records: number) => void) | undefined;
}

/** What the engine gives back: the results in the job's order, and how the run went. */
export interface EngineOutput<Result> {
  /** Every state's results, sorted by the job's `order` (none when `each` took them). */
  readonly results: readonly Result[];
  /** How many records each file had after its header. */
  readonly records: readonly number[];
  /** Whether rows went to disk past `--memory`. */
  readonly spilled: boolean;
  /** How many threads held the groups. */
  readonly workers: number;
}
