import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { ErrorMessages } from '../../messages/ErrorMessages.ts';
import { englishWithMoney } from '../../messages/englishWithMoney.ts';
import { fill } from '../../messages/fill.ts';
import type { MessageId } from '../../messages/MessageId.ts';
import type { Locale, LocaleWords, MessageParams, MessageValue } from '../../messages/types.ts';
import { formatMoney } from '../../pricing/formatMoney.ts';
import type { Money } from '../../pricing/money.ts';
import { formatIssue, formatRuleError } from './formatRuleError.ts';

/** The parameters whose values are words of the library's vocabulary, translated by `words`. */
const WORDS: ReadonlySet<string> = new Set([
  'status',
  'event',
  'unit',
  'segment',
  'product',
  'billingFrequency',
]);
/** An instant as the library writes it (TIME-1). */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * A locale other than English (MSG-1): its templates, its words and a renderer that writes
 * instants with `Intl.DateTimeFormat` in the locale, in UTC, with the zone shown (seconds only
 * when the instant has them), money with `formatMoney` in the locale (PRICE-9), vocabulary words
 * translated, and list items joined by `separator`. A message the locale lacks a template for is
 * written wholly in English, never blank — a test proves none is lacking.
 *
 * @param tag - The BCP 47 language tag.
 * @param messages - A template for every message ID the locale translates (every ID, or one
 *   program's).
 * @param words - A translation of every word.
 * @param separator - What joins the items of a list parameter.
 * @param errors - The text of every `RuleError` message, by `messageId`; without it, errors
 *   stay English.
 * @param english - The English templates of the same IDs: the fallback of a missing template.
 * @returns The locale.
 */
export function defineLocale<Id extends MessageId>(
  tag: string,
  messages: { readonly [K in Id]: string },
  words: LocaleWords,
  separator: string,
  errors: ErrorMessages | undefined,
  english: Readonly<Record<string, string>>,
): Locale<Id> {
  let minutes: Intl.DateTimeFormat | undefined;
  let seconds: Intl.DateTimeFormat | undefined;
  const formatter = (withSeconds: boolean): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(tag, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
  const instant = (iso: string): string => {
    const ms = Date.parse(iso);
    if (ms % 60_000 === 0) {
      minutes ??= formatter(false);
      return minutes.format(ms);
    }
    seconds ??= formatter(true);
    return seconds.format(ms);
  };
  const render = (id: string, params: MessageParams): string => {
    const template = Object.hasOwn(messages, id) ? messages[id as Id] : undefined;
    if (template !== undefined)
      return fill(template, params, (value, _form, name) => show(id, name, value));
    // a program's locale asked for the other program's message: say so, never a blank
    if (!Object.hasOwn(english, id))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'options.locale',
        'expected a locale with a text for {messageId} (a locale of one program translates that program only)',
        tag,
        id,
      );
    return englishWithMoney(english, id, params);
  };
  const show = (id: string, name: string, value: MessageValue): string => {
    if (Array.isArray(value)) {
      return value.map((item: MessageParams) => render(`${id}.${name}`, item)).join(separator);
    }
    if (typeof value === 'object') return formatMoney(value as Money, tag);
    if (typeof value === 'number') return String(value);
    if (INSTANT.test(value)) return instant(value);
    return WORDS.has(name) && Object.hasOwn(words, value)
      ? words[value as keyof LocaleWords]
      : value;
  };
  return {
    tag,
    messages,
    words,
    format: render,
    ...(errors === undefined ? {} : { errors }),
    formatError: (error) => formatRuleError(error, errors),
    formatIssue: (issue) => formatIssue(issue, errors),
  };
}
