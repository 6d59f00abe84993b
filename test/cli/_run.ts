import { main } from '../../src/cli/main.ts';

/** Runs the command-line tool in process, capturing its exit code and both streams. */
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
