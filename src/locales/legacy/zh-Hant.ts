/**
 * subscription-rules/legacy/locales/zh-Hant: the messages in Traditional Chinese (`zh-Hant`), for
 * the legacy program only (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/legacy/locales/zh-Hant
 */

import { englishLegacyMessages } from '../../messages/englishLegacyMessages.ts';
import type { LegacyMessageId } from '../../messages/MessageId.ts';
import type { Locale } from '../../messages/types.ts';
import { zhHantLegacyActions, zhHantSharedActions } from '../_internal/actions/zhHant.ts';
import { defineLocale } from '../_internal/defineLocale.ts';
import { zhHantResource } from '../_internal/resource/zhHant.ts';
import {
  zhHantLegacyRefunds,
  zhHantSeparator,
  zhHantShared,
  zhHantWords,
} from '../_internal/texts/zhHant.ts';
import { zhHantErrors } from '../_internal/zhHantErrors.ts';

/**
 * Traditional Chinese (`zh-Hant`) for the legacy program only (MSG-1, NCE-1): the same texts as
 * `subscription-rules/locales/zh-Hant` for every message a legacy program result carries, and none of
 * the other program's, so a front end that shows one program carries only its texts. Given a
 * message of the other program it throws `RuleError` `INVALID_ARGUMENT` at `options.locale`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules/legacy';
 * import { zhHant } from 'subscription-rules/legacy/locales/zh-Hant';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: zhHant }).messageId;
 * //=> 'refund.full-credit'
 * ```
 * @category Messages
 */
export const zhHant: Locale<LegacyMessageId> = defineLocale(
  'zh-Hant',
  {
    ...zhHantLegacyRefunds,
    ...zhHantShared,
    ...zhHantSharedActions,
    ...zhHantLegacyActions,
    ...zhHantResource,
  },
  zhHantWords,
  zhHantSeparator,
  zhHantErrors,
  englishLegacyMessages,
);
