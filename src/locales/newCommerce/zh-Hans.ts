/**
 * subscription-rules/new-commerce/locales/zh-Hans: the messages in Simplified Chinese (`zh-Hans`),
 * for New Commerce only (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/new-commerce/locales/zh-Hans
 */

import { englishNewCommerceMessages } from '../../messages/englishNewCommerceMessages.ts';
import type { NewCommerceMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { zhHansNewCommerceActions, zhHansSharedActions } from '../_internal/actions/zhHans.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { zhHansOrders } from '../_internal/orders/zhHans.ts';
import { zhHansResource } from '../_internal/resource/zhHans.ts';
import {
  zhHansMidTerm,
  zhHansNewCommerceRefunds,
  zhHansSeparator,
  zhHansShared,
  zhHansWords,
} from '../_internal/texts/zhHans.ts';
import { zhHansErrors } from '../_internal/zhHansErrors.ts';

/**
 * Simplified Chinese (`zh-Hans`) for New Commerce only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/zh-Hans` for every message a New Commerce result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/new-commerce';
 * import { zhHans } from 'subscription-rules/new-commerce/locales/zh-Hans';
 * const seats = {
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   orderedAt: '2026-11-20T10:00:00Z',
 * } as const;
 * cancellationDecision(seats, '2026-11-23T09:00:00Z', { locale: zhHans }).messageId;
 * //=> 'refund.term.prorated-credit'
 * ```
 * @category Messages
 */
export const zhHans: Locale<NewCommerceMessageId> = defineLocale(
  'zh-Hans',
  {
    ...zhHansNewCommerceRefunds,
    ...zhHansShared,
    ...zhHansMidTerm,
    ...zhHansSharedActions,
    ...zhHansNewCommerceActions,
    ...zhHansResource,
    ...zhHansOrders,
  },
  zhHansWords,
  zhHansSeparator,
  zhHansErrors,
  englishNewCommerceMessages,
);
