import type { ParseResult } from '../index.ts';
import { UsageError } from './UsageError.ts';

/**
 * The value of a `--input` document checked by a schema of the schemas entry, or a `UsageError`
 * whose one line names every bad field (`--input: purchase.orderedAt: expected …; at: …`).
 *
 * @param result - What the `parseX` answered.
 * @param prefix - The dot path of the checked part inside the document (`''` for the whole).
 */
export function validInput<T>(result: ParseResult<T>, prefix = ''): T {
  if (result.ok) return result.value;
  const issues = result.issues.map((issue) => {
    const path = [prefix, issue.path].filter((part) => part !== '').join('.');
    return `${path || '(input)'}: ${issue.message}`;
  });
  throw new UsageError(`--input: ${issues.join('; ')}`);
}
