/**
 * subscription-rules/locales/en: the messages in English (`en`), for both programs (MSG-1), to pass
 * as `{ locale }`.
 *
 * @module subscription-rules/locales/en
 */

import { englishMessages } from '../messages/englishMessages.ts';
import { englishWithMoney } from '../messages/englishWithMoney.ts';
import type { Locale } from '../messages/types.ts';
import { formatIssue, formatRuleError } from './_internal/formatRuleError.ts';
import { enWords } from './_internal/texts/en.ts';

/**
 * English (`en`), the default (MSG-1): exactly the sentences every function returns when no
 * `{ locale }` is given. Decided: English instants stay ISO 8601 UTC strings, as in earlier
 * releases, so no existing message changes; the other locales format them with Intl. Pass it to
 * switch a UI back to English explicitly.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules';
 * import { en } from 'subscription-rules/locales/en';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: en }).message;
 * //=> 'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).'
 * ```
 * @category Messages
 */
export const en: Locale = {
  tag: 'en',
  messages: englishMessages,
  words: enWords,
  format: (messageId, params) => englishWithMoney(englishMessages, messageId, params),
  formatError: (error) => formatRuleError(error, undefined),
  formatIssue: (issue) => formatIssue(issue, undefined),
};
