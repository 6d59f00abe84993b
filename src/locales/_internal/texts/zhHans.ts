import type { LocaleWords } from '../../../messages/types.ts';
import type {
  LegacyRefundTexts,
  MidTermTexts,
  NewCommerceRefundTexts,
  SharedTexts,
} from './Texts.ts';

/** Simplified Chinese sentences of the legacy program's refund decisions (MSG-1). */
export const zhHansLegacyRefunds: LegacyRefundTexts = {
  'refund.full-credit':
    '在订购后 {count}{unit}内取消：全额信用额度将计入下一张发票（窗口截止于 {windowEndsAt}）。',
  'refund.prorated-credit':
    '在订购后 {count}{unit}内取消，无提前终止费：期限中未使用的部分将按比例计入下一张发票的信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.window-closed': '已无法取消：订购后 {count}{unit}的取消窗口已于 {windowEndsAt} 结束。',
  'refund.cancel-at-renewal':
    '请求晚于 {count}{unit}的全额信用额度窗口（已于 {windowEndsAt} 结束）：取消将安排在当前期限结束时生效，不提供信用额度。',
  'refund.cancel-at-renewal.at':
    '请求晚于 {count}{unit}的全额信用额度窗口（已于 {windowEndsAt} 结束）：取消将安排在当前期限结束时（{effectiveAt}）生效，不提供信用额度。',
  'refund.stated.full-credit':
    '在注明的窗口内取消：全额信用额度将计入下一张发票（窗口截止于 {windowEndsAt}）。',
  'refund.stated.prorated-credit':
    '在注明的窗口内取消，无提前终止费：期限中未使用的部分将按比例计入下一张发票的信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.stated.window-closed': '已无法取消：订购后注明的取消窗口已于 {windowEndsAt} 结束。',
  'refund.stated.cancel-at-renewal':
    '请求晚于注明的全额信用额度窗口（已于 {windowEndsAt} 结束）：取消将安排在当前期限结束时生效，不提供信用额度。',
  'refund.stated.cancel-at-renewal.at':
    '请求晚于注明的全额信用额度窗口（已于 {windowEndsAt} 结束）：取消将安排在当前期限结束时（{effectiveAt}）生效，不提供信用额度。',
};

/** Simplified Chinese sentences of New Commerce's refund decisions (MSG-1). */
export const zhHansNewCommerceRefunds: NewCommerceRefundTexts = {
  'refund.term.first-day': '在期限的第一天取消：全额信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.term.full-credit':
    '在 {count}{unit}的窗口内取消：全额信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.term.prorated-credit':
    '在 {count}{unit}的窗口内取消：计费周期中未使用的天数将按比例计入信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.term.window-closed':
    '已无法取消：{count}{unit}的窗口已于 {windowEndsAt} 结束；将按整个期限计费。',
  'refund.term.cancel-at-renewal':
    '请求晚于 {count}{unit}的全额退款窗口（已于 {windowEndsAt} 结束）：订阅将在期限结束时终止，不提供信用额度。',
  'refund.term.cancel-at-renewal.at':
    '请求晚于 {count}{unit}的全额退款窗口（已于 {windowEndsAt} 结束）：订阅将在期限结束时（{effectiveAt}）终止，不提供信用额度。',
  'refund.term.stated.full-credit':
    '在注明的窗口内取消：全额信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.term.stated.prorated-credit':
    '在注明的窗口内取消：计费周期中未使用的天数将按比例计入信用额度（窗口截止于 {windowEndsAt}）。',
  'refund.term.stated.window-closed':
    '已无法取消：注明的窗口已于 {windowEndsAt} 结束；将按整个期限计费。',
  'refund.term.stated.cancel-at-renewal':
    '请求晚于注明的全额退款窗口（已于 {windowEndsAt} 结束）：订阅将在期限结束时终止，不提供信用额度。',
  'refund.term.stated.cancel-at-renewal.at':
    '请求晚于注明的全额退款窗口（已于 {windowEndsAt} 结束）：订阅将在期限结束时（{effectiveAt}）终止，不提供信用额度。',
};

