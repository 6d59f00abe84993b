import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { fill } from '../../../messages/fill.ts';
import { enTexts } from './en.ts';
import { koTexts } from './ko.ts';
import type { UsageTextId, UsageTexts } from './UsageTexts.ts';
import { zhHansTexts } from './zhHans.ts';
import { zhHantTexts } from './zhHant.ts';

/** The usage sentences in every language they are written in, by tag. */
const usageTexts: Readonly<Record<string, UsageTexts>> = {
  en: enTexts,
  ko: koTexts,
  'zh-Hans': zhHansTexts,
  'zh-Hant': zhHantTexts,
};

/**
 * The usage sentences in the `{ locale }` a caller passes (MSG-1): the locale's tag picks this
 * area's own sentences, so a bundle that only decides never carries them.
 *
 * @param locale - `options.locale`.
 * @returns The sentences; English without a locale.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` for something that is not a
 *   locale, or a locale of another language.
 */
export function usageTextsFor(locale: unknown): UsageTexts {
  if (locale === undefined) return enTexts;
  const { format, tag } = (locale ?? {}) as { format?: unknown; tag?: unknown };
  if (typeof format !== 'function' || typeof tag !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.locale', 'expected a locale', locale);
  const texts = Object.hasOwn(usageTexts, tag) ? usageTexts[tag] : undefined;
  if (texts === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.locale',
      'expected a locale the reconciliation speaks: {allowed}',
      tag,
      Object.keys(usageTexts).join(', '),
    );
  return texts;
}

/** One sentence: the template of `id` with its placeholders filled. */
export function usageSentence(
  texts: UsageTexts,
  id: UsageTextId,
  params: Readonly<Record<string, string | number>>,
): string {
  return fill(texts.texts[id], params, (value) => String(value));
}
