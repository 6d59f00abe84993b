import type { OrderTexts } from '../texts/Texts.ts';

/** Traditional Chinese sentences of an order's refusals and notes (ORD-8, MSG-1): 訂閱, 授權, 試用版, 附加元件. */
export const zhHantOrders: OrderTexts = {
  'order.below-minimum': '{offer} 的 {term} 訂閱至少需要 {limit} 個授權;此訂單為 {actual} 個。',
  'order.above-maximum': '{offer} 的 {term} 訂閱最多 {limit} 個授權;此訂單為 {actual} 個。',
  'order.billing-not-allowed': '{offer} 的 {term} 訂閱僅可按 {limit} 計費;此訂單按 {actual} 計費。',
  'order.term-not-allowed': '{offer} 僅按 {limit} 期限銷售;此訂單的期限為 {actual}。',
  'order.family-cap-exceeded':
    '{offer} 計入其產品系列共 {limit} 個授權的上限 ({constraintId});下單後客戶將持有 {actual} 個。',
  'order.add-on-without-base': '{offer} 是附加元件,客戶沒有其所需的基礎訂閱 ({constraintId})。',
  'order.add-on-over-base':
    '客戶的基礎授權最多允許 {limit} 個 {offer} 授權 ({constraintId});下單後將持有 {actual} 個。',
  'order.add-on-under-share':
    '客戶的基礎授權至少需要 {limit} 個 {offer} 授權 ({constraintId});此訂單為 {actual} 個。',
  'order.trial-over-limit': '{offer} 的試用版最多 {limit} 個授權;此訂單為 {actual} 個。',
  'order.trial-not-eligible':
    '{offer} 不能試用:{actual}(試用版須為該產品的第一個訂閱,附加元件沒有試用版)。',
  'order.note.offer-not-listed': '{offer} 不在原則的訂購規則所列產品中:未檢查任何限制。',
  'order.note.caps-not-checked': '未提供現有訂閱:未檢查跨客戶訂閱的上限。',
};