/** Simplified Chinese sentences of New Commerce's refusals of a change made mid-term (MSG-1, MID-1 … MID-4). */
export const zhHansMidTerm: MidTermTexts = {
  'lifecycle.nce.refused.term-not-longer':
    '{term} 期限不能在期中更改为 {to}：现在只能开始更长的期限；请为 {termEnd} 的续订安排 {to}。',
  'lifecycle.nce.refused.term-change-product':
    '{product}订阅不能在期中改为更长的期限：请为 {termEnd} 的续订安排新期限。',
  'lifecycle.nce.refused.frequency-not-allowed':
    '在 {policyId} 下，{term} 期限的计费频率不能在期中更改：请为 {termEnd} 的续订安排（安排续订）。',
  'lifecycle.nce.refused.frequency-last-period':
    '期限的最后一个计费周期已经开始：请为 {termEnd} 的续订安排计费频率（安排续订）。',
  'lifecycle.nce.refused.frequency-same': '订阅已经{billingFrequency}计费。',
  'lifecycle.nce.refused.upgrade-product': '{product}订阅无法升级。',
  'lifecycle.nce.refused.upgrade-shorter-term':
    '目标的期限 {to} 短于源订阅的期限 {term}：升级从不缩短期限。',
  'lifecycle.nce.refused.upgrade-ends-earlier':
    '目标订阅的期限于 {targetEnd} 结束，早于源订阅的结束时间 {termEnd}：升级从不提前结束。',
  'lifecycle.nce.refused.upgrade-new-term':
    '升级到新订阅会保留源订阅的期限和计费频率（{term}，{billingFrequency}）：请升级到现有的 {to} 订阅，或之后再更改期限。',
  'lifecycle.nce.refused.est-not-eligible':
    '此订阅无法进入延长服务期 (EST)（{reason}）：请为期限结束选择续订或取消。',
  'lifecycle.nce.refused.in-extended-service-term':
    '该订阅处于延长服务期 (EST)：只能取消或转换为新期限（change-term、upgrade），不能执行 {event}。',
  'lifecycle.nce.refused.term-change-quantity':
    '期限中途更改期限会保留全部 {quantity} 个席位：只有在离开延长服务期时才能指定新数量。',
  'lifecycle.nce.warning.auto-renew-off-est':
    '自动续订已关闭：自期限结束的 {termEnd} 起，订阅将按月继续进入付费的延长服务期 (EST)；若要届时停止，请发送 action 为 cancel 的 set-end-of-term。',
  'lifecycle.nce.warning.auto-renew-off-est-unpriced':
    '自动续订已关闭：自期限结束的 {termEnd} 起，订阅将按月继续进入付费的延长服务期 (EST)，该服务期尚无价格（请为 set-end-of-term 提供 basePrice）；若要届时停止，请发送 action 为 cancel 的 set-end-of-term。',
  'lifecycle.nce.warning.est-unpriced':
    '自 {termEnd} 起的延长服务期没有价格：请为 set-end-of-term 提供 basePrice。',
  'resource.nce.end-of-term-inferred':
    '资源未说明期限结束操作 (scheduledActions)：自动续订关闭时，符合条件的期限按合作伙伴中心在没有明确取消时的做法，读作进入延长服务期',
  'resource.nce.end-of-term-disagrees':
    '期限结束操作 {action} 与 autoRenewEnabled {autoRenew} 不一致：保留该操作，读作 {endOfTerm}',
  'lifecycle.nce.price.assumed.no-list':
    '已于 {at} 按本期价格续订（没有价目表）：合作伙伴中心按当天价目表的价格续订（请传入 options.priceList，并为订阅指定 priceKey）',
  'lifecycle.nce.price.assumed.no-key':
    '已于 {at} 按本期价格续订（订阅没有 priceKey）：合作伙伴中心按当天价目表的价格续订（请传入 options.priceList，并为订阅指定 priceKey）',
  'lifecycle.nce.price.assumed.no-product':
    '已于 {at} 按本期价格续订：价目表中没有 {key} 的行，也没有其产品和 SKU 的行。',
  'lifecycle.nce.price.assumed.product-rows':
    '已于 {at} 按本期价格续订：价目表中没有 {key} 的行；其产品和 SKU 的行：{rows}{more}。',
  'lifecycle.nce.price.assumed.product-rows.rows':
    '第 {line} 行：{plan} {price}，自 {from} 至 {to}',
  'lifecycle.nce.price.assumed.product-rows.more': '，另有 {count} 行',
  'lifecycle.nce.price.assumed.nearest':
    '已于 {at} 按本期价格续订：价目表中没有 {key} 在 {when} 的行；最接近的行：{rows}。',
  'lifecycle.nce.price.assumed.nearest.rows': '第 {line} 行：{price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.no-product': '价目表中没有 {key} 的行，也没有其产品和 SKU 的行。',
  'lifecycle.nce.price.no-price.product-rows':
    '价目表中没有 {key} 的行；其产品和 SKU 的行：{rows}{more}。',
  'lifecycle.nce.price.no-price.product-rows.rows':
    '第 {line} 行：{plan} {price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.product-rows.more': '，另有 {count} 行',
  'lifecycle.nce.price.no-price.nearest': '价目表中没有 {key} 在 {when} 的行；最接近的行：{rows}。',
  'lifecycle.nce.price.no-price.nearest.rows': '第 {line} 行：{price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.usage':
    '{key} 没有期限：该产品按使用量计费，不按许可证价目表定价。',
  'lifecycle.nce.promotion.not-applied.trial':
    '未应用促销 {id}：试用免费；促销适用于试用转换成的购买或续订。',
  'lifecycle.nce.promotion.not-applied.no-price': '未应用促销 {id}：订阅没有可打折的价格。',
  'lifecycle.nce.promotion.not-applied.no-key':
    '未应用促销 {id}：订阅没有用于匹配产品的 priceKey。',
  'lifecycle.nce.promotion.not-applied.outside-window':
    '未应用促销 {id}：{at} 的购买不在其有效期 {startDate} 至 {endDate} 内。',
  'lifecycle.nce.promotion.not-applied.no-product':
    '未应用促销 {id}：其产品中没有按 {billingFrequency} 计费、期限 {term} 的 {product}:{sku}。',
  'resource.nce.extended-service-term':
    '资源处于延长服务期（其名称如此表明）；未说明自何时开始，也未说明基准价格：其价格读作该月的延长服务期价格',
  'resource.nce.promotion-not-given':
    '资源指明了促销 {id}，但未提供该促销（options.promotions）：其价格按价目表价格读取，不含折扣；提供该促销即可读取折扣后的价格',
  'resource.nce.promotion-outside-window':
    '资源指明了促销 {id}，但其当前期限始于 {at}，不在促销有效期 {startDate} 至 {endDate} 内：其价格按价目表价格读取，不含折扣',
  'resource.nce.promotion-no-product':
    '资源指明了促销 {id}，但其产品中没有按 {billingFrequency} 计费、期限 {term} 的 {product}:{sku}：其价格按价目表价格读取，不含折扣',
  'resource.nce.promotion-unpriced':
    '资源指明了促销 {id}；读取时未提供价格（options.price），状态没有可折扣的价格',
};

