import type { ReservationTexts } from '../texts/Texts.ts';

/**
 * Simplified Chinese sentences of Azure reservations and savings plans (RES-1, RES-2, MSG-1), in Microsoft's
 * published terms (Azure 预留, 节省计划, 承诺, 限额; docs/glossary.md).
 */
export const zhHansReservations: ReservationTexts = {
  'reservation.refund':
    '已退款：按购买价格与当前价格中较低者退还预留未使用的部分。已取消的承诺金额在 {restoresAt} 之前计入客户的退款限额。',
  'reservation.over-limit': '未退款：已取消的承诺金额将使客户过去 {days} 天的预留退款超出限额。',
  'reservation.not-refundable': '类型为 "{type}" 的预留不可退款。',
  'reservation.not-exchangeable':
    '自 {closedFrom} 起为节省计划涵盖的服务（{service}）购买的预留不能交换。',
  'reservation.savings-plan.final':
    '所有节省计划的购买均为最终购买：该计划不能取消、退款或交换，将持续到 {termEndsAt}。',
};
