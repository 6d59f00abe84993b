import { SHAPE_TWICE_ZH_HANS, SHAPE_WIDTH_ZH_HANS } from '../../../kernel/shapeTexts.ts';
import type { UsageTexts } from './UsageTexts.ts';

/** Simplified Chinese (USG-2 … USG-5, MSG-1), in Partner Center's terms: 合作伙伴赚取的信用额度 (PEC)、管理员访问权限. */
export const zhHansTexts: UsageTexts = {
  tag: 'zh-Hans',
  texts: {
    'line-amount':
      '{quantity} × {price} {pricing} × {rate} = {exact} → {expected}；实际计费 {billed}',
    'line-price':
      'EffectiveUnitPrice 显示为 {printed}，而 {unitPrice} 扣除 PEC {pec}% 和信用额度 {credit}% 后为 {price}：{quantity} × {price} {pricing} × {rate} → {expected}；实际计费 {billed}',
    'line-one': '{meter}，{days}：{first}',
    'line-group':
      '{meter}，{days}，{lines} 条记录：应为 {expected}，实际计费 {billed}；第一条：{first}',
    'note-price': 'EffectiveUnitPrice 显示为 {printed}，精确值为 {price}；计费金额一致',
    'note-promotion': '促销价格（{promotion}）：未检查 EffectiveUnitPrice',
    'pec-not-earned': '{meter} 在 {days} 没有合作伙伴赚取的信用额度：按 {rate}% 本可节省 {amount}',
    'pec-not-earned-month':
      'Azure 订阅 {entitlement} 在 {month} 的所有符合条件的计量均没有合作伙伴赚取的信用额度（{count} 天）：按 {rate}% 本可节省 {amount}',
    'pec-excluded': '{meter} 不赚取 PEC（{reason}），却有 PEC {pec}%：给予了 {amount}',
    'pec-rate':
      '{meter} 的 PEC 为 {pec}%，而费率为 {rate}%：按费率应为 {expected}；实际计费 {billed}',
    'reason-third-party': '价目表中标为 Third Party',
    'reason-marketplace': '{publisher} 的市场产品',
    'reason-spot': '竞价（Spot）计量',
    'reason-benefit': '由预留或节省计划覆盖',
    'band-matched':
      '发票 {billed}，{lines} 条每日记录 {daily}：舍入差 {rounding}，在 [{low}, {high}] 之内',
    'band-different':
      '发票 {billed}，{lines} 条每日记录 {daily}：差额 {difference}，超出范围 [{low}, {high}] {amount}',
    'invoice-different':
      '发票 {billed}，而每日记录的数量应为 {expected}：差额 {difference}（{lines} 条每日记录 {daily}）',
    missing: '发票 {invoice} 的 {lines} 条每日记录（{daily}）在发票对账文件中没有使用量行',
    unexpected: '没有每日明细的使用量计费：{billed}',
    late: '{lines} 条记录在计费周期之前使用（{days}）：延迟使用量，由发票 {invoice} 计费',
    'credit-applied': '{day} 使用的 Azure 信用额度：{amount}',
    'credit-partial': '信用额度 {credit}% 按所读应用（信用额度为 0 或 100%）',
    'credit-ineligible':
      '{publisher} 的计量上有信用额度：Azure 信用额度优惠仅适用于 Microsoft 第一方产品',
    'remedy-pec':
      '在 Azure 订阅 {entitlement} 上恢复全天的管理员访问权限——AOBO（管理代理）、Azure Lighthouse 或交易合作伙伴的 RBAC 角色；{days} 失去的 PEC 不会恢复',
    'remedy-excluded': 'Microsoft 可能会撤回；请保留这部分利润',
    'remedy-pec-rate':
      '{meter} 的 PEC 应按 {rate}% 给予：请向 Microsoft 提交计费支持请求，附上所列行，申请差额',
    'remedy-microsoft': '由 Microsoft 答复：请附上所列行询问',
    'not-checked-pec':
      '未检查 PEC：文件没有 PartnerEarnedCreditPercentage（请以 attributeSet full 导出）',
    'not-checked-pec-price':
      '未将 EffectiveUnitPrice 与减去 PEC 的 UnitPrice 核对：文件没有 PartnerEarnedCreditPercentage，以文件的价格为规则的价格',
    'not-checked-third-party': '未区分 Third Party 计量：未提供价目表',
    'not-checked-invoice': '未将每日记录与发票核对：未提供发票对账文件',
    provisional: '{message} — 暂定：当天的用量在 {until} 之前仍可能变化',
  },
  issues: {
    'expected a row of cells keyed by column, or one JSON line':
      '应为按列名组织的一行单元格，或一行 JSON',
    'expected a value': '应有值',
    'expected text': '应为文本',
    'expected SubscriptionId or EntitlementId': '应有 SubscriptionId 或 EntitlementId',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '应为日期（YYYY-MM-DD、ISO 时间或 M/D/YYYY）',
    'expected a number': '应为数字',
    'expected a percentage from 0 to 100': '应为 0 到 100 的百分比',
    'expected an exchange rate above 0': '应为大于 0 的汇率',
    'expected an active ISO 4217 code': '应为有效的 ISO 4217 代码',
    'expected no more decimals than the billing currency has': '小数位数不应超过计费货币的位数',
    'Azure plan and PEC aren’t shown on the D (Legacy) invoice':
      'Azure 计划和 PEC 不会显示在 D（旧版）发票上',
    'expected a safe integer count of minor units': '应为以最小货币单位计的安全整数',
    'expected a sum of at most 9007199254740991 minor units':
      '合计应不超过 9007199254740991 个最小货币单位',
    'a line dated after the file was fetched': '日期晚于文件获取时间的记录',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_ZH_HANS,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_ZH_HANS,
  },
  comma: '、',
};
