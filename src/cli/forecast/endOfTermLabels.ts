import type { EndOfTermAction, MessageOptions } from '../../index.ts';

/**
 * What happens at a term's end (PL-8, EST-2), in the four languages of `--locale` (MSG-1), in the
 * words `timeline` uses: `renewals` and `forecast` name each term end of their window so.
 */
const END_OF_TERM_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<EndOfTermAction, string>>>
> = {
  en: { renew: 'renew', 'extended-service-term': 'Extended Service Term', cancel: 'cancel' },
  ko: { renew: '갱신', 'extended-service-term': '연장 서비스 기간', cancel: '취소' },
  'zh-Hans': { renew: '续订', 'extended-service-term': '延长服务期', cancel: '取消' },
  'zh-Hant': { renew: '續訂', 'extended-service-term': '延長服務期', cancel: '取消' },
};

/**
 * The words of a term end in the language of `{ locale }`.
 *
 * @param options - `--locale`, as the command reads it.
 * @returns A function naming an end-of-term action.
 */
export function endOfTermLabels(options: MessageOptions): (action: EndOfTermAction) => string {
  const tag = (options.locale as { tag?: string } | undefined)?.tag ?? 'en';
  const labels = Object.hasOwn(END_OF_TERM_LABELS, tag)
    ? END_OF_TERM_LABELS[tag as keyof typeof END_OF_TERM_LABELS]
    : END_OF_TERM_LABELS.en;
  return (action) => labels[action];
}
