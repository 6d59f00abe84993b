/**
 * subscription-rules/legacy/locales/ko: the messages in Korean (`ko`), for the legacy program only
 * (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/legacy/locales/ko
 */

import { englishLegacyMessages } from '../../messages/englishLegacyMessages.ts';
import type { LegacyMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { koLegacyActions, koSharedActions } from '../_internal/actions/ko.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { koErrors } from '../_internal/koErrors.ts';
import { koResource } from '../_internal/resource/ko.ts';
import { koLegacyRefunds, koSeparator, koShared, koWords } from '../_internal/texts/ko.ts';

/**
 * Korean (`ko`) for the legacy program only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/ko` for every message a legacy program result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/legacy';
 * import { ko } from 'subscription-rules/legacy/locales/ko';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: ko }).messageId;
 * //=> 'refund.full-credit'
 * ```
 * @category Messages
 */
export const ko: Locale<LegacyMessageId> = defineLocale(
  'ko',
  {
    ...koLegacyRefunds,
    ...koShared,
    ...koSharedActions,
    ...koLegacyActions,
    ...koResource,
  },
  koWords,
  koSeparator,
  koErrors,
  englishLegacyMessages,
);
