import { closeSync, openSync, writeSync } from 'node:fs';
import { UsageError } from '../../UsageError.ts';

/**
 * Lines written to the file `--out` names, in pieces of a megabyte.
 *
 * @param path - The file.
 * @returns Where to write a line, and how to end.
 * @throws UsageError when the file cannot be written.
 */
export function fileLines(path: string): { line: (text: string) => void; close: () => void } {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(
      `--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let buffer = '';
  return {
    line(text) {
      buffer += `${text}\n`;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    },
    close() {
      writeSync(fd, buffer);
      closeSync(fd);
    },
  };
}
