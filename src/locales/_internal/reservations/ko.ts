import type { ReservationTexts } from '../texts/Texts.ts';

/**
 * Korean sentences of Azure reservations and savings plans (RES-1, RES-2, MSG-1), in Microsoft's
 * published terms (Azure 예약, 절약 플랜, 약정, 한도; docs/glossary.md).
 */
export const koReservations: ReservationTexts = {
  'reservation.refund':
    '환불됨: 예약에서 사용하지 않은 부분이 구매 가격과 현재 가격 중 낮은 가격으로 환불됩니다. 취소된 약정 금액은 {restoresAt}까지 고객의 환불 한도에 포함됩니다.',
  'reservation.over-limit':
    '환불되지 않음: 취소된 약정 금액으로 인해 지난 {days}일 동안 고객의 예약 환불이 한도를 초과하게 됩니다.',
  'reservation.not-refundable': '"{type}" 유형의 예약은 환불되지 않습니다.',
  'reservation.not-exchangeable':
    '{closedFrom}부터 절약 플랜이 적용되는 서비스({service})용으로 구매한 예약은 교환할 수 없습니다.',
  'reservation.savings-plan.final':
    '모든 절약 플랜 구매는 최종적입니다. 플랜은 취소, 환불 또는 교환할 수 없으며 {termEndsAt}까지 유지됩니다.',
};
