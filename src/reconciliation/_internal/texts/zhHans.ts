import { SHAPE_TWICE_ZH_HANS, SHAPE_WIDTH_ZH_HANS } from '../../../kernel/shapeTexts.ts';
import type { ReconciliationTexts } from './ReconciliationTexts.ts';

/** Simplified Chinese (REC-2, MSG-1), in Partner Center's terms: 席位, 计费周期, 信用额度. */
export const zhHansTexts: ReconciliationTexts = {
  tag: 'zh-Hans',
  texts: {
    period: '{day}{action}，计费周期 {start} 至 {end}：{unitPrice} × {quantity} = {amount}',
    est: '自 {since} 起的延长服务期：{basePrice} + {uplift}% = {unitPrice} × {quantity} = 每月 {amount}',
    prorated:
      '{day}{action} {quantity} 个席位：{unitPrice} × {quantity}，{periodDays} 天中的 {days} 天 = {amount}',
    'two-line':
      '{day}{action} {quantity} 个席位，分两行列出：{unitPrice} × {seats}，{periodDays} 天中的 {days} 天 = {after}，减去 {unitPrice} × {before}，{periodDays} 天中的 {days} 天 = {beforeAmount}，净额 {amount}',
    credit:
      '{day}{action} {quantity} 个席位：{unitPrice} × {quantity} = {total}，减去 {periodDays} 天中已使用的 {used} 天（{usedAmount}），退回信用额度 {amount}',
    'full-credit':
      '{day}{action} {quantity} 个席位：全额信用额度，{unitPrice} × {quantity} = {amount}',
    line: '{chargeType} {start} 至 {end}：{perSeat} × {quantity} = {amount}',
    'line-total': '{chargeType} {start} 至 {end}：{quantity} 个席位，{amount}',
    billed: '实际计费 {amount}',
    'billed-quantity': '实际计费 {quantity} 个席位，金额 {amount}',
    'billed-est':
      '文件将 {quantity} 个席位、{amount} 作为延长服务期的一个月计费（文件如此标明）：自动续订关闭且未选择取消时，合作伙伴中心会在期限结束时将其转入延长服务期',
    missing: '文件中没有此行',
    unexpected:
      '{chargeType} {start} 至 {end}：{quantity} 个席位，{amount}，规则中没有对应的费用或信用额度',
    'unexpected-est':
      '{chargeType} {start} 至 {end}：{quantity} 个席位，{amount}，文件标明为延长服务期的一个月，规则中没有对应的费用：按规则，期限在此续订或结束，或该月没有基础价格（一个席位一个月的月期限价格）',
    unknown:
      '第 {row} 行：{chargeType} 不是合作伙伴中心或你指定的费用类型（{quantity} 个席位，{amount}），不会被视为信用额度',
    promotion: 'PromotionId 显示为 {actual}，规则适用的是 {expected}',
    'charge-type':
      'ChargeType 显示为 {actual}，规则按 {expected} 计费：同一笔费用，天数、席位和金额相同',
    note: 'EffectiveUnitPrice 显示为 {actual}，规则给出的是 {expected}；Subtotal 一致',
    'rebuilt-seats':
      '；该期限由月份之后获取的资源倒推重建，席位数取自资源：之后的席位更改在其中不可见',
    'fetched-later':
      '其资源有 {fetched} 个席位，但文件中它的最后一行（第 {row} 行，Quantity）为 {seats} 个：资源是在之后的席位更改后获取的，因此重放从文件的 {seats} 个席位（而非资源的 {fetched} 个）回退文件的更改',
    'usage-billed':
      'Azure 计划或按使用量计费的产品按使用量而非许可证计费，此文件不对其计费：已略过；其每日使用量文件由 usage 命令（subscription-rules usage）读取',
    'renewal-start':
      '其 effectiveStartDate {start} 晚于文件第 {row} 行计费的购买：资源表示的是之后期限（续订）的开始，因此无法重放该购买；请用当时获取的资源对账购买当月',
    'price-file': '文件的 UnitPrice 列为其给出 {price}，无法据此计价：{reason}',
    'price-list': '{prices} 为其给出 UnitPrice {price}，无法据此计价：{reason}',
    'est-unpriced':
      '处于延长服务期（名称如此标明），按基础价格计价，而资源和文件的 UnitPrice 都不能确定基础价格：其 {groups} 个组均未比较；请提供 {base}（一个席位一个月的月期限价格）或 {prices}',
    'no-market':
      '{prices} 含有 {count} 个市场（{markets}），而它没有任何一行写明客户的国家（CustomerCountry）：请提供 {market} 以计价',
    'resource-unread': '{resources} 中它的条目无法读取，因此未重放：{reason}',
  },
  actions: {
    'extended-service-term': '延长服务期月份',
    purchase: '购买',
    cycle: '计费',
    renewal: '续订',
    'trial-conversion': '试用转换',
    'term-change': '开始新期限',
    'add-quantity': '添加',
    upgrade: '升级',
    'upgrade-full': '全部升级',
    'remove-quantity': '移除',
    cancel: '取消',
    'upgrade-source': '转移到升级',
    'term-change-source': '因更改期限而结束',
  },
  issues: {
    'expected a charge type': '应为费用类型',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '应为日期（YYYY-MM-DD、ISO 时间或 M/D/YYYY）',
    'expected a last billed day at or after ChargeStartDate':
      '应为不早于 ChargeStartDate 的最后计费日',
    'expected a number': '应为数字',
    'expected a number, or nothing': '应为数字或留空',
    'expected a row of cells keyed by column': '应为以列名为键的单元格行',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_ZH_HANS,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_ZH_HANS,
  },
  separator: '；',
};
