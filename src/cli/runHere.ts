import { failRuntime } from './failRuntime.ts';
import { fillHeap } from './fillHeap.ts';
import { main } from './main.ts';
import { type OutputLines, outputLines } from './outputLines.ts';
import { RELAUNCH_ENV } from './relaunchEnv.ts';

const { heap: RELAUNCHED, terminal: TERMINAL } = RELAUNCH_ENV;

/**
 * Waits until a stream has taken every line written to it (a pipe read slowly keeps them in
 * memory until then), or is gone.
 */
function drained(stream: NodeJS.WriteStream, kept: OutputLines): () => Promise<void> {
  return () => {
    kept.flush();
    return !stream.writableNeedDrain || stream.destroyed
      ? Promise.resolve()
      : new Promise((resolve) => {
          const done = (): void => {
            for (const event of ['drain', 'close', 'error'] as const) stream.off(event, done);
            resolve();
          };
          for (const event of ['drain', 'close', 'error'] as const) stream.on(event, done);
        });
  };
}

/**
 * A test's way to see a relaunched run exhaust its heap (`HEAP_TEST_FILL=1`, read only in the
 * relaunched process): it holds ever more until V8 gives up, as a file too large for its budget
 * would, so the test sees what a user sees then — one line, exit 3.
 */
function fillHeapForTest(): void {
  if (process.env[RELAUNCHED] === undefined) return;
  if (process.env.HEAP_TEST_FILL === '1') fillHeap();
  const fail = process.env.RUNTIME_TEST_FAIL;
  if (fail === 'abort' || fail === 'check') failRuntime(fail);
}

/**
 * Runs the command in this process (`dist/cliRun.js`, loaded by `bin.ts` only where the command
 * runs: a run started again in a process of its own never loads it in the first): its lines to
 * standard output a piece at a time, its exit code the process's.
 *
 * @param args - The command line after the program.
 */
export function runHere(args: readonly string[]): void {
  fillHeapForTest();
  // standard output a piece at a time, written out before standard error's lines and at the exit
  const out = outputLines(process.stdout);
  // standard error's lines each written at once (a piece of none), a reader gone ending them quietly
  const err = outputLines(process.stderr, 0);
  process.on('exit', out.flush);
  const code = main(
    [...args],
    out.line,
    (text) => {
      out.flush();
      err.line(text);
    },
    process.stderr.isTTY || process.env[TERMINAL] === '1'
      ? (text) => {
          out.flush();
          process.stderr.write(text);
        }
      : undefined,
    drained(process.stdout, out),
  );
  if (typeof code === 'number') process.exitCode = code;
  else
    code.then((done) => {
      process.exitCode = done;
    });
}
