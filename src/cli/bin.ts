import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { BudgetError } from './BudgetError.ts';
import { heapTraceFilter, type RuntimeReport } from './heapTrace.ts';
import { moreMemory } from './moreMemory.ts';
import {
  allocatorEnv,
  COMPILE_ON_THREAD,
  heapFlags,
  type ProcessBounds,
  processBounds,
  SINGLE_THREADED_GC,
} from './processBounds.ts';
import { RELAUNCH_ENV } from './relaunchEnv.ts';

const { heap: RELAUNCHED, terminal: TERMINAL } = RELAUNCH_ENV;

/**
 * The signals a process ends by when the runtime itself fails (an abort, a failed check of V8's, a
 * bad access), never sent by a user's stop: the run's one line says the runtime failed.
 */
const FAILURE_SIGNALS: ReadonlySet<string> = new Set([
  'SIGABRT',
  'SIGTRAP',
  'SIGSEGV',
  'SIGBUS',
  'SIGILL',
  'SIGFPE',
]);

/**
 * The one line a relaunched run ends with when the runtime stopped it (a failed assertion or
 * check, an abort: none of them the command's doing, nor a budget's), exit 3 — with `--debug`, the
 * runtime's report after it.
 */
function runtimeFailed(command: string, said: string): string {
  return `error: internal failure: the runtime (Node.js ${process.version}) stopped ${command}: ${said}; its output is not complete`;
}

/**
 * Runs `reconcile` (and `usage` on DuckDB, with `--memory`, or with workers; `tie-out` with
 * workers) again in a child process started with what only a process's start can set: its
 * JavaScript heap bounded by its `--memory` budget (`--max-old-space-size`), its collector without
 * helper threads when the run's threads fill the cores (`--single-threaded-gc`: set later, V8
 * stops the process), its workers' optimized code compiled on their own threads
 * (`--no-concurrent-recompilation`: a worker ending mid-compile stops Node 20), and its C allocator set to give back
 * the large blocks it frees (`allocatorEnv`) — with the same input, output and terminal, and a
 * temporary folder of its own that is removed however the child ends, a spill included, even when
 * the child is killed. A signal to this process goes to the child; the child's exit code is this
 * process's. The child's standard error passes through {@link heapTraceFilter}: a child that runs
 * out of its heap is out of memory (exit 3, one line saying which budget to give, no report
 * shown); one the runtime stops otherwise (a failed assertion or check, an abort, a bad access)
 * ends with one line saying so and what the runtime said (exit 3; `--debug` adds its report).
 */
function relaunch(args: readonly string[], bounds: ProcessBounds): void {
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
  const ended = new Promise<RuntimeReport>((done) => {
    if (child.stderr === null) done({ kind: 'none' });
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
      const command = args[0] ?? 'reconcile';
      if (report.kind === 'memory') {
        process.stderr.write(
          `${BudgetError.line(
            heap === undefined
              ? `${command} needed more than the ${ownHeap()} MiB heap the runtime gives it; ${
                  args.includes('--memory') ? 'give it more' : 'give it a budget'
                } (--memory ${moreMemory(args)}), within which what does not fit goes to disk`
              : `${command} needed more than the ${heap} MiB heap its --memory gives it; give it more (--memory ${moreMemory(args)})`,
          )}\n`,
        );
        process.exitCode = 3;
      } else if (
        report.kind === 'failure' ||
        (signal !== null && FAILURE_SIGNALS.has(signal)) ||
        code === 133 ||
        code === 134
      ) {
        const said =
          report.kind === 'failure' ? report.said : `ended by ${signal ?? `exit code ${code}`}`;
        process.stderr.write(`${runtimeFailed(command, said)}\n`);
        if (report.kind === 'failure' && args.includes('--debug'))
          process.stderr.write(report.report);
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
function relaunches(bounds: ProcessBounds): boolean {
  if (process.env[RELAUNCHED] !== undefined) return false;
  const smaller =
    bounds.heap !== undefined &&
    getHeapStatistics().heap_size_limit > bounds.heap * 1024 ** 2 * 1.25;
  const wanted = [
    bounds.singleThreadedGc && SINGLE_THREADED_GC,
    bounds.compileOnThread && COMPILE_ON_THREAD,
  ];
  return smaller || wanted.some((flag) => flag !== false && !process.execArgv.includes(flag));
}

const args = process.argv.slice(2);
const bounds = processBounds(args);
if (bounds !== undefined && relaunches(bounds)) relaunch(args, bounds);
else {
  // the commands' code, loaded only by the process that runs them (built beside this file): a
  // run started again in a process of its own never loads it in this one (0.2 s of a megabyte of
  // code to read and compile, and the library's entries it imports)
  const { runHere } = (await import(
    new URL('./cliRun.js', import.meta.url).href
  )) as typeof import('./runHere.ts');
  runHere(args);
}
