import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { BudgetError } from './BudgetError.ts';
import { fillHeap } from './fillHeap.ts';
import { heapTraceFilter } from './heapTrace.ts';
import { main } from './main.ts';
import { moreMemory } from './moreMemory.ts';
import {
  allocatorEnv,
  COMPILE_ON_THREAD,
  heapFlags,
  type ReconcileHeap,
  reconcileHeap,
  SINGLE_THREADED_GC,
} from './reconcileHeap.ts';

/** Set in the process a run is relaunched in: its heap is bounded already. */
const RELAUNCHED = 'SUBSCRIPTION_RULES_HEAP';

/** Set in the relaunched process when this one's standard error is a terminal (its progress bar). */
const TERMINAL = 'SUBSCRIPTION_RULES_STDERR_TTY';

/**
 * A stream the command writes lines to that may go away: a reader that closes its end (`… | head
 * -1`) ends the writing quietly — the run goes on to its end and its true exit code, and never
 * answers with a stack trace or an exit code that claims differences it did not find.
 */
function lines(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    gone = true;
  });
  return (text) => {
    if (!gone && !stream.destroyed) stream.write(`${text}\n`);
  };
}

/**
 * Waits until a stream has taken every line written to it (a pipe read slowly keeps them in
 * memory until then), or is gone.
 */
function drained(stream: NodeJS.WriteStream): () => Promise<void> {
  return () =>
    !stream.writableNeedDrain || stream.destroyed
      ? Promise.resolve()
      : new Promise((resolve) => {
          const done = (): void => {
            for (const event of ['drain', 'close', 'error'] as const) stream.off(event, done);
            resolve();
          };
          for (const event of ['drain', 'close', 'error'] as const) stream.on(event, done);
        });
}

/**
 * A test's way to see a relaunched run exhaust its heap (`HEAP_TEST_FILL=1`, read only in the
 * relaunched process): it holds ever more until V8 gives up, as a file too large for its budget
 * would, so the test sees what a user sees then — one line, exit 3.
 */
function fillHeapForTest(): void {
  if (process.env[RELAUNCHED] === undefined || process.env.HEAP_TEST_FILL !== '1') return;
  fillHeap();
}

/** Runs the command in this process. */
function run(args: readonly string[]): void {
  fillHeapForTest();
  const code = main(
    [...args],
    lines(process.stdout),
    lines(process.stderr),
    process.stderr.isTTY || process.env[TERMINAL] === '1'
      ? (text) => process.stderr.write(text)
      : undefined,
    drained(process.stdout),
  );
  if (typeof code === 'number') process.exitCode = code;
  else
    code.then((done) => {
      process.exitCode = done;
    });
}

/**
 * Runs `reconcile` (and `usage` on DuckDB, with `--memory`, or with workers that fill the cores)
 * again in a child process whose JavaScript heap is bounded by its `--memory` budget
 * (`--max-old-space-size` can only be given when a process starts) and whose collector runs
 * without helper threads when the run's threads fill the cores (`--single-threaded-gc`, read only
 * when a process starts too: set later, V8 stops the process), its C allocator set to
 * give back the large blocks it frees (`allocatorEnv`, read only when a process starts too), with
 * the same input, output and terminal, and a temporary folder of its own that is removed however
 * the child ends — a spill included, even when the child is killed. A signal to this process
 * goes to the child; the child's exit code is this process's. A child that runs out of its heap
 * is out of memory (exit 3, one line saying which budget to give, no stack trace offered).
 */
function relaunch(args: readonly string[], bounds: ReconcileHeap): void {
  const { heap } = bounds;
  const temporary = mkdtempSync(join(tmpdir(), 'subscription-rules-run-'));
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...heapFlags(bounds), process.argv[1] as string, ...args],
    {
      // standard error through this process: V8's report of a heap run out is never shown
      stdio: ['inherit', 'inherit', 'pipe'],
      env: {
        ...process.env,
        ...(process.stderr.isTTY ? { [TERMINAL]: '1' } : {}),
        ...allocatorEnv(process.env),
        [RELAUNCHED]: String(heap ?? 'own'),
        TMPDIR: temporary,
        TEMP: temporary,
        TMP: temporary,
      },
    },
  );
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  const errors = heapTraceFilter((text) => process.stderr.write(text));
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (piece: string) => errors.push(piece));
  const ended = new Promise<boolean>((done) => {
    if (child.stderr === null) done(false);
    else child.stderr.on('end', () => done(errors.end()));
  });
  child.on('error', (error) => {
    rmSync(temporary, { recursive: true, force: true });
    process.stderr.write(
      `error: internal failure: cannot start ${args[0] ?? 'reconcile'} (${error.message})\n`,
    );
    process.exitCode = 3;
  });
  child.on('exit', (code, signal) => {
    rmSync(temporary, { recursive: true, force: true });
    for (const each of signals) process.off(each, forward);
    ended.then((report) => {
      if (report || signal === 'SIGABRT' || code === 134) {
        const command = args[0] ?? 'reconcile';
        process.stderr.write(
          `${BudgetError.line(
            heap === undefined
              ? `${command} needed more than the ${ownHeap()} MiB heap the runtime gives it; give it a budget (--memory ${moreMemory(args)}), within which what does not fit goes to disk`
              : `${command} needed more than the ${heap} MiB heap its --memory gives it; give it more (--memory ${moreMemory(args)})`,
          )}\n`,
        );
        process.exitCode = 3;
      } else if (signal !== null) process.kill(process.pid, signal);
      else process.exitCode = code ?? 3;
    });
  });
}

/** The runtime's own heap, in MiB: what this process was started with. */
function ownHeap(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2);
}

/**
 * Whether a run needs a process of its own: its heap bounded smaller than this one's (one already
 * as small, or smaller, needs none), its collector without helpers or its workers' code compiled on
 * their own threads where this one has neither.
 *
 * @param bounds - What the run's process is started with.
 * @returns Whether to start it.
 */
function relaunches(bounds: ReconcileHeap): boolean {
  if (process.env[RELAUNCHED] !== undefined) return false;
  const smaller =
    bounds.heap !== undefined &&
    getHeapStatistics().heap_size_limit > bounds.heap * 1024 ** 2 * 1.25;
  return (
    smaller ||
    (bounds.singleThreadedGc && !process.execArgv.includes(SINGLE_THREADED_GC)) ||
    (bounds.compileOnThread && !process.execArgv.includes(COMPILE_ON_THREAD))
  );
}

const args = process.argv.slice(2);
const bounds = reconcileHeap(args);
if (bounds !== undefined && relaunches(bounds)) relaunch(args, bounds);
else run(args);
