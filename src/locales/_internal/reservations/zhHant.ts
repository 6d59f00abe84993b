import type { ReservationTexts } from '../texts/Texts.ts';

/**
 * Traditional Chinese sentences of Azure reservations and savings plans (RES-1, RES-2, MSG-1), in Microsoft's
 * published terms (Azure 保留, 節約方案, 承諾, 限額; docs/glossary.md).
 */
export const zhHantReservations: ReservationTexts = {
  'reservation.refund':
    '已退款：按購買價格與目前價格中較低者退還保留未使用的部分。已取消的承諾金額在 {restoresAt} 之前計入客戶的退款限額。',
  'reservation.over-limit': '未退款：已取消的承諾金額將使客戶過去 {days} 天的保留退款超出限額。',
  'reservation.not-refundable': '類型為 "{type}" 的保留不可退款。',
  'reservation.not-exchangeable':
    '自 {closedFrom} 起為節約方案涵蓋的服務（{service}）購買的保留無法交換。',
  'reservation.savings-plan.final':
    '所有節約方案的購買皆為最終購買：該方案無法取消、退款或交換，將持續到 {termEndsAt}。',
};
