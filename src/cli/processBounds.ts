import { availableParallelism } from 'node:os';
import { flagValues } from './flagValues.ts';
import { memoryOf } from './memoryFlag.ts';
import { workersOf } from './workersFlag.ts';

/** The smallest JavaScript heap `reconcile` is given, in MiB: the runtime's own needs. */
const LEAST_HEAP = 64;

/** The largest semi-space of the young generation `reconcile` asks for, in MiB. */
const MOST_SEMI_SPACE = 32;

/**
 * What the process of a `reconcile`, `usage` or `tie-out` command line is started with: its heap,
 * its young generation, where its old generation is first collected, and how V8 collects and
 * compiles ({@link processBounds}).
 */
export interface ProcessBounds {
  /**
   * The heap of each thread, in MiB (`--max-old-space-size`; {@link threadHeap}), or the
   * runtime's own (`usage` on the default engine without `--memory`).
   */
  readonly heap: number | undefined;
  /** The main thread's semi-space, in MiB (`--max-semi-space-size`; {@link semiSpace}), or V8's own. */
  readonly semiSpace: number | undefined;
  /**
   * The main thread's first limit of its old generation, in MiB (`--initial-old-space-size`;
   * {@link initialOldSpace}), or V8's own.
   */
  readonly initialOldSpace: number | undefined;
  /**
   * Whether the collector runs on the thread it collects, with no helper threads
   * (`--single-threaded-gc`; {@link fillsCores}).
   */
  readonly singleThreadedGc: boolean;
  /**
   * Whether V8 compiles optimized code on the thread that runs it, not on a helper
   * (`--no-concurrent-recompilation`; {@link compilesOnThread}).
   */
  readonly compileOnThread: boolean;
}

/**
 * Whether a run's process compiles optimized code on the thread that runs it: any run whose work
 * goes to worker threads (`--workers` 2 or more, not DuckDB's engine). Node 20 takes a worker's
 * isolate off its platform before it disposes of it, and an optimizing compile of that worker's
 * code still running on a helper thread then stops the whole process on a failed assertion
 * (`node::NodePlatform::ForIsolate`, seen twice in this project's end-to-end runs of `reconcile
 * --workers 4`, which the command said as out of memory, exit 3). Compiled on its own thread, a
 * worker's code has no compile left running when the worker ends. Decided: the same compile work,
 * done by the thread that needs it — where the workers fill the cores, the helper took a core from
 * them anyway.
 *
 * @param threads - The threads that do the run's work (its workers, or 1).
 * @param duckdb - Whether the run is DuckDB's engine (one thread of JavaScript).
 * @returns Whether to compile on the thread.
 */
export function compilesOnThread(threads: number, duckdb: boolean): boolean {
  return threads > 1 && !duckdb;
}

/**
 * Whether a run's threads that do the work fill every core the process may run on (`--workers`
 * at least `availableParallelism()`, which counts the cores a `taskset` leaves it): V8's collector
 * then gains nothing from its helper threads, which mark and sweep beside the program only by
 * taking a core from one of its threads, and cost the hand-over besides. Decided from the scale
 * benchmarks' files (1,000,000 lines, docs/PERFORMANCE.md), builds alternated: `reconcile
 * --workers 2` on two cores 15.45 → 14.64 s, `reconcile` on one pinned core 19.53 → 19.13 s,
 * `usage --workers 2` 8.28 → 8.46 s (its second process's start) at a peak of 484 → 457 MiB (the
 * build before past the 512M budget in two runs of nine); one thread with a core to spare was
 * slower without the helpers (`reconcile`, 18.65 → 19.63 s), so it keeps them.
 *
 * @param threads - The threads that do the run's work (its workers, or 1).
 * @param cores - The cores the process may run on.
 * @returns Whether the collector should run without helpers.
 */
export function fillsCores(threads: number, cores: number): boolean {
  return threads >= cores;
}

