import { isRuleError } from '../errors/isRuleError.ts';
import type { RuleIssue } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { checkParams } from './_internal/checkParams.ts';
import { englishMessages } from './englishMessages.ts';
import { englishWithMoney } from './englishWithMoney.ts';
import type { MessageId } from './MessageId.ts';
import type { AnyLocale, MessageParams, RuleErrorFields } from './types.ts';

/**
 * The sentence of a result already made — one loaded from a database, say — in `locale` (MSG-1):
 * the locale's template of the result's `messageId`, filled from its `params`. It gives exactly
 * what the function that made the result returns with the same `{ locale }`, and reads nothing but
 * `messageId` and `params`, so a stored result's English `message` is never parsed.
 *
 * An issue of a `parseX` or of `definePolicy` (`{ path, message, messageId, params }`) works too:
 * its sentence in the locale, without its path, as its English `message` is; without a locale, its
 * own message.
 *
 * A {@link RuleError} works too: its `messageId` (the English template of what was expected) and
 * `params` (`path`, `got` and the template's own) are put into the locale's `errors` frame, e.g.
 * `purchase.orderedAt: 유효한 Date 또는 …이어야 합니다. 받은 값: "yesterday"`; an `INVALID_POLICY`
 * error lists its issues, each translated. In English it is the error's own message. Errors are
 * always thrown in English (no `{ locale }` makes a function throw in another language, which
 * would cost every English bundle the check): catch, then format. A stored error (its JSON, which
 * keeps all but `message`) is rendered by the locale, `en` included; without a locale an error
 * gives its own `message`.
 *
 * @param result - Anything with a `messageId` and `params`: a decision, a refusal, an offer reason.
 * @param locale - The language, from its own entry (`subscription-rules/locales/ko`); English when
 *   omitted.
 * @returns The sentence.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a result that is not an object, an unknown
 *   `messageId`, or a parameter a message cannot show; `MISSING_FIELD` for a missing parameter;
 *   `INVALID_ARGUMENT` at `locale` for something that is not a locale.
 * @example
 * ```ts
 * import { cancellationDecision, formatMessage } from 'subscription-rules';
 * const decision = cancellationDecision(
 *   { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' },
 *   '2026-11-20T22:00:00Z',
 * );
 * decision.messageId;
 * //=> 'refund.full-credit'
 * formatMessage(JSON.parse(JSON.stringify(decision)));
 * //=> 'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).'
 * ```
 * @example
 * ```ts
 * import { formatMessage, policyAt, RuleError } from 'subscription-rules';
 * import { ko } from 'subscription-rules/locales/ko';
 * try {
 *   policyAt('yesterday');
 * } catch (error) {
 *   error instanceof RuleError && formatMessage(error, ko);
 *   //=> 'instant: 유효한 Date 또는 Z나 ±HH:mm이 붙은 ISO 8601 시각이어야 합니다. 받은 값: "yesterday"'
 * }
 * ```
 * @category Messages
 */
export function formatMessage(
  result:
    | { readonly messageId: MessageId; readonly params: MessageParams }
    | RuleErrorFields
    | (RuleIssue & { readonly messageId: string }),
  locale?: AnyLocale,
): string {
  if (isRuleError(result) || (result as { readonly name?: unknown } | null)?.name === 'RuleError') {
    const error = result as RuleErrorFields;
    if (locale === undefined && typeof error.message === 'string') return error.message;
    if (typeof locale?.formatError !== 'function') {
      fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a locale', locale);
    }
    return locale.formatError(error);
  }
  const { messageId, params, path } = requireRecord(result, 'result');
  if (
    typeof messageId === 'string' &&
    typeof path === 'string' &&
    !Object.hasOwn(englishMessages, messageId)
  ) {
    // an issue of a parse or of definePolicy: keyed like a RuleError's message, not by the catalog
    const issue = result as RuleIssue;
    if (locale === undefined) {
      if (typeof issue.message !== 'string')
        fail(RuleErrorCode.INVALID_ARGUMENT, 'result.message', 'expected text', issue.message);
      return issue.message;
    }
    if (typeof locale?.formatIssue !== 'function') {
      fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a locale', locale);
    }
    return locale.formatIssue(issue);
  }
  if (typeof messageId !== 'string' || !Object.hasOwn(englishMessages, messageId)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'result.messageId', 'expected a message ID', messageId);
  }
  const checked = checkParams(englishMessages, messageId, params, 'result.params');
  if (locale === undefined) return englishWithMoney(englishMessages, messageId, checked);
  if (typeof locale !== 'object' || locale === null || typeof locale.format !== 'function') {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'locale', 'expected a locale', locale);
  }
  return locale.format(messageId as MessageId, checked);
}
