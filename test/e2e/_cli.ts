import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Scratch, scratch } from '../cli/_scratch.ts';

// the suites' folders are the unit suites' (one helper for both)
export { type Scratch, scratch };

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
