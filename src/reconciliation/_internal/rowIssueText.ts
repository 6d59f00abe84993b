import { shapeWords } from '../../kernel/shapeTexts.ts';
import type { FileRowIssue } from './FileLine.ts';
import type { ReconciliationTexts } from './texts/ReconciliationTexts.ts';

/**
 * A row's issue as it is shown (MSG-1): its message in the language of `issues` (an unknown
 * message as it is), a shape's template filled with its names and counts, and no `values`.
 *
 * @param issues - The language's issues, by their English text.
 * @param issue - The issue, as a reader made it.
 * @returns The issue's row, column and sentence.
 */
export function rowIssueText(
  issues: ReconciliationTexts['issues'],
  issue: FileRowIssue,
): { row: number; column: string; message: string } {
  const { values, message, ...place } = issue;
  const words = Object.hasOwn(issues, message) ? issues[message as keyof typeof issues] : message;
  return { ...place, message: values === undefined ? words : shapeWords(words, values) };
}
