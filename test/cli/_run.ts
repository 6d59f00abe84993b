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
  return { code, out, err };
}
