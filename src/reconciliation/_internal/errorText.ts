import type { RuleError } from '../../errors/RuleError.ts';
import type { MessageOptions } from '../../messages/types.ts';

/**
 * A `RuleError`'s sentence in the `{ locale }` asked for (MSG-1), as `formatMessage` gives it: the
 * locale's own rendering, or the error's English message without one — without the message tables.
 *
 * @param error - The error.
 * @param options - `{ locale }`.
 * @returns The sentence.
 */
export function errorText(error: RuleError, options: MessageOptions): string {
  const format = options.locale?.formatError;
  return typeof format === 'function' ? format(error) : error.message;
}
