import type { OrderTexts } from '../texts/Texts.ts';

/** Simplified Chinese sentences of an order's refusals and notes (ORD-8, MSG-1): 订阅, 许可证, 试用版, 附加产品. */
export const zhHansOrders: OrderTexts = {
  'order.below-minimum': '{offer} 的 {term} 订阅至少需要 {limit} 个许可证;此订单为 {actual} 个。',
  'order.above-maximum': '{offer} 的 {term} 订阅最多 {limit} 个许可证;此订单为 {actual} 个。',
  'order.billing-not-allowed': '{offer} 的 {term} 订阅仅可按 {limit} 计费;此订单按 {actual} 计费。',
  'order.term-not-allowed': '{offer} 仅按 {limit} 期限销售;此订单的期限为 {actual}。',
  'order.family-cap-exceeded':
    '{offer} 计入其产品系列共 {limit} 个许可证的上限 ({constraintId});下单后客户将持有 {actual} 个。',
  'order.add-on-without-base': '{offer} 是附加产品,客户没有其所需的基础订阅 ({constraintId})。',
  'order.add-on-over-base':
    '客户的基础许可证最多允许 {limit} 个 {offer} 许可证 ({constraintId});下单后将持有 {actual} 个。',
  'order.add-on-under-share':
    '客户的基础许可证至少需要 {limit} 个 {offer} 许可证 ({constraintId});此订单为 {actual} 个。',
  'order.trial-over-limit': '{offer} 的试用版最多 {limit} 个许可证;此订单为 {actual} 个。',
  'order.trial-not-eligible':
    '{offer} 不能试用:{actual}(试用版须为该产品的第一个订阅,附加产品没有试用版)。',
  'order.note.offer-not-listed': '{offer} 不在策略的订购规则所列产品中:未检查任何限制。',
  'order.note.caps-not-checked': '未提供现有订阅:未检查跨客户订阅的上限。',
};
