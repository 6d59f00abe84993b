import type { LocaleWords } from '../../../messages/types.ts';
import type {
  LegacyRefundTexts,
  MidTermTexts,
  NewCommerceRefundTexts,
  SharedTexts,
} from './Texts.ts';

/** Traditional Chinese sentences of the legacy program's refund decisions (MSG-1). */
export const zhHantLegacyRefunds: LegacyRefundTexts = {
  'refund.full-credit':
    '在訂購後 {count}{unit}內取消：全額信用額度將計入下一張發票（期間截止於 {windowEndsAt}）。',
  'refund.prorated-credit':
    '在訂購後 {count}{unit}內取消，無提前終止費：期限中未使用的部分將按比例分配計入下一張發票的信用額度（期間截止於 {windowEndsAt}）。',
  'refund.window-closed': '已無法取消：訂購後 {count}{unit}的取消期間已於 {windowEndsAt} 結束。',
  'refund.cancel-at-renewal':
    '要求晚於 {count}{unit}的全額信用額度期間（已於 {windowEndsAt} 結束）：取消將排定在目前期限結束時生效，不提供信用額度。',
  'refund.cancel-at-renewal.at':
    '要求晚於 {count}{unit}的全額信用額度期間（已於 {windowEndsAt} 結束）：取消將排定在目前期限結束時（{effectiveAt}）生效，不提供信用額度。',
  'refund.stated.full-credit':
    '在註明的期間內取消：全額信用額度將計入下一張發票（期間截止於 {windowEndsAt}）。',
  'refund.stated.prorated-credit':
    '在註明的期間內取消，無提前終止費：期限中未使用的部分將按比例分配計入下一張發票的信用額度（期間截止於 {windowEndsAt}）。',
  'refund.stated.window-closed': '已無法取消：訂購後註明的取消期間已於 {windowEndsAt} 結束。',
  'refund.stated.cancel-at-renewal':
    '要求晚於註明的全額信用額度期間（已於 {windowEndsAt} 結束）：取消將排定在目前期限結束時生效，不提供信用額度。',
  'refund.stated.cancel-at-renewal.at':
    '要求晚於註明的全額信用額度期間（已於 {windowEndsAt} 結束）：取消將排定在目前期限結束時（{effectiveAt}）生效，不提供信用額度。',
};

/** Traditional Chinese sentences of New Commerce's refund decisions (MSG-1). */
export const zhHantNewCommerceRefunds: NewCommerceRefundTexts = {
  'refund.term.first-day': '在期限的第一天取消：全額信用額度（期間截止於 {windowEndsAt}）。',
  'refund.term.full-credit':
    '在 {count}{unit}的期間內取消：全額信用額度（期間截止於 {windowEndsAt}）。',
  'refund.term.prorated-credit':
    '在 {count}{unit}的期間內取消：計費週期中未使用的天數將按比例分配計入信用額度（期間截止於 {windowEndsAt}）。',
  'refund.term.window-closed':
    '已無法取消：{count}{unit}的期間已於 {windowEndsAt} 結束；將按整個期限計費。',
  'refund.term.cancel-at-renewal':
    '要求晚於 {count}{unit}的全額退款期間（已於 {windowEndsAt} 結束）：訂用帳戶將在期限結束時終止，不提供信用額度。',
  'refund.term.cancel-at-renewal.at':
    '要求晚於 {count}{unit}的全額退款期間（已於 {windowEndsAt} 結束）：訂用帳戶將在期限結束時（{effectiveAt}）終止，不提供信用額度。',
  'refund.term.stated.full-credit':
    '在註明的期間內取消：全額信用額度（期間截止於 {windowEndsAt}）。',
  'refund.term.stated.prorated-credit':
    '在註明的期間內取消：計費週期中未使用的天數將按比例分配計入信用額度（期間截止於 {windowEndsAt}）。',
  'refund.term.stated.window-closed':
    '已無法取消：註明的期間已於 {windowEndsAt} 結束；將按整個期限計費。',
  'refund.term.stated.cancel-at-renewal':
    '要求晚於註明的全額退款期間（已於 {windowEndsAt} 結束）：訂用帳戶將在期限結束時終止，不提供信用額度。',
  'refund.term.stated.cancel-at-renewal.at':
    '要求晚於註明的全額退款期間（已於 {windowEndsAt} 結束）：訂用帳戶將在期限結束時（{effectiveAt}）終止，不提供信用額度。',
};

