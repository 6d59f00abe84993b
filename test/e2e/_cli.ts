import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built command line (`npm run build` writes it). */
export const cli: string = new URL('../../dist/cli.js', import.meta.url).pathname;

/** What one run of the built command line gave: its exit code and both streams, whole. */
export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** How to run the built command line: its environment and its standard input. */
export interface CliOptions {
  /** Variables set over `base`. */
  readonly env?: Readonly<Record<string, string>>;
  /** The environment under `env`: the test's own unless given. */
  readonly base?: NodeJS.ProcessEnv;
  /** Standard input, whole (empty unless given). */
  readonly input?: string;
}

/** Runs the built command line as a child process of the test's Node and waits for it. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...(options.base ?? process.env), ...options.env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A folder of a test's own (made with `mkdtemp`) and the files it writes there. */
export interface Scratch {
  /** The folder. */
  readonly dir: string;
  /**
   * Writes a file under a fresh name ending in `name`: text and bytes as they are, any other
   * value as its JSON.
   *
   * @returns The file's path.
   */
  file(value: unknown, name?: string): string;
  /** A fresh name ending in `name` in the folder, for the command to write: nothing is there yet. */
  path(name: string): string;
  /**
   * Makes an empty folder under a fresh name ending in `name`.
   *
   * @returns The folder's path.
   */
  folder(name: string): string;
}

/**
 * Makes a folder of its own under the system's temporary folder (`mkdtemp`, so a test never
 * assumes it is alone there), its files named `<n>-<name>` with `n` counting from 0.
 *
 * @param prefix - The folder's name before mkdtemp's six characters.
 * @param name - The file name `file` ends in when it is given none.
 */
export function scratch(prefix: string, name = 'input.json'): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let made = 0;
  const path = (ending: string): string => join(dir, `${made++}-${ending}`);
  return {
    dir,
    file(value: unknown, ending = name): string {
      const file = path(ending);
      writeFileSync(
        file,
        typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value),
      );
      return file;
    },
    path,
    folder(ending: string): string {
      const folder = path(ending);
      mkdirSync(folder);
      return folder;
    },
  };
}

/** One run of `reconcile` with its findings written to a file (`--out`) and read back. */
export interface ReconcileRun extends CliRun {
  /** The findings as written, byte for byte (the CSV whole; the JSON without its summary). */
  readonly findings: string;
  /** Whether the file ends with the JSON summary (`--json`), which `run` and `summary` split. */
  readonly summarized: boolean;
  /** The JSON summary without how the run went (empty without one). */
  readonly summary: Record<string, unknown>;
  /** How the run went: the engine, workers, time and memory (empty without a summary). */
  readonly run: Record<string, unknown>;
}

/**
 * Runs the built `reconcile` with `--json` or `--csv` into a fresh file of `folder`, the instant
 * fixed at 2026-12-01T00:00:00Z, and splits what it wrote into its findings and its summary.
 */
export function reconcileInto(
  folder: Scratch,
  args: readonly string[],
  format: 'json' | 'csv' = 'json',
  options: CliOptions = {},
): ReconcileRun {
  const out = folder.file('', `findings.${format}`);
  const result = runCli(
    ['reconcile', ...args, `--${format}`, '--out', out, '--at', '2026-12-01T00:00:00Z'],
    options,
  );
  const written = readFileSync(out, 'utf8');
  const at = written.indexOf('],"summary":');
  const { run, ...summary } = at === -1 ? { run: {} } : JSON.parse(written).summary;
  return {
    ...result,
    findings: at === -1 ? written : written.slice(0, at),
    summarized: at !== -1,
    summary,
    run,
  };
}