/**
 * Simplified Chinese sentences both programs' results use (MSG-1): the fixed refund answers, the lifecycle's
 * refusals, offer reasons and download refusals.
 */
export const zhHansShared: SharedTexts = {
  'refund.usage-based':
    '按使用量计费的服务：现在可以取消预配，但使用量在使用后计费，因此不提供信用额度。',
  'refund.plan-not-cancellable': '此计划在任何时候都无法取消或更换。',
  'refund.support-request':
    '此购买只能通过客户支持请求取消（问题类型为“CSP Purchase/Refund on behalf of customers”）。',
  'lifecycle.refused.terminal': '订阅的状态为{status}；不再接受任何事件。',
  'lifecycle.refused.deleted': '订阅已删除（其数据已删除）；不再接受任何事件。',
  'lifecycle.refused.suspended': '订阅已暂停：请先重新激活，然后再{event}。',
  'lifecycle.refused.not-allowed': '状态为{status}的订阅无法执行{event}。',
  'lifecycle.refused.auto-renew-not-supported': '无法更改{product}订阅的自动续订设置。',
  'lifecycle.refused.cancellation-scheduled': '已安排在 {termEnd} 取消。',
  'lifecycle.refused.auto-renew-blocked': '已安排在 {termEnd} 取消；无法开启自动续订。',
  'lifecycle.refused.no-term': '市场按使用量计费订阅没有可续订的期限。',
  'lifecycle.refused.no-seats': '市场按使用量计费订阅没有可更改的席位。',
  'lifecycle.refused.trial-cancel':
    '{product}试用版无法取消：请关闭自动续订，试用版将于 {trialEndsAt} 到期。',
  'lifecycle.refused.window-closed-reactivate':
    '始于 {termStart} 的期限的取消窗口已结束：请重新激活以安排取消。',
  'lifecycle.refused.auto-renew-off': '自动续订已关闭：请先开启自动续订，再为续订安排更改。',
  'lifecycle.refused.no-seat-reductions':
    '{product}订阅无法减少席位：请改为取消该订阅，或为续订安排更少的席位。',
  'lifecycle.refused.no-seats-removable':
    '现在无法减少任何席位（每批席位只能在其最初几天内减少）：请为 {termEnd} 的续订安排 {quantity} 个席位。',
  'lifecycle.refused.seats-limited': '现在最多可以减少 {total} 个席位（{batches}）。',
  'lifecycle.refused.seats-limited.batches': '{quantity} 个，截至 {allowedUntil}',
  'offer.not-license-based':
    '此第三方产品按使用量计费，因此需在 Azure 门户中购买，而不是通过合作伙伴中心。',
  'offer.not-transactable': '无法通过合作伙伴工具交易此产品。',
  'offer.not-offered-through-csp': '发布者未通过 CSP 提供此产品。',
  'offer.exclusive-to-other-partners': '此产品为其他合作伙伴专享。',
  'offer.country-not-supported': '发布者不支持在 {market} 计费的客户。',
  'offer.market-unavailable': '产品系列“{family}”在 {market} 不可用。',
  'offer.segment-not-eligible': '此产品不向{segment}客户销售。',
  'offer.reactivate-instead': '客户在已暂停的订阅中持有此产品：请重新激活该订阅，而不是再次购买。',
  'offer.already-subscribed': '客户已在试用或活动订阅中持有此每位客户限购一份的产品。',
  'download.revoked': '下载链接已被撤销，无法再次使用。',
  'download.expired': '下载链接已于 {expiresAt} 过期；请颁发新链接。',
  'download.limit': '下载链接已达到允许的下载次数（{downloads} 次）；请颁发新链接。',
};

