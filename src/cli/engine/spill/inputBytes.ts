import { statSync } from 'node:fs';

/**
 * About how many bytes a run's files hold once read (REC-3, `--memory`): each file's size, gzip
 * (told by its name) counted as eight times its bytes — what the budget is set against to choose
 * whether and how finely a run spills ({@link spillPartitions}). An estimate: it moves only how
 * much is read back at once, never what is found.
 *
 * @param files - The files.
 * @returns The bytes.
 * @throws When a file cannot be stat'ed (its command checked it before).
 */
export function inputBytes(files: readonly string[]): number {
  return files.reduce((sum, path) => sum + statSync(path).size * (/\.gz$/i.test(path) ? 8 : 1), 0);
}
