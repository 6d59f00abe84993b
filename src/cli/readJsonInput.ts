import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError.ts';

/**
 * Where the parser stopped, as a line and column of the file (` at line 2, column 5`), or "" when
 * it does not say: its own sentence quotes the text and may span lines, so it is not repeated.
 */
function whereOf(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)?.[1];
  if (at === undefined) return text.trim() === '' ? ' (the file is empty)' : '';
  const before = text.slice(0, Number(at)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Reads and parses a JSON file, or standard input for `-`; a bad file or bad JSON is a UsageError. */
export function readJsonInput(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON${whereOf(text, (error as Error).message)}`);
  }
}
