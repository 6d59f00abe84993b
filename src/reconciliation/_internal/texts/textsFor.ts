import { textsOfLocale } from '../../../kernel/textsOfLocale.ts';
import { fill } from '../../../messages/fill.ts';
import { enTexts } from './en.ts';
import { koTexts } from './ko.ts';
import type { ReconciliationTexts, TextId } from './ReconciliationTexts.ts';
import { zhHansTexts } from './zhHans.ts';
import { zhHantTexts } from './zhHant.ts';

/** The reconciliation's sentences in every language it speaks, by tag. */
export const reconciliationTexts: Readonly<Record<string, ReconciliationTexts>> = {
  en: enTexts,
  ko: koTexts,
  'zh-Hans': zhHansTexts,
  'zh-Hant': zhHantTexts,
};

/**
 * The reconciliation's sentences in the `{ locale }` a caller passes (MSG-1), as every function
 * that returns a message takes it (`subscription-rules/locales/ko`, or a program's): the locale's
 * tag picks this area's own sentences, so a bundle that only decides never carries them.
 *
 * @param locale - `options.locale`.
 * @returns The sentences; English without a locale.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` for something that is not a
 *   locale, or a locale of another language.
 */
export function textsFor(locale: unknown): ReconciliationTexts {
  return textsOfLocale(reconciliationTexts, enTexts, locale);
}

/**
 * One sentence: the template of `id` with its placeholders filled.
 *
 * @param texts - The language.
 * @param id - The sentence.
 * @param params - The values of its placeholders.
 * @returns The sentence.
 */
export function sentence(
  texts: ReconciliationTexts,
  id: TextId,
  params: Readonly<Record<string, string | number>>,
): string {
  return fill(texts.texts[id], params, (value) => String(value));
}
