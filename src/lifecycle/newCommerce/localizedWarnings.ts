import { localized } from '../../messages/localized.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { NewCommerceWarning } from './resultTypes.ts';

/**
 * An accepted result with its warnings in the `{ locale }` of `options` (EST-2, MSG-1): the result
 * itself without warnings or without a locale (English, as made), else a copy whose warnings the
 * locale rendered from each warning's `messageId` and `params`.
 *
 * @param result - An accepted result, made in English.
 * @param options - The caller's options, or `undefined`.
 * @returns The result with its warnings in the locale.
 */
export function localizedWarnings<T extends { readonly warnings?: readonly NewCommerceWarning[] }>(
  result: T,
  options: MessageOptions | undefined,
): T {
  const warnings = result.warnings;
  if (warnings === undefined || options?.locale === undefined) return result;
  return { ...result, warnings: warnings.map((warning) => localized(warning, options)) };
}
