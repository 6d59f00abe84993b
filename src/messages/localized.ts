import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { Message, MessageOptions } from './types.ts';

/**
 * A result with its `message` in the `{ locale }` of `options` (MSG-1): the result itself when no
 * locale is given (English, as made), else a copy whose message the locale rendered from the
 * result's `messageId` and `params`.
 *
 * @param result - A result with a message, made in English.
 * @param options - The caller's options, checked as an object already, or `undefined`.
 * @returns The result in the locale.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` when it is not a locale.
 */
export function localized<T extends Message>(result: T, options: MessageOptions | undefined): T {
  const locale = options?.locale;
  if (locale === undefined) return result;
  if (typeof locale?.format !== 'function') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.locale', 'expected a locale', locale);
  }
  return { ...result, message: locale.format(result.messageId, result.params) };
}
