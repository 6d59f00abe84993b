/**
 * subscription-rules/new-commerce/locales/en: the messages in English (`en`), for New Commerce only
 * (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/new-commerce/locales/en
 */

import { englishNewCommerceMessages } from '../../messages/englishNewCommerceMessages.ts';
import type { NewCommerceMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { englishOf } from '../_internal/englishOf.ts';

/**
 * English (`en`) for New Commerce only (MSG-1, NCE-1): the sentences the functions write, for every
 * message a result of that program carries, and none of the other program's.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/new-commerce';
 * import { en } from 'subscription-rules/new-commerce/locales/en';
 * const seats = {
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   orderedAt: '2026-11-20T10:00:00Z',
 * } as const;
 * cancellationDecision(seats, '2026-11-23T09:00:00Z', { locale: en }).messageId;
 * //=> 'refund.term.prorated-credit'
 * ```
 * @category Messages
 */
export const en: Locale<NewCommerceMessageId> = /* @__PURE__ */ englishOf(
  englishNewCommerceMessages,
);
