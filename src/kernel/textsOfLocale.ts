import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * An area's own sentences in the `{ locale }` a caller passes (MSG-1), as every function that
 * returns a message takes it (`subscription-rules/locales/ko`, or a program's): the locale's tag
 * picks the area's table, so a bundle that never calls the area carries none of its sentences.
 * Reconciliation, the usage file and the invoice tie-out each keep their table and read it here.
 *
 * @param tables - The area's sentences by tag (`en`, `ko`, `zh-Hans`, `zh-Hant`).
 * @param english - The area's English sentences, for a call without a locale.
 * @param locale - `options.locale`.
 * @returns The sentences.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` for something that is not a
 *   locale, or a locale of another language.
 */
export function textsOfLocale<T>(
  tables: Readonly<Record<string, T>>,
  english: T,
  locale: unknown,
): T {
  if (locale === undefined) return english;
  const { format, tag } = (locale ?? {}) as { format?: unknown; tag?: unknown };
  if (typeof format !== 'function' || typeof tag !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.locale', 'expected a locale', locale);
  const texts = Object.hasOwn(tables, tag) ? tables[tag] : undefined;
  if (texts === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.locale',
      'expected a locale the reconciliation speaks: {allowed}',
      tag,
      Object.keys(tables).join(', '),
    );
  return texts;
}
