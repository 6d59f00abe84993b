/**
 * subscription-rules/legacy/locales/en: the messages in English (`en`), for the legacy program only
 * (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/legacy/locales/en
 */

import { englishLegacyMessages } from '../../messages/englishLegacyMessages.ts';
import type { LegacyMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { englishOf } from '../_internal/englishOf.ts';

/**
 * English (`en`) for the legacy program only (MSG-1, NCE-1): the sentences the functions write, for every
 * message a result of that program carries, and none of the other program's.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/legacy';
 * import { en } from 'subscription-rules/legacy/locales/en';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: en }).messageId;
 * //=> 'refund.full-credit'
 * ```
 * @category Messages
 */
export const en: Locale<LegacyMessageId> = /* @__PURE__ */ englishOf(englishLegacyMessages);