/**
 * The JavaScript heap, in MiB, of each thread of a `reconcile` command line, at least
 * {@link LEAST_HEAP}. The budget (`--memory`, 512M by default) is the whole run's; besides the
 * heaps it holds the runtime, the reading's buffers, the groups' typed columns and each heap's
 * young generation, about 200 MiB for the first thread and 130 MiB for each more.
 *
 * - One thread (`--workers 1`, `--explain`): three quarters of the budget (512M: 384), so that
 *   what is held may take half of it ({@link heldLimit}) and still leave the heap room to collect.
 * - `--engine duckdb`, whose main thread holds DuckDB's results as they stream beside DuckDB's own
 *   buffers: five sixteenths of the budget ({@link duckdbHeap}).
 * - `--workers N` of 2 or more on the default engine: the workers hold the groups, each its
 *   share, and each thread has its own runtime and young generation, so each heap is half the
 *   budget over the workers (512M, 2 workers: 128). The bound is the runtime's for every thread
 *   of the process; the main thread, which only splits the file, holds far less than its bound.
 *
 * With it, the main thread's young generation ({@link semiSpace}) and the size its old generation
 * is first collected at ({@link initialOldSpace}) — V8's own for both with `--engine duckdb`,
 * whose groups share the thread with DuckDB's results: with 32 MiB semi-spaces its run of
 * 1,000,000 lines ran out of its 384 MiB heap, with V8's 16 it holds them all.
 *
 * `usage` has its own ({@link usageHeap}), `tie-out` too ({@link tieOutHeap}); `undefined` for any
 * other command, and for a `--memory` or `--workers` that does not read (the command says why).
 *
 * With them, whether the collector runs without helper threads: when the run's threads fill the
 * cores ({@link fillsCores}), on the default engine.
 *
 * @param args - The command line, without `node` and the script.
 * @param cores - The cores the process may run on (`availableParallelism()`).
 * @returns The heap in MiB, the semi-space, the old generation's first size and the collector's
 *   way, or `undefined`.
 */
export function processBounds(
  args: readonly string[],
  cores: number = availableParallelism(),
): ProcessBounds | undefined {
  if (args[0] === 'usage') return usageHeap(args, cores);
  if (args[0] === 'tie-out') return tieOutHeap(args);
  if (args[0] !== 'reconcile') return undefined;
  const values = flagValues(args, ['--memory', '--workers', '--engine', '--explain']);
  try {
    const memory = memoryOf(values.get('--memory'));
    const duckdb = values.get('--engine') === 'duckdb';
    const workers =
      values.has('--explain') || duckdb ? 1 : workersOf(values.get('--workers'), memory);
    // DuckDB's engine holds its groups beside DuckDB's own results in the main thread: V8's young
    // generation there (a larger one ran out of the heap at 1,000,000 lines), and its old one
    return {
      heap: duckdb ? duckdbHeap(memory) : threadHeap(memory, workers),
      semiSpace: duckdb ? undefined : semiSpace(memory, workers),
      initialOldSpace: duckdb ? undefined : initialOldSpace(memory, workers),
      // DuckDB's engine runs DuckDB's own threads beside the collector's: V8's way kept
      singleThreadedGc: !duckdb && fillsCores(workers, cores),
      compileOnThread: compilesOnThread(workers, duckdb),
    };
  } catch {
    return undefined;
  }
}

/**
 * The heap of a `usage` command line (USG-7): seven sixteenths of `--memory` (512M: 224 MiB), at
 * least {@link LEAST_HEAP}, on DuckDB's engine (512M when not given) and on the default engine
 * when `--memory` is given; `undefined` for the default engine without it, and for flags that do
 * not read. The heap holds each Azure plan's state, the invoice rows' cells the check reads and
 * the plans' parts, finished once every line is read: bounded, a file whose plans do not fit stops
 * with one line naming a larger budget (exit 3) instead of growing past the budget — unbounded,
 * 10,000,000 lines within 512M peaked at 2,720 MiB. At 1,000,000 lines within 512M the heap
 * needed more than 128 MiB and finished in 192 MiB, on one thread or two; bounded at 224 MiB it
 * peaked at 347 MiB (433 MiB unbounded). On DuckDB's engine, V8 collects before the heap grows
 * past its share (DuckDB's groups come back as strings that outlive the young generation:
 * unbounded, the process peaked at 641 MiB within 512M); DuckDB's buffers are what is left of the
 * budget, half of this heap set aside ({@link usageDuckdbReserve}).
 *
 * On the default engine, with its workers filling the cores ({@link fillsCores}: `--workers`, or
 * the machine's cores within the budget when not given), the collector runs without helper
 * threads. Without `--memory`, only two workers or more are worth a process started so, its heap
 * then the runtime's own (`heap` undefined); otherwise `undefined`: the command runs as it was
 * started.
 *
 * @param args - The command line, without `node` and the script.
 * @param cores - The cores the process may run on.
 * @returns The heap, and the collector's way, or `undefined`.
 */
