import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folders of runs not yet removed: removed by the process's exit whatever ends it. */
const open = new Set<string>();
let hooked = false;

/** Removes every run folder left, at once (the process is ending). */
function removeAll(): void {
  for (const dir of open) rmSync(dir, { recursive: true, force: true });
  open.clear();
}

/** Removes the folders and ends the process as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.kill(process.pid, signal);
}

/**
 * Makes sure the run folders go however the process ends: its exit (a failure, `process.exit`)
 * and Ctrl-C or a `kill` (SIGINT, SIGTERM, SIGHUP), after which the signal is raised again so
 * the exit code says it.
 */
function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
}

/** A run's own folder for what waits on disk. */
export interface RunDir {
  /** The folder, under the system's temporary folder. */
  readonly dir: string;
  /** Removes the folder and everything in it. */
  remove(): void;
}

/**
 * A folder of the run's own (REC-3, `--memory`): made by `mkdtemp` under the system's temporary
 * folder (`subscription-rules-<command>-…`), so runs side by side — and anything else there —
 * never share a file; removed by {@link RunDir.remove} and, whatever ends the process first (a
 * failure, a worker killed, Ctrl-C), by the process's exit.
 *
 * @param command - The command, in the folder's name (`reconcile`, `tie-out`).
 * @returns The folder, made.
 */
export function runDir(command: string): RunDir {
  hook();
  const dir = mkdtempSync(join(tmpdir(), `subscription-rules-${command}-`));
  open.add(dir);
  return {
    dir,
    remove() {
      rmSync(dir, { recursive: true, force: true });
      open.delete(dir);
    },
  };
}