/** Traditional Chinese sentences of New Commerce's refusals of a change made mid-term (MSG-1, MID-1 … MID-4). */
export const zhHantMidTerm: MidTermTexts = {
  'lifecycle.nce.refused.term-not-longer':
    '{term} 期限不能在期中變更為 {to}：現在只能開始更長的期限；請為 {termEnd} 的續約排定 {to}。',
  'lifecycle.nce.refused.term-change-product':
    '{product}訂用帳戶不能在期中改為更長的期限：請為 {termEnd} 的續約排定新期限。',
  'lifecycle.nce.refused.frequency-not-allowed':
    '在 {policyId} 下，{term} 期限的計費頻率不能在期中變更：請為 {termEnd} 的續約排定（排定續約）。',
  'lifecycle.nce.refused.frequency-last-period':
    '期限的最後一個計費週期已經開始：請為 {termEnd} 的續約排定計費頻率（排定續約）。',
  'lifecycle.nce.refused.frequency-same': '訂用帳戶已經{billingFrequency}計費。',
  'lifecycle.nce.refused.upgrade-product': '{product}訂用帳戶無法升級。',
  'lifecycle.nce.refused.upgrade-shorter-term':
    '目標的期限 {to} 短於來源訂用帳戶的期限 {term}：升級從不縮短期限。',
  'lifecycle.nce.refused.upgrade-ends-earlier':
    '目標訂用帳戶的期限於 {targetEnd} 結束，早於來源的結束時間 {termEnd}：升級從不提前結束。',
  'lifecycle.nce.refused.upgrade-new-term':
    '升級到新的訂用帳戶會保留來源的期限和計費頻率（{term}，{billingFrequency}）：請升級到現有的 {to} 訂用帳戶，或之後再變更期限。',
  'lifecycle.nce.refused.est-not-eligible':
    '此訂用帳戶無法進入延長服務期 (EST)（{reason}）：請為期限結束選擇續約或取消。',
  'lifecycle.nce.refused.in-extended-service-term':
    '此訂用帳戶處於延長服務期 (EST)：只能取消或轉換為新期限（change-term、upgrade），不能執行 {event}。',
  'lifecycle.nce.refused.term-change-quantity':
    '期限中途變更期限會保留全部 {quantity} 個授權：只有在離開延長服務期時才能指定新數量。',
  'lifecycle.nce.warning.auto-renew-off-est':
    '自動續約已關閉：自期限結束的 {termEnd} 起，訂用帳戶將按月繼續進入付費的延長服務期 (EST)；若要屆時停止，請傳送 action 為 cancel 的 set-end-of-term。',
  'lifecycle.nce.warning.auto-renew-off-est-unpriced':
    '自動續約已關閉：自期限結束的 {termEnd} 起，訂用帳戶將按月繼續進入付費的延長服務期 (EST)，該服務期尚無價格（請為 set-end-of-term 提供 basePrice）；若要屆時停止，請傳送 action 為 cancel 的 set-end-of-term。',
  'lifecycle.nce.warning.est-unpriced':
    '自 {termEnd} 起的延長服務期沒有價格：請為 set-end-of-term 提供 basePrice。',
  'resource.nce.end-of-term-inferred':
    '資源未說明期限結束動作 (scheduledActions)：自動續約關閉時，符合資格的期限依合作夥伴中心在沒有明確取消時的做法，讀作進入延長服務期',
  'resource.nce.end-of-term-disagrees':
    '期限結束動作 {action} 與 autoRenewEnabled {autoRenew} 不一致：保留該動作，讀作 {endOfTerm}',
  'lifecycle.nce.price.assumed.no-list':
    '已於 {at} 以本期價格續訂（沒有價目表）：合作夥伴中心以當天價目表的價格續訂（請傳入 options.priceList，並為訂閱指定 priceKey）',
  'lifecycle.nce.price.assumed.no-key':
    '已於 {at} 以本期價格續訂（訂閱沒有 priceKey）：合作夥伴中心以當天價目表的價格續訂（請傳入 options.priceList，並為訂閱指定 priceKey）',
  'lifecycle.nce.price.assumed.no-product':
    '已於 {at} 以本期價格續訂：價目表中沒有 {key} 的列，也沒有其產品和 SKU 的列。',
  'lifecycle.nce.price.assumed.product-rows':
    '已於 {at} 以本期價格續訂：價目表中沒有 {key} 的列；其產品和 SKU 的列：{rows}{more}。',
  'lifecycle.nce.price.assumed.product-rows.rows':
    '第 {line} 行：{plan} {price}，自 {from} 至 {to}',
  'lifecycle.nce.price.assumed.product-rows.more': '，另有 {count} 行',
  'lifecycle.nce.price.assumed.nearest':
    '已於 {at} 以本期價格續訂：價目表中沒有 {key} 在 {when} 的列；最接近的列：{rows}。',
  'lifecycle.nce.price.assumed.nearest.rows': '第 {line} 行：{price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.no-product': '價目表中沒有 {key} 的列，也沒有其產品和 SKU 的列。',
  'lifecycle.nce.price.no-price.product-rows':
    '價目表中沒有 {key} 的列；其產品和 SKU 的列：{rows}{more}。',
  'lifecycle.nce.price.no-price.product-rows.rows':
    '第 {line} 行：{plan} {price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.product-rows.more': '，另有 {count} 行',
  'lifecycle.nce.price.no-price.nearest': '價目表中沒有 {key} 在 {when} 的列；最接近的列：{rows}。',
  'lifecycle.nce.price.no-price.nearest.rows': '第 {line} 行：{price}，自 {from} 至 {to}',
  'lifecycle.nce.price.no-price.usage': '{key} 沒有期限：該產品按使用量計費，不依授權價目表定價。',
  'lifecycle.nce.promotion.not-applied.trial':
    '未套用促銷 {id}：試用免費；促銷適用於試用轉換成的購買或續訂。',
  'lifecycle.nce.promotion.not-applied.no-price': '未套用促銷 {id}：訂閱沒有可折扣的價格。',
  'lifecycle.nce.promotion.not-applied.no-key':
    '未套用促銷 {id}：訂閱沒有用於比對產品的 priceKey。',
  'lifecycle.nce.promotion.not-applied.outside-window':
    '未套用促銷 {id}：{at} 的購買不在其有效期間 {startDate} 至 {endDate} 內。',
  'lifecycle.nce.promotion.not-applied.no-product':
    '未套用促銷 {id}：其產品中沒有按 {billingFrequency} 計費、期限 {term} 的 {product}:{sku}。',
  'resource.nce.extended-service-term':
    '資源處於延長服務期（其名稱如此表明）；未說明自何時開始，也未說明基準價格：其價格讀作該月的延長服務期價格',
  'resource.nce.promotion-not-given':
    '資源指明了促銷 {id}，但未提供該促銷（options.promotions）：其價格按價目表價格讀取，不含折扣；提供該促銷即可讀取折扣後的價格',
  'resource.nce.promotion-outside-window':
    '資源指明了促銷 {id}，但其目前期限始於 {at}，不在促銷有效期間 {startDate} 至 {endDate} 內：其價格按價目表價格讀取，不含折扣',
  'resource.nce.promotion-no-product':
    '資源指明了促銷 {id}，但其產品中沒有按 {billingFrequency} 計費、期限 {term} 的 {product}:{sku}：其價格按價目表價格讀取，不含折扣',
  'resource.nce.promotion-unpriced':
    '資源指明了促銷 {id}；讀取時未提供價格（options.price），狀態沒有可折扣的價格',
};

