import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { enTexts } from './en.ts';
import { koTexts } from './ko.ts';
import type { TieOutTexts } from './TieOutTexts.ts';
import { zhHansTexts } from './zhHans.ts';
import { zhHantTexts } from './zhHant.ts';

/** The tie-out's sentences in every language it speaks, by tag. */
const tieOutTexts: Readonly<Record<string, TieOutTexts>> = {
  en: enTexts,
  ko: koTexts,
  'zh-Hans': zhHansTexts,
  'zh-Hant': zhHantTexts,
};

/**
 * The tie-out's sentences in the `{ locale }` a caller passes (MSG-1): the locale's tag picks this
 * area's own sentences, so a bundle that never ties out carries none of them.
 *
 * @param locale - `options.locale`.
 * @returns The sentences; English without a locale.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options.locale` for something that is not a
 *   locale, or a locale of another language.
 */
export function tieOutTextsFor(locale: unknown): TieOutTexts {
  if (locale === undefined) return enTexts;
  const { format, tag } = (locale ?? {}) as { format?: unknown; tag?: unknown };
  if (typeof format !== 'function' || typeof tag !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.locale', 'expected a locale', locale);
  const texts = Object.hasOwn(tieOutTexts, tag) ? tieOutTexts[tag] : undefined;
  if (texts === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.locale',
      'expected a locale the reconciliation speaks: {allowed}',
      tag,
      Object.keys(tieOutTexts).join(', '),
    );
  return texts;
}
