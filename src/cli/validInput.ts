import type { ParseResult } from '../index.ts';
import { UsageError } from './UsageError.ts';

/**
 * The value of a `--input` document checked by a schema of the schemas entry, or a `UsageError`
 * whose one line names every bad field (`--input: purchase.orderedAt: expected …; at: …`).
 *
 * @param result - What the `parseX` answered.
 * @param prefix - The dot path of the checked part inside the document (`''` for the whole).
 * @param label - What the document is called: `--input`, or the file given as an argument.
 */
export function validInput<T>(result: ParseResult<T>, prefix = '', label = '--input'): T {
  if (result.ok) return result.value;
  const issues = result.issues.map((issue) => {
    const path = [prefix, issue.path].filter((part) => part !== '').join('.');
    return `${path || '(input)'}: ${issue.message}`;
  });
  throw new UsageError(`${label}: ${issues.join('; ')}`);
}