/**
 * Traditional Chinese sentences both programs' results use (MSG-1): the fixed refund answers, the lifecycle's
 * refusals, offer reasons and download refusals.
 */
export const zhHantShared: SharedTexts = {
  'refund.usage-based':
    '以使用量計費的服務：現在可以取消佈建，但使用量會在使用後計費，因此不提供信用額度。',
  'refund.plan-not-cancellable': '此方案在任何時候都無法取消或交換。',
  'refund.support-request':
    '此購買只能透過客戶支援要求取消（問題類型為「CSP Purchase/Refund on behalf of customers」）。',
  'lifecycle.refused.terminal': '訂用帳戶的狀態為{status}；不再接受任何事件。',
  'lifecycle.refused.deleted': '訂用帳戶已刪除（其資料已刪除）；不再接受任何事件。',
  'lifecycle.refused.suspended': '訂用帳戶已暫止：請先重新啟用，然後再{event}。',
  'lifecycle.refused.not-allowed': '狀態為{status}的訂用帳戶無法執行{event}。',
  'lifecycle.refused.auto-renew-not-supported': '無法變更{product}訂用帳戶的自動續約設定。',
  'lifecycle.refused.cancellation-scheduled': '已排定在 {termEnd} 取消。',
  'lifecycle.refused.auto-renew-blocked': '已排定在 {termEnd} 取消；無法開啟自動續約。',
  'lifecycle.refused.no-term': '市集使用量計費訂用帳戶沒有可續約的期限。',
  'lifecycle.refused.no-seats': '市集使用量計費訂用帳戶沒有可變更的授權數。',
  'lifecycle.refused.trial-cancel':
    '{product}試用版無法取消：請關閉自動續約，試用版將於 {trialEndsAt} 到期。',
  'lifecycle.refused.window-closed-reactivate':
    '始於 {termStart} 的期限的取消期間已結束：請重新啟用以排定取消。',
  'lifecycle.refused.auto-renew-off': '自動續約已關閉：請先開啟自動續約，再為續約排定變更。',
  'lifecycle.refused.no-seat-reductions':
    '{product}訂用帳戶無法減少授權數：請改為取消該訂用帳戶，或為續約排定較少的授權數。',
  'lifecycle.refused.no-seats-removable':
    '現在無法減少任何授權數（每批授權只能在其最初幾天內減少）：請為 {termEnd} 的續約排定 {quantity} 個授權。',
  'lifecycle.refused.seats-limited': '現在最多可以減少 {total} 個授權（{batches}）。',
  'lifecycle.refused.seats-limited.batches': '{quantity} 個，截至 {allowedUntil}',
  'offer.not-license-based':
    '此協力廠商產品以使用量計費，因此需在 Azure 入口網站中購買，而不是透過合作夥伴中心。',
  'offer.not-transactable': '無法透過合作夥伴工具交易此產品。',
  'offer.not-offered-through-csp': '發行者未透過 CSP 提供此產品。',
  'offer.exclusive-to-other-partners': '此產品為其他合作夥伴專屬。',
  'offer.country-not-supported': '發行者不支援在 {market} 計費的客戶。',
  'offer.market-unavailable': '產品系列「{family}」在 {market} 無法使用。',
  'offer.segment-not-eligible': '此產品不銷售給{segment}客戶。',
  'offer.reactivate-instead':
    '客戶在已暫止的訂用帳戶中持有此產品：請重新啟用該訂用帳戶，而不是再次購買。',
  'offer.already-subscribed': '客戶已在試用或作用中的訂用帳戶中持有此每位客戶限購一份的產品。',
  'download.revoked': '下載連結已被撤銷，無法再次使用。',
  'download.expired': '下載連結已於 {expiresAt} 到期；請核發新連結。',
  'download.limit': '下載連結已達到允許的下載次數（{downloads} 次）；請核發新連結。',
};

