/**
 * subscription-rules/locales/zh-Hans: the messages in Simplified Chinese (`zh-Hans`), for both
 * programs (MSG-1), to pass as `{ locale }`.
 *
 * @module subscription-rules/locales/zh-Hans
 */

import { englishMessages } from '../messages/englishMessages.ts';
import type { Locale } from '../messages/types.ts';
import {
  zhHansLegacyActions,
  zhHansNewCommerceActions,
  zhHansSharedActions,
} from './_internal/actions/zhHans.ts';
import { defineLocale } from './_internal/defineLocale.ts';
import { zhHansOrders } from './_internal/orders/zhHans.ts';
import { zhHansReservations } from './_internal/reservations/zhHans.ts';
import { zhHansResource } from './_internal/resource/zhHans.ts';
import {
  zhHansLegacyRefunds,
  zhHansMidTerm,
  zhHansNewCommerceRefunds,
  zhHansSeparator,
  zhHansShared,
  zhHansWords,
} from './_internal/texts/zhHans.ts';
import { zhHansErrors } from './_internal/zhHansErrors.ts';

/**
 * Simplified Chinese (`zh-Hans`), in Partner Center's terms (MSG-1; docs/glossary.md): 订阅,
 * 取消, 退款, 信用额度, 按比例, 永久性软件 from the source document; 暂停/已暂停, 重新激活,
 * 自动续订, 免费试用, 合作伙伴中心 from Microsoft's published Simplified Chinese terminology,
 * where the source document (software purchases only) has none. Instants are written with
 * `Intl.DateTimeFormat('zh-Hans', …)` in UTC with the zone shown, money with `formatMoney`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules';
 * import { zhHans } from 'subscription-rules/locales/zh-Hans';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: zhHans }).message;
 * //=> '在订购后 24小时内取消：全额信用额度将计入下一张发票（窗口截止于 2026年11月21日 UTC 10:00）。'
 * ```
 * @category Messages
 */
export const zhHans: Locale = defineLocale(
  'zh-Hans',
  {
    ...zhHansLegacyRefunds,
    ...zhHansNewCommerceRefunds,
    ...zhHansShared,
    ...zhHansMidTerm,
    ...zhHansSharedActions,
    ...zhHansLegacyActions,
    ...zhHansNewCommerceActions,
    ...zhHansResource,
    ...zhHansOrders,
    ...zhHansReservations,
  },
  zhHansWords,
  zhHansSeparator,
  zhHansErrors,
  englishMessages,
);
