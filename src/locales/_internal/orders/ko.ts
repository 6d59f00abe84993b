import type { OrderTexts } from '../texts/Texts.ts';

/** Korean sentences of an order's refusals and notes (ORD-8, MSG-1), in Partner Center's terms (구독, 라이선스, 평가판, 추가 기능). */
export const koOrders: OrderTexts = {
  'order.below-minimum':
    '{offer}의 {term} 구독에는 최소 {limit}개의 라이선스가 필요합니다. 주문 수량은 {actual}개입니다.',
  'order.above-maximum':
    '{offer}의 {term} 구독은 최대 {limit}개의 라이선스까지 가능합니다. 주문 수량은 {actual}개입니다.',
  'order.billing-not-allowed':
    '{offer}의 {term} 구독은 {limit} 청구만 가능합니다. 주문의 청구 빈도는 {actual}입니다.',
  'order.term-not-allowed':
    '{offer}은(는) {limit} 기간으로만 판매됩니다. 주문 기간은 {actual}입니다.',
  'order.family-cap-exceeded':
    '{offer}은(는) 제품군 전체 최대 {limit}개 라이선스 한도에 포함됩니다({constraintId}). 이 주문으로 고객의 라이선스는 {actual}개가 됩니다.',
  'order.add-on-without-base':
    '{offer}은(는) 추가 기능이며, 고객에게 필요한 기본 구독이 없습니다({constraintId}).',
  'order.add-on-over-base':
    '고객의 기본 라이선스로는 {offer}을(를) 최대 {limit}개까지 보유할 수 있습니다({constraintId}). 이 주문으로 {actual}개가 됩니다.',
  'order.add-on-under-share':
    '고객의 기본 라이선스에는 {offer}이(가) 최소 {limit}개 필요합니다({constraintId}). 주문 수량은 {actual}개입니다.',
  'order.trial-over-limit':
    '{offer} 평가판은 최대 {limit}개의 라이선스까지 가능합니다. 주문 수량은 {actual}개입니다.',
  'order.trial-not-eligible':
    '{offer} 평가판 불가: {actual}(평가판은 해당 제품의 첫 구독이어야 하며 추가 기능에는 평가판이 없습니다).',
  'order.note.offer-not-listed':
    '{offer}은(는) 정책의 주문 규칙에 없는 제품입니다. 확인한 제약 조건이 없습니다.',
  'order.note.caps-not-checked':
    '보유 구독이 주어지지 않아 고객의 구독 전체에 대한 한도는 확인하지 않았습니다.',
};