function usageHeap(args: readonly string[], cores: number): ProcessBounds | undefined {
  const values = flagValues(args, ['--memory', '--workers', '--engine']);
  const memory = values.get('--memory');
  const engine = values.get('--engine');
  try {
    const budget = memoryOf(memory);
    const threads = workersOf(values.get('--workers'), budget);
    // DuckDB's engine runs DuckDB's own threads beside the collector's: V8's way kept
    const singleThreadedGc = engine !== 'duckdb' && fillsCores(threads, cores);
    const compileOnThread = compilesOnThread(threads, engine === 'duckdb');
    // the default engine is bounded only by a budget given: without one it holds the file's
    // groups, in a process of its own only for workers (compiled on their threads; one thread
    // gained nothing from it on a pinned core: 10.6-10.9 s before, 11.1-11.4 s started again)
    if (engine !== 'duckdb' && memory === undefined)
      return compileOnThread ? runtimeHeap(singleThreadedGc) : undefined;
    return {
      heap: usageHeapOf(budget),
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc,
      compileOnThread,
    };
  } catch {
    return undefined;
  }
}

/**
 * The bounds of a process whose heap and young generation stay the runtime's own, started again
 * only for its workers' code to be compiled on their own threads ({@link compilesOnThread}).
 *
 * @param singleThreadedGc - Whether the collector runs without helper threads ({@link fillsCores}).
 * @returns The bounds.
 */
function runtimeHeap(singleThreadedGc: boolean): ProcessBounds {
  return {
    heap: undefined,
    semiSpace: undefined,
    initialOldSpace: undefined,
    singleThreadedGc,
    compileOnThread: true,
  };
}

/**
 * What a `tie-out` command line's process is started with: nothing but its workers' code compiled
 * on their own threads ({@link compilesOnThread}), when the invoices' groups (or, with `--usage`,
 * the usage file's) go to worker threads — `--workers` 2 or more, or the machine's cores within
 * the budget when not given, on the default engine; `undefined` otherwise, and for flags that do
 * not read (the command says why): the command runs as it was started. Decided: its heap stays the
 * runtime's own and its collector keeps its helpers (`--memory` bounds what `tie-out` holds before
 * it waits on disk, not its heap; neither was measured for it).
 *
 * @param args - The command line, without `node` and the script.
 * @returns The compile rule, or `undefined`.
 */
