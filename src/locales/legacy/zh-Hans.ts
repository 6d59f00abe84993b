/**
 * subscription-rules/legacy/locales/zh-Hans: the messages in Simplified Chinese (`zh-Hans`), for
 * the legacy program only (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/legacy/locales/zh-Hans
 */

import { englishLegacyMessages } from '../../messages/englishLegacyMessages.ts';
import type { LegacyMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { zhHansLegacyActions, zhHansSharedActions } from '../_internal/actions/zhHans.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { zhHansResource } from '../_internal/resource/zhHans.ts';
import {
  zhHansLegacyRefunds,
  zhHansSeparator,
  zhHansShared,
  zhHansWords,
} from '../_internal/texts/zhHans.ts';
import { zhHansErrors } from '../_internal/zhHansErrors.ts';

/**
 * Simplified Chinese (`zh-Hans`) for the legacy program only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/zh-Hans` for every message a legacy program result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/legacy';
 * import { zhHans } from 'subscription-rules/legacy/locales/zh-Hans';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: zhHans }).messageId;
 * //=> 'refund.full-credit'
 * ```
 * @category Messages
 */
export const zhHans: Locale<LegacyMessageId> = defineLocale(
  'zh-Hans',
  {
    ...zhHansLegacyRefunds,
    ...zhHansShared,
    ...zhHansSharedActions,
    ...zhHansLegacyActions,
    ...zhHansResource,
  },
  zhHansWords,
  zhHansSeparator,
  zhHansErrors,
  englishLegacyMessages,
);
