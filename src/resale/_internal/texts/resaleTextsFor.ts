import { textsOfLocale } from '../../../kernel/textsOfLocale.ts';
import { fill } from '../../../messages/fill.ts';
import { enTexts } from './en.ts';
import { koTexts } from './ko.ts';
import type { ResaleTextId, ResaleTexts } from './ResaleTexts.ts';
import { zhHansTexts } from './zhHans.ts';
import { zhHantTexts } from './zhHant.ts';

/** The resale sentences in every language they are written in, by tag. */
const resaleTexts: Readonly<Record<string, ResaleTexts>> = {
  en: enTexts,
  ko: koTexts,
  'zh-Hans': zhHansTexts,
  'zh-Hant': zhHantTexts,
};

/**
 * The resale sentences in the `{ locale }` a caller passes (MSG-1).
 *
 * @param locale - `options.locale`.
 * @returns The sentences; English without a locale.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` for something that is not a
 *   locale, or a locale of another language.
 */
export function resaleTextsFor(locale: unknown): ResaleTexts {
  return textsOfLocale(resaleTexts, enTexts, locale);
}

/** One sentence: the template of `id` with its placeholders filled. */
export function resaleSentence(
  texts: ResaleTexts,
  id: ResaleTextId,
  params: Readonly<Record<string, string | number>>,
): string {
  return fill(texts.texts[id], params, (value) => String(value));
}
