import type {
  LegacyActionTexts,
  NewCommerceActionTexts,
  SharedActionTexts,
} from '../texts/Texts.ts';

/** Simplified Chinese descriptions both programs' allowed actions use (MSG-1; docs/glossary.md). */
export const zhHansSharedActions: SharedActionTexts = {
  'action.cancel.trial': '免费取消免费试用',
  'action.reactivate': '在 {until} 之前重新激活',
  'action.auto-renew.on': '开启自动续订',
  'action.auto-renew.off': '关闭自动续订',
};

/** Simplified Chinese descriptions of a legacy subscription's allowed actions (MSG-1). */
export const zhHansLegacyActions: LegacyActionTexts = {
  'action.cancel.full-credit': '在 {until} 之前取消可获得全额信用额度',
  'action.cancel.prorated-credit': '在 {until} 之前取消可获得按比例的信用额度',
  'action.cancel.cancel-at-renewal': '安排在 {termEnd} 取消（不提供信用额度）',
  'action.cancel.no-refund': '立即取消（用量在发生时计费）',
  'action.suspend': '暂停',
  'action.suspend.needs': '暂停（需要 {field}）',
  'action.suspend.needs-both': '暂停（需要 accountOpenedAt 和 firstBillingPeriodStart）',
  'action.change-quantity': '更改许可证数量',
  'action.change-quantity.usage': '更改数量',
};

/** Simplified Chinese descriptions of a New Commerce subscription's allowed actions (MSG-1). */
export const zhHansNewCommerceActions: NewCommerceActionTexts = {
  'action.nce.cancel.full-credit':
    '在 {until} 之前取消可获得全额信用额度（提供订阅的单价即可看到金额）',
  'action.nce.cancel.full-credit.amount': '在 {until} 之前取消可获得全额信用额度 {credit}',
  'action.nce.cancel.prorated-credit':
    '在 {until} 之前取消可获得按比例的信用额度（提供订阅的单价即可看到金额）',
  'action.nce.cancel.prorated-credit.amount': '在 {until} 之前取消可获得按比例的信用额度 {credit}',
  'action.nce.cancel.no-refund': '立即取消（用量在发生时计费）',
  'action.nce.cancel.est': '立即取消延长服务期，退还当月未使用天数（为订阅提供单价以查看金额）',
  'action.nce.cancel.est.amount': '立即取消延长服务期：退还当月未使用天数的 {credit}',
  'action.nce.end-of-term.renew': '在期限结束的 {termEnd} 续订',
  'action.nce.end-of-term.renew.amount':
    '在期限结束的 {termEnd} 续订：新期限每个席位 {unitPrice}，每个计费周期 {charge}（适用当日价目表价格）',
  'action.nce.end-of-term.est':
    '继续进入延长服务期：自 {termEnd} 起按月继续付费的延长服务期，直至取消（提供 basePrice 以查看金额）',
  'action.nce.end-of-term.est.amount':
    '继续进入延长服务期：自 {termEnd} 起按月继续，每个席位 {unitPrice}（+{uplift}%），每月 {charge}，直至取消',
  'action.nce.end-of-term.cancel': '在期限结束时取消：服务于 {termEnd} 停止，不再计费',
  'action.nce.end-of-term.expire': '在期限结束的 {termEnd} 到期：不再计费',
  'action.nce.cancel.at-renewal': '安排在 {until} 取消',
  'action.nce.add-seats': '添加席位',
  'action.nce.reduce-seats':
    '添加席位，或在 {until} 之前最多减少 {total} 个席位（提供订阅的单价即可看到金额）',
  'action.nce.add-seats.amount': '添加席位（下次收费 {at}，{charge}）',
  'action.nce.reduce-seats.amount':
    '添加席位，或在 {until} 之前最多减少 {total} 个席位，获得信用额度 {credit}',
  'action.nce.reduce-seats.amount.next':
    '添加席位（下次收费 {at}，{charge}），或在 {until} 之前最多减少 {total} 个席位，获得信用额度 {credit}',
  'action.nce.schedule-renewal': '为 {termEnd} 的续订安排更改',
  'action.nce.suspend': '暂停（仍会计费；自动续订将关闭）',
  'action.nce.reactivate': '重新激活',
  'action.nce.change-term': '现在改为 {term} 期限（{billingFrequency}计费）',
  'action.nce.change-term.credit':
    '现在改为 {term} 期限（{billingFrequency}计费）：未使用天数的信用额度 {credit}，新期限自现在起按其价格计费（为更改提供价格以查看金额）',
  'action.nce.change-term.monthly': '现在改为 {term} 期限：信用额度 {credit}，之后每月 {charge}',
  'action.nce.change-term.annual': '现在改为 {term} 期限：信用额度 {credit}，之后每年 {charge}',
  'action.nce.change-term.triennial':
    '现在改为 {term} 期限：信用额度 {credit}，之后每三年 {charge}',
  'action.nce.change-billing-frequency': '从 {from} 起{billingFrequency}计费',
  'action.nce.change-billing-frequency.monthly': '从 {from} 起按月计费：每月 {charge}',
  'action.nce.change-billing-frequency.annual': '从 {from} 起按年计费：每年 {charge}',
  'action.nce.change-billing-frequency.triennial': '从 {from} 起每三年计费：每三年 {charge}',
  'action.nce.upgrade.monthly': '现在将全部 {quantity} 个席位升级到 {offerId}：每月 {charge}',
  'action.nce.upgrade.annual': '现在将全部 {quantity} 个席位升级到 {offerId}：每年 {charge}',
  'action.nce.upgrade.triennial': '现在将全部 {quantity} 个席位升级到 {offerId}：每三年 {charge}',
  'action.nce.upgrade.amount.monthly':
    '现在将全部 {quantity} 个席位升级到 {offerId}：信用额度 {credit}，收费 {now}，之后每月 {charge}',
  'action.nce.upgrade.amount.annual':
    '现在将全部 {quantity} 个席位升级到 {offerId}：信用额度 {credit}，收费 {now}，之后每年 {charge}',
  'action.nce.upgrade.amount.triennial':
    '现在将全部 {quantity} 个席位升级到 {offerId}：信用额度 {credit}，收费 {now}，之后每三年 {charge}',
};
