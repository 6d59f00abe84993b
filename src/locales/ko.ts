/**
 * subscription-rules/locales/ko: the messages in Korean (`ko`), for both programs (MSG-1), to pass
 * as `{ locale }`.
 *
 * @module subscription-rules/locales/ko
 */

import { englishMessages } from '../messages/englishMessages.ts';
import type { Locale } from '../messages/types.ts';
import { koLegacyActions, koNewCommerceActions, koSharedActions } from './_internal/actions/ko.ts';
import { defineLocale } from './_internal/defineLocale.ts';
import { koErrors } from './_internal/koErrors.ts';
import { koOrders } from './_internal/orders/ko.ts';
import { koReservations } from './_internal/reservations/ko.ts';
import { koResource } from './_internal/resource/ko.ts';
import {
  koLegacyRefunds,
  koMidTerm,
  koNewCommerceRefunds,
  koSeparator,
  koShared,
  koWords,
} from './_internal/texts/ko.ts';

/**
 * Korean (`ko`), in Partner Center's own Korean terms (MSG-1; docs/glossary.md): 구독, 일시 중단,
 * 다시 활성화, 자동 갱신, 무료 평가판, 환불, 크레딧, 비례 배분. Instants are written with
 * `Intl.DateTimeFormat('ko', …)` in UTC with the zone shown (`2026년 11월 21일 10:00 UTC`), money
 * with `formatMoney` in `ko`.
 *
 * @example
 * ```ts
 * import { cancellationDecision } from 'subscription-rules';
 * import { ko } from 'subscription-rules/locales/ko';
 * const saas = { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' } as const;
 * cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: ko }).message;
 * //=> '주문 후 24시간 이내에 취소됨: 다음 청구서에 전액 크레딧이 적용됩니다(기간 종료: 2026년 11월 21일 10:00 UTC).'
 * ```
 * @category Messages
 */
export const ko: Locale = defineLocale(
  'ko',
  {
    ...koLegacyRefunds,
    ...koNewCommerceRefunds,
    ...koShared,
    ...koMidTerm,
    ...koSharedActions,
    ...koLegacyActions,
    ...koNewCommerceActions,
    ...koResource,
    ...koOrders,
    ...koReservations,
  },
  koWords,
  koSeparator,
  koErrors,
  englishMessages,
);