/** The Simplified Chinese words of the library's vocabulary (MSG-1). */
export const zhHansWords: LocaleWords = {
  trial: '试用',
  active: '活动',
  suspended: '已暂停',
  cancelled: '已取消',
  expired: '已过期',
  disabled: '已禁用',
  deleted: '已删除',
  cancel: '取消',
  suspend: '暂停',
  reactivate: '重新激活',
  'set-auto-renew': '设置自动续订',
  'change-quantity': '更改数量',
  'change-term': '更改期限',
  'change-billing-frequency': '更改计费频率',
  upgrade: '升级',
  'schedule-renewal': '安排续订',
  hour: '小时',
  day: '天',
  'calendar day': '个日历日',
  commercial: '商业',
  education: '教育',
  government: '政府',
  nonprofit: '非营利',
  'license-based': '基于许可证',
  'marketplace-saas': '市场 SaaS',
  'marketplace-usage': '市场按使用量计费',
  'software-subscription': '软件订阅',
  'software-perpetual': '永久性软件',
  'software-plan': '软件计划',
  'windows-7-esu': 'Windows 7 ESU',
  monthly: '按月',
  annual: '按年',
  triennial: '每三年',
};

/** What joins the items of a list parameter in Simplified Chinese. */
export const zhHansSeparator = '、';