/** The Traditional Chinese words of the library's vocabulary (MSG-1). */
export const zhHantWords: LocaleWords = {
  trial: '試用',
  active: '作用中',
  suspended: '暫止',
  cancelled: '已取消',
  expired: '已到期',
  disabled: '已停用',
  deleted: '已刪除',
  cancel: '取消',
  suspend: '暫停',
  reactivate: '重新啟用',
  'set-auto-renew': '設定自動續約',
  'change-quantity': '變更數量',
  'change-term': '變更期限',
  'change-billing-frequency': '變更計費頻率',
  upgrade: '升級',
  'schedule-renewal': '排定續約',
  hour: '小時',
  day: '天',
  'calendar day': '個日曆日',
  commercial: '商業',
  education: '教育',
  government: '政府',
  nonprofit: '非營利',
  'license-based': '以授權為基礎',
  'marketplace-saas': '市集 SaaS',
  'marketplace-usage': '市集使用量計費',
  'software-subscription': '軟體訂用帳戶',
  'software-perpetual': '永久性軟體',
  'software-plan': '軟體方案',
  'windows-7-esu': 'Windows 7 ESU',
  monthly: '按月',
  annual: '按年',
  triennial: '每三年',
};

/** What joins the items of a list parameter in Traditional Chinese. */
export const zhHantSeparator = '、';
