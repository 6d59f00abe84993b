import type { CommandStreams } from '../Command.ts';
import { fileLines } from '../engine/write/fileLines.ts';

/**
 * Where `renewals` and `forecast` write (PL-6), as `reconcile` does: `--json` or `--csv` to
 * standard output or `--out`, the summary where they do not go (standard error when they fill
 * standard output).
 *
 * @param flags - `format` and `out`.
 * @param streams - Standard output and error.
 * @returns A line of `--json` or `--csv`, the summary, and the end.
 */
export function outputLines(
  flags: { readonly format: 'json' | 'csv' | undefined; readonly out: string | undefined },
  streams: CommandStreams,
): { line(text: string): void; summary(text: string): void; close(): void } {
  const sink = flags.out === undefined ? undefined : fileLines(flags.out);
  return {
    line: sink?.line ?? streams.out,
    summary: flags.format !== undefined && flags.out === undefined ? streams.err : streams.out,
    close: () => sink?.close(),
  };
}
