import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError.ts';

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
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
