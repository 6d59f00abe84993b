import type {
  LegacyActionTexts,
  NewCommerceActionTexts,
  SharedActionTexts,
} from '../texts/Texts.ts';

/** Traditional Chinese descriptions both programs' allowed actions use (MSG-1; docs/glossary.md). */
export const zhHantSharedActions: SharedActionTexts = {
  'action.cancel.trial': '免費取消免費試用',
  'action.reactivate': '在 {until} 之前重新啟用',
  'action.auto-renew.on': '開啟自動續約',
  'action.auto-renew.off': '關閉自動續約',
};

/** Traditional Chinese descriptions of a legacy subscription's allowed actions (MSG-1). */
export const zhHantLegacyActions: LegacyActionTexts = {
  'action.cancel.full-credit': '在 {until} 之前取消可獲得全額信用額度',
  'action.cancel.prorated-credit': '在 {until} 之前取消可獲得按比例分配的信用額度',
  'action.cancel.cancel-at-renewal': '排定在 {termEnd} 取消（不提供信用額度）',
  'action.cancel.no-refund': '立即取消（用量在發生時計費）',
  'action.suspend': '暫停',
  'action.suspend.needs': '暫停（需要 {field}）',
  'action.suspend.needs-both': '暫停（需要 accountOpenedAt 和 firstBillingPeriodStart）',
  'action.change-quantity': '變更授權數量',
  'action.change-quantity.usage': '變更數量',
};

/** Traditional Chinese descriptions of a New Commerce subscription's allowed actions (MSG-1). */
export const zhHantNewCommerceActions: NewCommerceActionTexts = {
  'action.nce.cancel.full-credit':
    '在 {until} 之前取消可獲得全額信用額度（提供訂閱的單價即可看到金額）',
  'action.nce.cancel.full-credit.amount': '在 {until} 之前取消可獲得全額信用額度 {credit}',
  'action.nce.cancel.prorated-credit':
    '在 {until} 之前取消可獲得按比例分配的信用額度（提供訂閱的單價即可看到金額）',
  'action.nce.cancel.prorated-credit.amount':
    '在 {until} 之前取消可獲得按比例分配的信用額度 {credit}',
  'action.nce.cancel.no-refund': '立即取消（用量在發生時計費）',
  'action.nce.cancel.est': '立即取消延長服務期，退還當月未使用天數（為訂用帳戶提供單價以查看金額）',
  'action.nce.cancel.est.amount': '立即取消延長服務期：退還當月未使用天數的 {credit}',
  'action.nce.end-of-term.renew': '在期限結束的 {termEnd} 續約',
  'action.nce.end-of-term.renew.amount':
    '在期限結束的 {termEnd} 續約：新期限每個授權 {unitPrice}，每個計費週期 {charge}（適用當日價目表價格）',
  'action.nce.end-of-term.est':
    '繼續進入延長服務期：自 {termEnd} 起按月繼續付費的延長服務期，直到取消（提供 basePrice 以查看金額）',
  'action.nce.end-of-term.est.amount':
    '繼續進入延長服務期：自 {termEnd} 起按月繼續，每個授權 {unitPrice}（+{uplift}%），每月 {charge}，直到取消',
  'action.nce.end-of-term.cancel': '在期限結束時取消：服務於 {termEnd} 停止，不再計費',
  'action.nce.end-of-term.expire': '在期限結束的 {termEnd} 到期：不再計費',
  'action.nce.cancel.at-renewal': '排定在 {until} 取消',
  'action.nce.add-seats': '新增授權',
  'action.nce.reduce-seats':
    '新增授權，或在 {until} 之前最多減少 {total} 個授權（提供訂閱的單價即可看到金額）',
  'action.nce.add-seats.amount': '新增授權（下次收費 {at}，{charge}）',
  'action.nce.reduce-seats.amount':
    '新增授權，或在 {until} 之前最多減少 {total} 個授權，獲得信用額度 {credit}',
  'action.nce.reduce-seats.amount.next':
    '新增授權（下次收費 {at}，{charge}），或在 {until} 之前最多減少 {total} 個授權，獲得信用額度 {credit}',
  'action.nce.schedule-renewal': '為 {termEnd} 的續約排定變更',
  'action.nce.suspend': '暫停（仍會計費；自動續約將關閉）',
  'action.nce.reactivate': '重新啟用',
  'action.nce.change-term': '現在改為 {term} 期限（{billingFrequency}計費）',
  'action.nce.change-term.credit':
    '現在改為 {term} 期限（{billingFrequency}計費）：未使用天數的信用額度 {credit}，新期限自現在起依其價格計費（為變更提供價格以查看金額）',
  'action.nce.change-term.monthly': '現在改為 {term} 期限：信用額度 {credit}，之後每月 {charge}',
  'action.nce.change-term.annual': '現在改為 {term} 期限：信用額度 {credit}，之後每年 {charge}',
  'action.nce.change-term.triennial':
    '現在改為 {term} 期限：信用額度 {credit}，之後每三年 {charge}',
  'action.nce.change-billing-frequency': '從 {from} 起{billingFrequency}計費',
  'action.nce.change-billing-frequency.monthly': '從 {from} 起按月計費：每月 {charge}',
  'action.nce.change-billing-frequency.annual': '從 {from} 起按年計費：每年 {charge}',
  'action.nce.change-billing-frequency.triennial': '從 {from} 起每三年計費：每三年 {charge}',
  'action.nce.upgrade.monthly': '現在將全部 {quantity} 個授權升級到 {offerId}：每月 {charge}',
  'action.nce.upgrade.annual': '現在將全部 {quantity} 個授權升級到 {offerId}：每年 {charge}',
  'action.nce.upgrade.triennial': '現在將全部 {quantity} 個授權升級到 {offerId}：每三年 {charge}',
  'action.nce.upgrade.amount.monthly':
    '現在將全部 {quantity} 個授權升級到 {offerId}：信用額度 {credit}，收費 {now}，之後每月 {charge}',
  'action.nce.upgrade.amount.annual':
    '現在將全部 {quantity} 個授權升級到 {offerId}：信用額度 {credit}，收費 {now}，之後每年 {charge}',
  'action.nce.upgrade.amount.triennial':
    '現在將全部 {quantity} 個授權升級到 {offerId}：信用額度 {credit}，收費 {now}，之後每三年 {charge}',
};
