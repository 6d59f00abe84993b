/**
 * subscription-rules/locales/zh-Hant: the messages in Traditional Chinese (`zh-Hant`), for both
 * programs (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/locales/zh-Hant
 */

import { englishMessages } from '../messages/englishMessages.ts';
import type { Locale } from '../messages/types.ts';
import {
  zhHantLegacyActions,
  zhHantNewCommerceActions,
  zhHantSharedActions,
} from './_internal/actions/zhHant.ts';
import { defineLocale } from './_internal/defineLocale.ts';
import { zhHantOrders } from './_internal/orders/zhHant.ts';
import { zhHantReservations } from './_internal/reservations/zhHant.ts';
import { zhHantResource } from './_internal/resource/zhHant.ts';
import {
  zhHantLegacyRefunds,
  zhHantMidTerm,
  zhHantNewCommerceRefunds,
  zhHantSeparator,
  zhHantShared,
  zhHantWords,
} from './_internal/texts/zhHant.ts';
import { zhHantErrors } from './_internal/zhHantErrors.ts';

/**
 * Traditional Chinese (`zh-Hant`), in Partner Center's own terms from the source document (MSG-1;
 * docs/glossary.md): 訂用帳戶, 暫停/暫止, 重新啟用, 取消, 自動續約, 免費試用, 退款,
 * 合作夥伴中心. *Credit* is 信用額度, not the source's machine-translated 點數 ("points"); 按比例分配
 * (prorated) and 永久性軟體 (perpetual software) follow Microsoft's published terminology. Instants
 * are written with `Intl.DateTimeFormat('zh-Hant', …)` in UTC with the zone shown, money with
 * `formatMoney`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules';
 * import { zhHant } from 'subscription-rules/locales/zh-Hant';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: zhHant }).message;
 * //=> '在訂購後 24小時內取消：全額信用額度將計入下一張發票（期間截止於 2026年11月21日 10:00 [UTC]）。'
 * ```
 * @category Messages
 */
export const zhHant: Locale = defineLocale(
  'zh-Hant',
  {
    ...zhHantLegacyRefunds,
    ...zhHantNewCommerceRefunds,
    ...zhHantShared,
    ...zhHantMidTerm,
    ...zhHantSharedActions,
    ...zhHantLegacyActions,
    ...zhHantNewCommerceActions,
    ...zhHantResource,
    ...zhHantOrders,
    ...zhHantReservations,
  },
  zhHantWords,
  zhHantSeparator,
  zhHantErrors,
  englishMessages,
);
