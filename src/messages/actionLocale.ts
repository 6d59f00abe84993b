import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { AnyLocale, MessageOptions } from './types.ts';

/**
 * The `{ locale }` of `allowedActions`' options, checked: `undefined` for English.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` when it is not a locale.
 */
export function actionLocale(options: MessageOptions | undefined): AnyLocale | undefined {
  const locale = options?.locale;
  if (locale !== undefined && typeof locale?.format !== 'function') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.locale', 'expected a locale', locale);
  }
  return locale;
}