function tieOutHeap(args: readonly string[]): ProcessBounds | undefined {
  const values = flagValues(args, ['--memory', '--workers', '--engine']);
  try {
    const workers = workersOf(values.get('--workers'), memoryOf(values.get('--memory')));
    return compilesOnThread(workers, values.get('--engine') === 'duckdb')
      ? runtimeHeap(false)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The heap of `usage` within a budget, in MiB, on either engine: seven sixteenths of it.
 *
 * @param memory - `--memory`, in bytes.
 * @returns The heap, at least {@link LEAST_HEAP}.
 */
export function usageHeapOf(memory: number): number {
  return Math.max(LEAST_HEAP, Math.floor((memory * 7) / 16 / 1024 ** 2));
}

/**
 * The heap of each worker thread of `usage --memory` on the default engine, in MiB: the process's
 * heap ({@link usageHeapOf}) shared by the workers, at least {@link LEAST_HEAP} each. The workers
 * hold the plans' states while the file is read and the main thread little; once they are done
 * and gone, the main thread finishes the plans in the process's heap.
 *
 * @param memory - `--memory`, in bytes.
 * @param workers - `--workers`.
 * @returns Each worker's heap in MiB.
 */
export function usageWorkerHeap(memory: number, workers: number): number {
  return Math.max(LEAST_HEAP, Math.floor(usageHeapOf(memory) / Math.max(1, workers)));
}

/**
 * What `usage --engine duckdb` sets aside of its budget for the JavaScript side before DuckDB's
 * buffers are sized: half its heap (the plans' states grow while DuckDB runs; the parts are made
 * once DuckDB is closed).
 *
 * @param memory - `--memory`, in bytes.
 * @returns The bytes set aside.
 */
export function usageDuckdbReserve(memory: number): number {
  return (usageHeapOf(memory) * 1024 ** 2) / 2;
}

/**
 * The heap, in MiB, of `reconcile --engine duckdb` (REC-3): five sixteenths of the budget (512M:
 * 160 MiB), at least {@link LEAST_HEAP}. DuckDB's buffers take a third of what the budget leaves
 * beside the process, so the groups DuckDB summed are held within a quarter of the budget
 * ({@link duckdbGroupsBudget}) and the heap is that and the room to collect. Measured 2026-11-28
 * on the 1,000,000-line file within 512M: with three quarters of the budget (384 MiB) and the
 * default engine's half of it held, the heap filled (exit 3, 744 MiB resident); with 192 MiB the
 * run finished at 528 MiB; with 160 MiB at 491 MiB, and 128 MiB ran out of it.
 *
 * @param memory - The budget, in bytes.
 * @returns The heap in MiB.
 */
function duckdbHeap(memory: number): number {
  return Math.max(LEAST_HEAP, Math.floor((memory * 5) / 16 / 1024 ** 2));
}

/**
 * The budget the file engine is given for the groups `reconcile --engine duckdb` summed (REC-3): a
 * quarter of `--memory`, the rest DuckDB's buffers and the heap's room to collect
 * ({@link duckdbHeap}). Past half of it (a share's {@link heldLimit}) a share's groups go to its
 * spill partitions, as the default engine's do past half of the whole budget.
 *
 * @param memory - `--memory`, in bytes.
 * @returns The engine's budget, in bytes.
 */
export function duckdbGroupsBudget(memory: number): number {
  return Math.floor(memory / 4);
}

/** The runtime's option that runs V8's collector on the thread it collects ({@link fillsCores}). */
export const SINGLE_THREADED_GC = '--single-threaded-gc';

/** The runtime's option that compiles optimized code on the thread that runs it ({@link compilesOnThread}). */
export const COMPILE_ON_THREAD = '--no-concurrent-recompilation';

/**
 * The runtime's options a `reconcile` process is started with for its bounds: the heap when it is
 * bounded, the young generation and the old generation's first size when they are not V8's own,
 * the collector without helper threads when the run's threads fill the cores, and optimized code
 * compiled on the thread that runs it when the run has workers.
 *
 * @param bounds - The bounds ({@link processBounds}).
 * @returns The options, to go before the script.
 */
export function heapFlags({
  heap,
  semiSpace,
  initialOldSpace,
  singleThreadedGc,
  compileOnThread,
}: ProcessBounds): string[] {
  const flags = heap === undefined ? [] : [`--max-old-space-size=${heap}`];
  if (semiSpace !== undefined) flags.push(`--max-semi-space-size=${semiSpace}`);
  if (initialOldSpace !== undefined) flags.push(`--initial-old-space-size=${initialOldSpace}`);
  if (singleThreadedGc) flags.push(SINGLE_THREADED_GC);
  if (compileOnThread) flags.push(COMPILE_ON_THREAD);
  return flags;
}

/**
 * The heap of each of `threads` threads that share a budget ({@link processBounds}).
 *
 * @param memory - The budget, in bytes.
 * @param threads - How many threads hold its groups.
 * @returns The heap in MiB.
 */
export function threadHeap(memory: number, threads: number): number {
  const share = threads === 1 ? (memory * 3) / 4 : memory / 2 / threads;
  return Math.max(LEAST_HEAP, Math.floor(share / 1024 ** 2));
}

/**
 * The semi-space of the young generation, in MiB, of a run on one thread: a sixteenth of the
 * budget, at most {@link MOST_SEMI_SPACE} (512M: 32, where V8 takes 16 of its own). Every line and
 * resource read leaves short-lived strings and objects behind; with twice the room, a collection
 * of the young generation comes half as often and copies out fewer of what was about to die (at
 * 1,000,000 lines on one core: 306 collections of 4.7 ms before). The young generation is three
 * semi-spaces, so this takes 48 MiB more of the budget, which the first thread's share of it
 * ({@link threadHeap}) leaves room for. A budget of 256M or less keeps V8's own (`undefined`: a
 * sixteenth of it is no more than V8's 16), and so do workers: three threads' young generations
 * would take 150 MiB more, past the budget.
 *
 * @param memory - The budget, in bytes.
 * @param threads - How many threads hold the groups.
 * @returns The semi-space in MiB, or `undefined` for V8's own.
 */
export function semiSpace(memory: number, threads: number): number | undefined {
  const sixteenth = Math.floor(memory / 16 / 1024 ** 2);
  return threads === 1 && sixteenth > 16 ? Math.min(MOST_SEMI_SPACE, sixteenth) : undefined;
}

/**
 * The size, in MiB, a run on one thread starts its old generation's limit at, before its first
 * collection grows or shrinks it (`--initial-old-space-size`): a third of its heap
 * ({@link threadHeap}; 512M: 128 MiB of 384). Left to itself V8 starts the limit small and
 * grows it a little at each collection, so a run whose subscriptions pile up in memory marks
 * every live object again each time it grows by a few MiB. At 1,000,000 lines on one thread its
 * 41 full collections became 30, and the run's instructions 134.0 → 129.1 billion (3.7 %); at
 * 200,000 lines 33.1 → 29.1 billion (12 %). A third leaves the rest of the heap for the groups
 * held: a larger first limit saved more but, once past the budget at 5,000,000 lines, let the
 * garbage of the partitions read back pile up nearer the bound (256 MiB: 502–504 MiB at peak;
 * 192 MiB: 519 MiB, a peak spreading by ~15 MiB from run to run), where V8's own peaked at
 * 489–494 MiB and this at 475. Workers keep V8's own: each thread's heap is small, and three
 * threads' garbage held at once would pass the budget.
 *
 * @param memory - The budget, in bytes.
 * @param threads - How many threads hold the groups.
 * @returns The size in MiB, or `undefined` for V8's own.
 */
export function initialOldSpace(memory: number, threads: number): number | undefined {
  return threads === 1 ? Math.floor(threadHeap(memory, 1) / 3) : undefined;
}

/**
 * The bytes one thread's held subscriptions may take before they go to disk (REC-3, `--memory`),
 * as the budget counts them: half the budget when one thread or two workers hold them, shared
 * between the two, and a quarter shared by three workers or more. One thread works in a heap of
 * three quarters of the budget (measured at 1,000,000 lines and 852,225 subscriptions: all held,
 * 436 MiB at peak within 512M); each worker in a heap of half the budget over the workers, as
 * large as what two workers may hold each: the count is about 280 B a subscription where about
 * 50 B of it lives on the heap and the rest in typed columns outside it (about 150 B when its id
 * is not Partner Center's GUID), so a worker's heap fills at well under its share. Two workers
 * held a quarter too until the process's allocator was set ({@link allocatorEnv}): with glibc's
 * own settings, two holding half peaked at 552 MiB at 5,000,000 lines within 512M; with it, at
 * 476 MiB, and they hold the 1,000,000-line file whole (444 MiB) where a quarter spilled it.
 * Three workers or more keep the quarter, which is what was measured for them: each worker
 * brings a runtime and a young generation of its own (four on two cores, at 5,000,000 lines:
 * 692 MiB before the allocator's settings, 591 MiB with them, still past 512M).
 *
 * @param memory - The budget, in bytes.
 * @param threads - How many threads hold the groups.
 * @returns The bytes each may hold.
 */
export function heldLimit(memory: number, threads: number): number {
  return (threads <= 2 ? memory / 2 : memory / 4) / threads;
}

/**
 * The allocator's settings ({@link allocatorEnv}): each variable, the tunable that names it too,
 * and its value — blocks of 512 KiB or more mapped on their own, at most two arenas.
 */
const ALLOCATOR_SETTINGS = [
  ['MALLOC_MMAP_THRESHOLD_', 'glibc.malloc.mmap_threshold', String(512 * 1024)],
  ['MALLOC_ARENA_MAX', 'glibc.malloc.arena_max', '2'],
] as const;

/**
 * The C allocator's settings a `reconcile` process is started with (`MALLOC_MMAP_THRESHOLD_`,
 * `MALLOC_ARENA_MAX`: glibc's; another C library ignores them), each one the caller's environment
 * does not set already: a block of 512 KiB or more mapped on its own, so that freeing it gives its
 * pages back to the system at once, and at most two arenas. Left to itself, glibc raises the size it maps
 * blocks at (up to 32 MiB) each time a mapped block is freed, and each thread allocates from an
 * arena of its own: the groups' typed columns, which grow by doubling, and the batches of rows
 * handed to the workers then came from arenas that kept the memory freed, and a run's resident
 * memory crept up as it went — two workers holding half the budget at 5,000,000 lines peaked at
 * 552 MiB within 512M, and at 476 MiB with these settings. Smaller blocks still come from the
 * arenas. The file's pieces (256 KiB) stay under the threshold, so reading them maps nothing: at
 * 128 KiB (462 MiB) every piece was mapped and one core's system time at 1,000,000 lines rose
 * from 1.8 to 2.7–3.2 s; at 1 MiB, 475 MiB. A spill's partitions are read back 1 MiB at a time,
 * each piece mapped. A setting the caller gives in `GLIBC_TUNABLES` (`glibc.malloc.mmap_threshold`,
 * `glibc.malloc.arena_max`) is left to it too. A process started with a heap as small as the
 * budget asks is not started again, and keeps the allocator it was started with.
 *
 * @param env - The caller's environment.
 * @returns The settings to add to it.
 */
export function allocatorEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const tunables = env.GLIBC_TUNABLES ?? '';
  const added: Record<string, string> = {};
  for (const [name, tunable, value] of ALLOCATOR_SETTINGS)
    if (env[name] === undefined && !tunables.includes(tunable)) added[name] = value;
  return added;
}
