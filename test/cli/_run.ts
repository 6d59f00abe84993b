import { main } from '../_private.ts';

/** Runs the command-line tool in process and collects its exit code and output. */
export function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(
    argv,
    (text) => {
      out += `${text}\n`;
    },
    (text) => {
      err += `${text}\n`;
    },
  );
  if (typeof code !== 'number') throw new Error(`${argv[0]} streams: run it with runStreaming`);
  return { code, out, err };
}

/**
 * Runs a streaming command (`reconcile`) in process and collects its exit code, its output and
 * what it drew as progress (only when `progress` is asked for, as on a terminal).
 */
export async function runStreaming(
  argv: readonly string[],
  terminal = false,
): Promise<{ code: number; out: string; err: string; progress: string }> {
  let out = '';
  let err = '';
  let progress = '';
  const code = await main(
    argv,
    (text) => {
      out += `${text}\n`;
    },
    (text) => {
      err += `${text}\n`;
    },
    terminal
      ? (text) => {
          progress += text;
        }
      : undefined,
  );
  return { code, out, err, progress };
}
