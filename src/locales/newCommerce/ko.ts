/**
 * subscription-rules/new-commerce/locales/ko: the messages in Korean (`ko`), for New Commerce only
 * (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/new-commerce/locales/ko
 */

import { englishNewCommerceMessages } from '../../messages/englishNewCommerceMessages.ts';
import type { NewCommerceMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { koNewCommerceActions, koSharedActions } from '../_internal/actions/ko.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { koErrors } from '../_internal/koErrors.ts';
import { koOrders } from '../_internal/orders/ko.ts';
import { koResource } from '../_internal/resource/ko.ts';
import {
  koMidTerm,
  koNewCommerceRefunds,
  koSeparator,
  koShared,
  koWords,
} from '../_internal/texts/ko.ts';

/**
 * Korean (`ko`) for New Commerce only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/ko` for every message a New Commerce result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/new-commerce';
 * import { ko } from 'subscription-rules/new-commerce/locales/ko';
 * const seats = {
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   orderedAt: '2026-11-20T10:00:00Z',
 * } as const;
 * cancellationDecision(seats, '2026-11-23T09:00:00Z', { locale: ko }).messageId;
 * //=> 'refund.term.prorated-credit'
 * ```
 * @category Messages
 */
export const ko: Locale<NewCommerceMessageId> = defineLocale(
  'ko',
  {
    ...koNewCommerceRefunds,
    ...koShared,
    ...koMidTerm,
    ...koSharedActions,
    ...koNewCommerceActions,
    ...koResource,
    ...koOrders,
  },
  koWords,
  koSeparator,
  koErrors,
  englishNewCommerceMessages,
);
