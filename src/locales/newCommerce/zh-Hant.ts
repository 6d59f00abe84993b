/**
 * subscription-rules/new-commerce/locales/zh-Hant: the messages in Traditional Chinese (`zh-Hant`),
 * for New Commerce only (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/new-commerce/locales/zh-Hant
 */

import { englishNewCommerceMessages } from '../../messages/englishNewCommerceMessages.ts';
import type { NewCommerceMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { zhHantNewCommerceActions, zhHantSharedActions } from '../_internal/actions/zhHant.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { zhHantOrders } from '../_internal/orders/zhHant.ts';
import { zhHantResource } from '../_internal/resource/zhHant.ts';
import {
  zhHantMidTerm,
  zhHantNewCommerceRefunds,
  zhHantSeparator,
  zhHantShared,
  zhHantWords,
} from '../_internal/texts/zhHant.ts';
import { zhHantErrors } from '../_internal/zhHantErrors.ts';

/**
 * Traditional Chinese (`zh-Hant`) for New Commerce only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/zh-Hant` for every message a New Commerce result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/new-commerce';
 * import { zhHant } from 'subscription-rules/new-commerce/locales/zh-Hant';
 * const seats = {
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   orderedAt: '2026-11-20T10:00:00Z',
 * } as const;
 * cancellationDecision(seats, '2026-11-23T09:00:00Z', { locale: zhHant }).messageId;
 * //=> 'refund.term.prorated-credit'
 * ```
 * @category Messages
 */
export const zhHant: Locale<NewCommerceMessageId> = defineLocale(
  'zh-Hant',
  {
    ...zhHantNewCommerceRefunds,
    ...zhHantShared,
    ...zhHantMidTerm,
    ...zhHantSharedActions,
    ...zhHantNewCommerceActions,
    ...zhHantResource,
    ...zhHantOrders,
  },
  zhHantWords,
  zhHantSeparator,
  zhHantErrors,
  englishNewCommerceMessages,
);
