import type { MessageOptions } from '../index.ts';
import { en } from '../locales/en.ts';
import { ko } from '../locales/ko.ts';
import { zhHans } from '../locales/zh-Hans.ts';
import { zhHant } from '../locales/zh-Hant.ts';
import { suggest } from './suggest.ts';
import { UsageError } from './UsageError.ts';

const LOCALES = { en, ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;

/**
 * The `{ locale }` option of `--locale en|ko|zh-Hans|zh-Hant` (MSG-1): the language of every
 * message a command prints; English when the flag is absent.
 */
export function localeOf(values: Readonly<Record<string, unknown>>): MessageOptions {
  const tag = values.locale;
  if (tag === undefined) return {};
  if (typeof tag !== 'string' || !Object.hasOwn(LOCALES, tag)) {
    const names = Object.keys(LOCALES);
    throw new UsageError(
      `--locale: expected one of ${names.join(', ')}, got ${JSON.stringify(tag)}${suggest(String(tag), names)}`,
    );
  }
  return { locale: LOCALES[tag as keyof typeof LOCALES] };
}
