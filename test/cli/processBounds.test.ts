import { availableParallelism } from 'node:os';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allocatorEnv,
  COMPILE_ON_THREAD,
  compilesOnThread,
  DUCKDB_BUDGET_A_WORKER,
  duckdbGroupsBudget,
  fillsCores,
  heapFlags,
  initialOldSpace,
  type ProcessBounds,
  processBounds,
  SINGLE_THREADED_GC,
  semiSpace,
  threadHeap,
  usageDuckdbReserve,
  usageWorkerHeap,
  workersOf,
  workersPastBudget,
  workersWithin,
} from '../_private.ts';

/**
 * The bounds on a machine of 64 cores, where no count of workers below 64 fills them: the
 * collector keeps its helper threads ({@link fillsCores} is tested apart, with its cores given).
 */
const heapOf = (args: readonly string[]) => processBounds(args, 64);

describe('processBounds', () => {
  it('REC-3: reconcile on one thread works in a heap of three quarters of its --memory: 384 MiB by default, 1,536 MiB for 2G, never under 64 MiB', () => {
    const one = ['reconcile', '--workers', '1'];
    expect(heapOf([...one, '--file', 'f.csv'])?.heap).toBe(384);
    expect(heapOf([...one, '--memory', '2G', '--file', 'f.csv'])?.heap).toBe(1536);
    expect(heapOf([...one, '--memory=700M'])?.heap).toBe(525);
    // 512M + 2K: three quarters are 384 MiB and 1.5 KiB, rounded down; 512M − 2K rounds to 383
    expect(heapOf([...one, '--memory', '524290K'])?.heap).toBe(384);
    expect(heapOf([...one, '--memory', '524286K'])?.heap).toBe(383);
    expect(heapOf([...one, '--memory', '1K'])?.heap).toBe(64);
    expect(heapOf([...one, '--memory', '86M'])?.heap).toBe(64);
    expect(heapOf([...one, '--memory', '87M'])?.heap).toBe(65);
  });

  it('REC-3: with workers each thread’s heap is half the budget over the workers (512M, 2 workers: 128 MiB); --explain and DuckDB hold the groups in one thread', () => {
    expect(heapOf(['reconcile', '--workers', '2'])?.heap).toBe(128);
    expect(heapOf(['reconcile', '--workers=4', '--memory', '2G'])?.heap).toBe(256);
    expect(heapOf(['reconcile', '--workers', '4'])?.heap).toBe(64);
    expect(heapOf(['reconcile', '--workers', '16'])?.heap).toBe(64);
    // 1G over 3 workers: 170.67 MiB, rounded down
    expect(heapOf(['reconcile', '--workers', '3', '--memory', '1G'])?.heap).toBe(170);
    expect(heapOf(['reconcile', '--workers', '2', '--explain', 'abc'])?.heap).toBe(384);
    expect(heapOf(['reconcile', '--workers', '2', '--engine', 'duckdb'])?.heap).toBe(160);
    expect(heapOf(['reconcile', '--workers', '2', '--engine=default'])?.heap).toBe(128);
    // without the flag: the machine's cores, at most one for each 256M of the budget
    expect(heapOf(['reconcile'])?.heap).toBe(
      threadHeap(512 * 1024 ** 2, Math.max(1, Math.min(availableParallelism(), 2))),
    );
    expect(threadHeap(512 * 1024 ** 2, 2)).toBe(128);
  });

  it('REC-3: reconcile --engine duckdb runs in a heap of five sixteenths of --memory (512M: 160 MiB, at least 64), its groups within a quarter of it, beside DuckDB’s buffers', () => {
    expect(heapOf(['reconcile', '--engine', 'duckdb'])?.heap).toBe(160);
    expect(heapOf(['reconcile', '--engine=duckdb', '--memory', '1G'])?.heap).toBe(320);
    // 204M × 5/16 = 63.75 MiB: the least heap; 205M: 64.06, rounded down
    expect(heapOf(['reconcile', '--engine', 'duckdb', '--memory', '204M'])?.heap).toBe(64);
    expect(heapOf(['reconcile', '--engine', 'duckdb', '--memory', '208M'])?.heap).toBe(65);
    expect(duckdbGroupsBudget(512 * 1024 ** 2)).toBe(128 * 1024 ** 2);
    expect(duckdbGroupsBudget(1023)).toBe(255);
  });

  it('USG-7: usage --engine duckdb runs in a process whose heap is seven sixteenths of --memory (at least 64 MiB), V8’s own young generation, half of it set aside before DuckDB’s buffers; the default engine too when --memory is given, else in its own', () => {
    const duckdb = {
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: false,
      compileOnThread: false,
    };
    expect(heapOf(['usage', '--file', 'b', '--engine', 'duckdb'])).toEqual({
      heap: 224,
      ...duckdb,
    });
    expect(heapOf(['usage', '--engine=duckdb', '--memory=1G'])).toEqual({
      heap: 448,
      ...duckdb,
    });
    // 146M: 63.875 MiB, under the floor; 148M: 64.75, rounded down; 149M: 65.1875
    expect(heapOf(['usage', '--engine', 'duckdb', '--memory', '146M'])?.heap).toBe(64);
    expect(heapOf(['usage', '--engine', 'duckdb', '--memory', '148M'])?.heap).toBe(64);
    expect(heapOf(['usage', '--engine', 'duckdb', '--memory', '149M'])?.heap).toBe(65);
    expect(usageDuckdbReserve(512 * 1024 ** 2)).toBe(112 * 1024 ** 2);
    expect(usageDuckdbReserve(149 * 1024 ** 2)).toBe(32.5 * 1024 ** 2);
    expect(heapOf(['usage', '--memory', '1G', '--workers', '1'])).toEqual({ heap: 448, ...duckdb });
    expect(heapOf(['usage', '--engine', 'default', '--memory=512M', '--workers', '2'])).toEqual({
      heap: 224,
      ...duckdb,
      compileOnThread: true,
    });
    expect(heapOf(['usage', '--engine', 'default', '--memory', '146M'])?.heap).toBe(64);
    // no budget given: the default engine holds the file's groups in the process's own heap
    expect(heapOf(['usage', '--engine', 'default', '--workers', '1'])).toBeUndefined();
    // two workers without a budget: a process of their own, compiled on their threads (below)
    expect(heapOf(['usage', '--file', 'b', '--workers', '2'])?.heap).toBeUndefined();
    expect(heapOf(['usage', '--memory', 'lots'])).toBeUndefined();
    // the workers share the process's heap while they read: 224 MiB over two, at least 64 each
    expect(usageWorkerHeap(512 * 1024 ** 2, 2)).toBe(112);
    expect(usageWorkerHeap(512 * 1024 ** 2, 1)).toBe(224);
    expect(usageWorkerHeap(1024 ** 3, 4)).toBe(112);
    expect(usageWorkerHeap(256 * 1024 ** 2, 2)).toBe(64);
    expect(heapOf(['usage', '--engine', 'duckdb', '--memory', 'lots'])).toBeUndefined();
    expect(heapOf(['usage', '--workers', '1', '--', '--engine', 'duckdb'])).toBeUndefined();
  });

  it('REC-3: another command, or a --memory that does not read, is left to the command (no second process)', () => {
    expect(heapOf(['inspect', '--memory', '2G'])).toBeUndefined();
    expect(heapOf([])).toBeUndefined();
    expect(heapOf(['reconcile', '--memory', 'lots'])).toBeUndefined();
    expect(heapOf(['reconcile', '--workers', 'all'])).toBeUndefined();
    expect(heapOf(['reconcile', '--workers', '1', '--memory'])?.heap).toBe(384);
    expect(heapOf(['reconcile', '--workers', '1', '--', '--memory', '2G'])?.heap).toBe(384);
  });

  it('REC-3: one thread’s young generation is a sixteenth of the budget a semi-space, at most 32 MiB; at 256M or less, with workers and with DuckDB’s engine, V8’s own', () => {
    const MiB = 1024 ** 2;
    expect(heapOf(['reconcile', '--workers', '1'])).toEqual({
      heap: 384,
      semiSpace: 32,
      initialOldSpace: 128,
      singleThreadedGc: false,
      compileOnThread: false,
    });
    expect(heapOf(['reconcile', '--workers', '1', '--memory', '4G'])?.semiSpace).toBe(32);
    expect(heapOf(['reconcile', '--workers', '1', '--memory', '400M'])?.semiSpace).toBe(25);
    expect(heapOf(['reconcile', '--explain', 'abc', '--workers', '2'])?.semiSpace).toBe(32);
    expect(heapOf(['reconcile', '--engine', 'duckdb', '--workers', '2'])).toEqual({
      heap: 160,
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: false,
      compileOnThread: false,
    });
    expect(heapOf(['reconcile', '--engine=duckdb', '--memory', '2G'])?.semiSpace).toBe(undefined);
    expect(heapOf(['reconcile', '--workers', '2'])).toEqual({
      heap: 128,
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: false,
      compileOnThread: true,
    });
    // the boundary: a sixteenth of 256M + 16M is 17 MiB, of 256M + 16M − 1 byte just under it
    expect(semiSpace(272 * MiB, 1)).toBe(17);
    expect(semiSpace(272 * MiB - 1, 1)).toBeUndefined();
    expect(semiSpace(256 * MiB, 1)).toBeUndefined();
    expect(semiSpace(1024 * MiB, 2)).toBeUndefined();
    expect(semiSpace(30 * MiB, 1)).toBeUndefined();
  });

  it('REC-3: one thread’s old generation is first collected at a third of its heap (512M: 128 MiB of 384; 2G: 512), with --explain too; with workers and with DuckDB’s engine, V8’s own', () => {
    const MiB = 1024 ** 2;
    expect(heapOf(['reconcile', '--workers', '1'])?.initialOldSpace).toBe(128);
    expect(heapOf(['reconcile', '--workers=1', '--memory', '2G'])?.initialOldSpace).toBe(512);
    expect(heapOf(['reconcile', '--explain', 'abc', '--workers', '4'])?.initialOldSpace).toBe(128);
    expect(heapOf(['reconcile', '--workers', '2'])?.initialOldSpace).toBeUndefined();
    expect(
      heapOf(['reconcile', '--workers', '1', '--engine', 'duckdb'])?.initialOldSpace,
    ).toBeUndefined();
    // the boundary: a heap of 384 MiB is a third of 128; one of 383 MiB (512M less 2K) of 127
    expect(initialOldSpace(524290 * 1024, 1)).toBe(128);
    expect(initialOldSpace(524286 * 1024, 1)).toBe(127);
    // the least heap, 64 MiB, whatever the budget under it
    expect(initialOldSpace(1024, 1)).toBe(21);
    expect(initialOldSpace(86 * MiB, 1)).toBe(21);
    expect(initialOldSpace(4096 * MiB, 1)).toBe(1024);
    expect(initialOldSpace(1024 * MiB, 2)).toBeUndefined();
    for (const memory of [1024, 300 * MiB, 512 * MiB, 2048 * MiB + 1])
      expect(initialOldSpace(memory, 1)).toBe(Math.floor(threadHeap(memory, 1) / 3));
  });

  it('REC-3, USG-7: the collector runs without helper threads exactly when the run’s threads fill the cores it may run on (a core short: with them), on the default engine only', () => {
    expect([fillsCores(1, 1), fillsCores(1, 2), fillsCores(2, 2), fillsCores(3, 4)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([fillsCores(4, 4), fillsCores(5, 4), fillsCores(16, 2)]).toEqual([true, true, true]);
    const gc = (args: string[], cores: number) => processBounds(args, cores)?.singleThreadedGc;
    // two workers on two cores, one thread on one (a `taskset` of one core); a core to spare: not
    expect(gc(['reconcile', '--workers', '2'], 2)).toBe(true);
    expect(gc(['reconcile', '--workers=2'], 3)).toBe(false);
    expect(gc(['reconcile', '--workers', '1'], 1)).toBe(true);
    expect(gc(['reconcile', '--workers', '1'], 2)).toBe(false);
    // --explain runs on one thread; DuckDB's engine keeps V8's way beside DuckDB's threads
    expect(gc(['reconcile', '--workers', '2', '--explain', 'abc'], 2)).toBe(false);
    expect(gc(['reconcile', '--workers', '2', '--explain', 'abc'], 1)).toBe(true);
    expect(gc(['reconcile', '--engine', 'duckdb', '--workers', '2'], 1)).toBe(false);
    expect(gc(['usage', '--engine', 'duckdb', '--workers', '2'], 1)).toBe(false);
    // usage without a budget: a process of its own for its workers, its heap V8's
    expect(processBounds(['usage', '--file', 'b', '--workers', '2'], 2)).toEqual({
      heap: undefined,
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: true,
      compileOnThread: true,
    });
    expect(processBounds(['usage', '--workers=2'], 3)?.singleThreadedGc).toBe(false);
    // one thread on one core: not worth a second process without a budget; within one, so
    expect(processBounds(['usage', '--workers', '1'], 1)).toBeUndefined();
    expect(gc(['usage', '--workers', '1', '--memory', '512M'], 1)).toBe(true);
    expect(processBounds(['usage', '--workers', 'all'], 1)).toBeUndefined();
    expect(processBounds(['usage', '--workers', '1', '--', '--workers', '8'], 8)).toBeUndefined();
    // within a budget: its heap, and the collector by the same rule
    expect(processBounds(['usage', '--workers', '2', '--memory', '1G'], 2)).toEqual({
      heap: 448,
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: true,
      compileOnThread: true,
    });
    expect(gc(['usage', '--workers', '2', '--memory', '1G'], 4)).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 32 })])(
    'REC-3, USG-7: for any workers and cores, the process is started with the collector alone exactly when the workers fill the cores, and compiling on each thread exactly when it has workers; usage without a budget is started again only with two workers or more, its heap V8’s own',
    (workers, cores) => {
      const fills = workers >= cores;
      const reconcile = processBounds(['reconcile', '--workers', String(workers)], cores);
      expect(reconcile?.singleThreadedGc).toBe(fills);
      expect(heapFlags(reconcile as ProcessBounds).includes(SINGLE_THREADED_GC)).toBe(fills);
      expect(heapFlags(reconcile as ProcessBounds).includes(COMPILE_ON_THREAD)).toBe(workers > 1);
      const usage = processBounds(['usage', '--workers', String(workers)], cores);
      expect(usage !== undefined).toBe(workers > 1);
      if (usage !== undefined)
        expect(heapFlags(usage)).toEqual(
          fills ? [SINGLE_THREADED_GC, COMPILE_ON_THREAD] : [COMPILE_ON_THREAD],
        );
      // tie-out: started again only for its workers' compiles, its heap and collector V8's own
      const tieOut = processBounds(['tie-out', '--workers', String(workers)], cores);
      expect(tieOut === undefined ? [] : heapFlags(tieOut)).toEqual(
        workers > 1 ? [COMPILE_ON_THREAD] : [],
      );
    },
  );

  it('INV-3: tie-out is started again for its workers alone — given, or the cores within its budget — never for DuckDB’s engine, one worker, or flags that do not read', () => {
    const tieOut = (args: string[], cores = 64) => processBounds(['tie-out', ...args], cores);
    expect(tieOut(['--workers', '2'])).toEqual({
      heap: undefined,
      semiSpace: undefined,
      initialOldSpace: undefined,
      singleThreadedGc: false,
      compileOnThread: true,
    });
    // not given: the machine's cores, at most one for each 256M of --memory
    const machine = Math.min(availableParallelism(), 2);
    expect(tieOut([])).toEqual(machine > 1 ? tieOut(['--workers', '2']) : undefined);
    expect(tieOut(['--memory', '256M'])).toBeUndefined();
    expect(tieOut(['--workers', '1'])).toBeUndefined();
    expect(tieOut(['--workers', '4', '--engine', 'duckdb'])).toBeUndefined();
    expect(tieOut(['--workers', 'all'])).toBeUndefined();
    expect(tieOut(['--memory', 'lots'])).toBeUndefined();
  });

  it('REC-3: the process is started with the heap, then the young generation and the old generation’s first size when they are not V8’s own', () => {
    const bounds = (args: string[]) => {
      const found = heapOf(args);
      if (found === undefined) throw new Error('no bounds');
      return heapFlags(found);
    };
    expect(bounds(['reconcile', '--workers', '1'])).toEqual([
      '--max-old-space-size=384',
      '--max-semi-space-size=32',
      '--initial-old-space-size=128',
    ]);
    expect(bounds(['reconcile', '--workers', '1', '--memory', '256M'])).toEqual([
      '--max-old-space-size=192',
      '--initial-old-space-size=64',
    ]);
    expect(bounds(['reconcile', '--workers', '2'])).toEqual([
      '--max-old-space-size=128',
      '--no-concurrent-recompilation',
    ]);
    expect(bounds(['reconcile', '--engine', 'duckdb'])).toEqual(['--max-old-space-size=160']);
    // the collector alone, after the heap; without a budget's heap, alone
    const two = processBounds(['reconcile', '--workers', '2'], 2) as ProcessBounds;
    expect(heapFlags(two)).toEqual([
      '--max-old-space-size=128',
      '--single-threaded-gc',
      '--no-concurrent-recompilation',
    ]);
    const usage = processBounds(['usage', '--workers', '2'], 2) as ProcessBounds;
    expect(heapFlags(usage)).toEqual(['--single-threaded-gc', '--no-concurrent-recompilation']);
    // a worker's code compiled on its own thread: with workers, not DuckDB's engine nor one thread
    expect([
      compilesOnThread(2, false),
      compilesOnThread(1, false),
      compilesOnThread(4, true),
    ]).toEqual([true, false, false]);
  });

  it('REC-3: the process is started with glibc’s allocator mapping blocks of 512 KiB or more on their own and at most two arenas, each only when the caller’s environment does not set it (itself or in GLIBC_TUNABLES)', () => {
    expect(allocatorEnv({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '524288', MALLOC_ARENA_MAX: '2' });
    expect(allocatorEnv({ PATH: '/usr/bin', MALLOC_ARENA_MAX: undefined })).toEqual({
      MALLOC_MMAP_THRESHOLD_: '524288',
      MALLOC_ARENA_MAX: '2',
    });
    // the caller's own, even an empty one, is left as it is
    expect(allocatorEnv({ MALLOC_ARENA_MAX: '8' })).toEqual({ MALLOC_MMAP_THRESHOLD_: '524288' });
    expect(allocatorEnv({ MALLOC_MMAP_THRESHOLD_: '' })).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(allocatorEnv({ MALLOC_MMAP_THRESHOLD_: '1', MALLOC_ARENA_MAX: '1' })).toEqual({});
    // glibc's tunables name them too
    expect(allocatorEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=4' })).toEqual({
      MALLOC_MMAP_THRESHOLD_: '524288',
    });
    expect(
      allocatorEnv({
        GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536:glibc.malloc.arena_max=1',
      }),
    ).toEqual({});
    expect(allocatorEnv({ GLIBC_TUNABLES: 'glibc.malloc.tcache_count=0' })).toEqual({
      MALLOC_MMAP_THRESHOLD_: '524288',
      MALLOC_ARENA_MAX: '2',
    });
  });

  it('REC-3: without --workers a run takes the machine’s cores, at most one for each 256 MiB of --memory (512M: two; 1G: four), never none; a count given is taken as given', () => {
    const MiB = 1024 ** 2;
    const cores = Math.max(1, availableParallelism());
    expect(workersOf(undefined, 512 * MiB)).toBe(Math.min(cores, 2));
    expect(workersOf(undefined, 1024 * MiB)).toBe(Math.min(cores, 4));
    expect(workersOf(undefined, 768 * MiB - 1)).toBe(Math.min(cores, 2));
    expect(workersOf(undefined, 768 * MiB)).toBe(Math.min(cores, 3));
    expect(workersOf(undefined, 256 * MiB - 1)).toBe(1);
    expect(workersOf(undefined, 1024)).toBe(1);
    expect(workersOf(undefined, 256 * 1024 * MiB)).toBe(cores);
    expect(workersOf('8', 512 * MiB)).toBe(8);
    expect(workersOf('1', 64 * 1024 * MiB)).toBe(1);
    expect(() => workersOf('0', 512 * MiB)).toThrow(/--workers: .*at most one for each 256M/);
  });

  it('REC-3: a count of workers past one for each 256 MiB of --memory is warned of, with the budget it needs and the count the budget holds; one worker, and a count within, are not', () => {
    const MiB = 1024 ** 2;
    expect(workersPastBudget(3, 512 * MiB)).toBe(
      'warning: --workers 3 within --memory 512M: each worker needs about 256M of it, so the run may take more memory than --memory; give --memory 768M, or --workers 2',
    );
    expect(workersPastBudget(8, 512 * MiB)).toContain('give --memory 2G, or --workers 2');
    expect(workersPastBudget(5, 1024 * MiB)).toContain(
      '--workers 5 within --memory 1G: each worker needs about 256M of it, so the run may take more memory than --memory; give --memory 1280M, or --workers 4',
    );
    // the boundary: two workers need 512M, one byte less holds one
    expect(workersPastBudget(2, 512 * MiB)).toBeUndefined();
    expect(workersPastBudget(2, 512 * MiB - 1)).toBe(
      'warning: --workers 2 within --memory 536870911: each worker needs about 256M of it, so the run may take more memory than --memory; give --memory 512M, or --workers 1',
    );
    expect(workersPastBudget(2, 511 * MiB)).toContain('within --memory 511M:');
    expect(workersPastBudget(2, 300 * 1024)).toContain('within --memory 300K:');
    expect(workersPastBudget(4, 1024 * MiB)).toBeUndefined();
    expect(workersPastBudget(1, 1024)).toBeUndefined();
    expect(workersWithin(1024)).toBe(1);
    expect(workersWithin(768 * MiB - 1)).toBe(2);
    expect(workersWithin(768 * MiB)).toBe(3);
  });

  it('REC-3: with --engine duckdb each worker needs 512 MiB of --memory: two within 512M are warned of with the 1G they need, within 1G not; one byte less holds one', () => {
    const MiB = 1024 ** 2;
    expect(DUCKDB_BUDGET_A_WORKER).toBe(512 * MiB);
    expect(workersPastBudget(2, 512 * MiB, DUCKDB_BUDGET_A_WORKER)).toBe(
      'warning: --workers 2 within --memory 512M: each worker needs about 512M of it, so the run may take more memory than --memory; give --memory 1G, or --workers 1',
    );
    expect(workersPastBudget(2, 1024 * MiB, DUCKDB_BUDGET_A_WORKER)).toBeUndefined();
    expect(workersPastBudget(2, 1024 * MiB - 1, DUCKDB_BUDGET_A_WORKER)).toContain(
      'give --memory 1G, or --workers 1',
    );
    expect(workersPastBudget(1, 1024, DUCKDB_BUDGET_A_WORKER)).toBeUndefined();
    expect(workersWithin(1024 * MiB - 1, DUCKDB_BUDGET_A_WORKER)).toBe(1);
    expect(workersWithin(1024 * MiB, DUCKDB_BUDGET_A_WORKER)).toBe(2);
    const cores = availableParallelism();
    expect(workersOf(undefined, 512 * MiB, DUCKDB_BUDGET_A_WORKER)).toBe(1);
    expect(workersOf(undefined, 1024 * MiB, DUCKDB_BUDGET_A_WORKER)).toBe(Math.min(cores, 2));
    expect(workersOf('2', 512 * MiB, DUCKDB_BUDGET_A_WORKER)).toBe(2);
  });

  test.prop([fc.integer({ min: 1, max: 64 * 1024 ** 3 }), fc.integer({ min: 1, max: 256 })])(
    'REC-3: the default count of workers is never warned of, and a count given is warned of exactly when it passes what the budget holds (256 MiB a worker, 512 MiB with DuckDB)',
    (memory, workers) => {
      for (const perWorker of [undefined, DUCKDB_BUDGET_A_WORKER]) {
        const share = perWorker ?? 256 * 1024 ** 2;
        expect(
          workersPastBudget(workersOf(undefined, memory, perWorker), memory, perWorker),
        ).toBeUndefined();
        const warned = workersPastBudget(workers, memory, perWorker) !== undefined;
        expect(warned).toBe(workers > 1 && workers * share > memory);
      }
    },
  );
});
