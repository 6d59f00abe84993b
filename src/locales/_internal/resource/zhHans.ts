import type { ResourceMessageId } from '../../../messages/en/resource.ts';

/** Simplified Chinese notes of the Partner Center reader (MSG-1), in Partner Center's terms (docs/glossary.md). */
export const zhHansResource: { readonly [Id in ResourceMessageId]: string } = {
  'resource.deleted-as-cancelled': '“已删除”按“已取消”读取：资源无法区分取消与之后的删除',
  'resource.disabled-as-expired': '“已禁用”按“已过期”读取：旧版订阅没有“已禁用”状态',
  'resource.status-since':
    '资源未说明何时变为{status}：按期限结束日期及规则规定的之后天数读取，且不晚于获取资源的时刻',
  'resource.older-than-as-of':
    '资源的期限已于 {termEnd} 结束（不晚于 {asOf}）：资源是在此之前获取的，因此按该期限读取，并按规则推进',
  'resource.trial-converts': '试用将转换为按月计费的 P1Y：资源未说明转换为何种订阅',
  'resource.trial-window':
    '试用没有取消期限：不保留资源的 cancellationAllowedUntilDate（转换后的期限有自己的取消期限）',
  'resource.term-end': '资源的期限结束于 {stated}，规则计算为 {computed}；保留资源的结束日期',
  'resource.aligned-term':
    '首个期限于 {stated} 结束，早于名义结束时间 {computed}：读作与结束日期对齐的期限；之后的期限为名义长度',
  'resource.term-end.legacy':
    '资源的期限结束于 {stated}，规则计算为 {computed}；保留资源的结束日期，之后的期限从该日期起算',
  'resource.cancel-window': '资源允许在 {stated} 之前取消，规则为 {computed} 之前；保留资源的窗口',
  'resource.cancel-window.stated-none':
    '资源不允许取消，规则允许在 {computed} 之前取消；保留资源的窗口',
  'resource.cancel-window.computed-none':
    '资源允许在 {stated} 之前取消，规则不允许取消；保留资源的窗口',
  'resource.full-refund': '资源的全额退款截止于 {stated}，规则计算为 {computed}；保留资源的窗口',
  'resource.full-refund.computed-none':
    '资源的全额退款截止于 {stated}，规则不提供全额退款；保留资源的窗口',
  'resource.scheduled-product': '未沿用已安排的产品：规则仅安排数量、期限和计费频率',
  'resource.scheduled-dropped': '已安排的更改需要已开启自动续订的活动订阅：已忽略',
  'resource.scheduled-unpriced':
    '已安排续订为 {term}（计费频率 {billingFrequency}），但没有价格：资源不包含该计划的价格（请提供 options.priceList 和 options.priceKey，以按价目表定价）',
  'resource.scheduled-not-listed':
    '已安排续订为 {term}（计费频率 {billingFrequency}），但没有价格：options.priceList 在 {at} 没有该计划的行',
};
