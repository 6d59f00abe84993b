import type { RuleError, RuleIssue } from '../errors/RuleError.ts';
import type { Money } from '../pricing/money.ts';
import type { ErrorMessages } from './ErrorMessages.ts';
import type { LegacyMessageId, MessageId, NewCommerceMessageId } from './MessageId.ts';

/**
 * One named parameter of a message (MSG-1): text (an instant is its ISO 8601 UTC string), a
 * number, an amount of money, or a list of parameter records rendered item by item.
 *
 * @category Messages
 */
export type MessageValue = string | number | Money | readonly MessageParams[];

/**
 * The named parameters of a message, by placeholder name (`{ windowEndsAt: '2026-11-21T10:00:00.000Z' }`).
 *
 * @category Messages
 */
export interface MessageParams {
  readonly [name: string]: MessageValue;
}

/**
 * What every result that carries a message has (MSG-1): a stable ID, its named parameters, and
 * the sentence made from them, in English unless a `{ locale }` was given.
 *
 * @category Messages
 */
export interface Message<Id extends MessageId = MessageId> {
  /** The stable message ID: the key of the template in every {@link Locale}. */
  readonly messageId: Id;
  /** The values of the template's placeholders, as plain JSON. */
  readonly params: MessageParams;
  /** The sentence a UI can show: English by default, else in the locale asked for. */
  readonly message: string;
}

/**
 * A template for every message ID: a missing or misspelt ID does not compile (MSG-1).
 *
 * @category Messages
 */
export type LocaleMessages = { readonly [Id in MessageId]: string };

/**
 * The words a message takes from the library's vocabulary — statuses, event types, window units,
 * customer segments, products, billing frequencies — which a locale translates in the parameters
 * named `status`, `event`, `unit`, `segment`, `product` and `billingFrequency`.
 *
 * @category Messages
 */
export type MessageWord =
  | 'trial'
  | 'active'
  | 'suspended'
  | 'cancelled'
  | 'expired'
  | 'disabled'
  | 'deleted'
  | 'cancel'
  | 'suspend'
  | 'reactivate'
  | 'set-auto-renew'
  | 'change-quantity'
  | 'schedule-renewal'
  | 'change-term'
  | 'change-billing-frequency'
  | 'upgrade'
  | 'hour'
  | 'day'
  | 'calendar day'
  | 'commercial'
  | 'education'
  | 'government'
  | 'nonprofit'
  | 'license-based'
  | 'marketplace-saas'
  | 'marketplace-usage'
  | 'software-subscription'
  | 'software-perpetual'
  | 'software-plan'
  | 'windows-7-esu'
  | 'monthly'
  | 'annual'
  | 'triennial';

/**
 * A translation of every {@link MessageWord}.
 *
 * @category Messages
 */
export type LocaleWords = { readonly [Word in MessageWord]: string };

/**
 * A language the library's messages can be shown in (MSG-1). Import one from its own entry, so a
 * bundle carries only the languages it uses: `import { ko } from 'subscription-rules/locales/ko'`
 * (likewise `zh-Hans`, `zh-Hant`, `en`), and pass it as `{ locale }` or to {@link formatMessage}.
 *
 * @category Messages
 */
export interface Locale<Id extends MessageId = MessageId> {
  /** The BCP 47 language tag: `en`, `ko`, `zh-Hans`, `zh-Hant`. */
  readonly tag: string;
  /**
   * A template for every message ID it translates, with named placeholders (`{windowEndsAt}`):
   * every ID for the locales of `subscription-rules/locales/*`, one program's for the locales of
   * `subscription-rules/new-commerce/locales/*` and `subscription-rules/legacy/locales/*`.
   */
  readonly messages: { readonly [K in Id]: string };
  /** The vocabulary the templates' word parameters are translated with. */
  readonly words: LocaleWords;
  /**
   * Renders one message: the template of `messageId` with its placeholders filled from `params`.
   *
   * @param messageId - The message's ID.
   * @param params - The values of its placeholders.
   * @returns The sentence in this locale.
   */
  readonly format: (messageId: MessageId, params: MessageParams) => string;
  /** The text of every `RuleError` message, by the error's `messageId`; English has none of its own. */
  readonly errors?: ErrorMessages;
  /**
   * Renders a `RuleError` (or its JSON) in this locale, from its `messageId` and `params`: what
   * {@link formatMessage} gives for an error. Carried by the locale, so an English-only bundle
   * holds no error formatter.
   *
   * @param error - The error.
   * @returns Its message in this locale.
   */
  readonly formatError?: (error: RuleErrorFields) => string;
  /**
   * Renders one issue of a parse or of `definePolicy` (its `messageId` and `params`) in this
   * locale, without its path, as the issue's English `message` is: what {@link formatMessage}
   * gives for an issue.
   *
   * @param issue - The issue.
   * @returns Its message in this locale.
   */
  readonly formatIssue?: (issue: RuleIssue) => string;
}

/**
 * What {@link formatMessage} reads of a `RuleError`: enough to render it in any locale, as a thrown
 * error has it and as its JSON keeps it (everything but `message`).
 *
 * @category Messages
 */
export interface RuleErrorFields
  extends Pick<RuleError, 'code' | 'path' | 'issues' | 'messageId' | 'params'> {
  /** Always `'RuleError'`: how a stored error is told from a stored result. */
  readonly name: 'RuleError';
  /** The English message; absent from an error's JSON. */
  readonly message?: string;
}

/**
 * The `{ locale }` option of every function that returns a message (MSG-1).
 *
 * @category Messages
 */
export interface MessageOptions {
  /**
   * The language of the returned `message`.
   *
   * @defaultValue English, exactly the sentences of earlier releases.
   */
  readonly locale?: AnyLocale | undefined;
}

/**
 * A locale of either program or of both: what `{ locale }` and `formatMessage` take. A program's
 * locale (from `subscription-rules/new-commerce/locales/*` or `subscription-rules/legacy/locales/*`)
 * translates that program's results; given the other program's, it throws `RuleError`
 * `INVALID_ARGUMENT` at `options.locale`.
 *
 * @category Messages
 */
export type AnyLocale = Locale | Locale<LegacyMessageId> | Locale<NewCommerceMessageId>;
