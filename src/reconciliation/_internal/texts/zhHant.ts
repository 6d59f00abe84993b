import { SHAPE_TWICE_ZH_HANT, SHAPE_WIDTH_ZH_HANT } from '../../../kernel/shapeTexts.ts';
import type { ReconciliationTexts } from './ReconciliationTexts.ts';

/** Traditional Chinese (REC-2, MSG-1), in Partner Center's terms: 授權, 計費週期, 信用額度. */
export const zhHantTexts: ReconciliationTexts = {
  tag: 'zh-Hant',
  texts: {
    period: '{day}{action}，計費週期 {start} 至 {end}：{unitPrice} × {quantity} = {amount}',
    est: '自 {since} 起的延長服務期：{basePrice} + {uplift}% = {unitPrice} × {quantity} = 每月 {amount}',
    prorated:
      '{day}{action} {quantity} 個授權：{unitPrice} × {quantity}，{periodDays} 天中的 {days} 天 = {amount}',
    'two-line':
      '{day}{action} {quantity} 個授權，分兩行列出：{unitPrice} × {seats}，{periodDays} 天中的 {days} 天 = {after}，減去 {unitPrice} × {before}，{periodDays} 天中的 {days} 天 = {beforeAmount}，淨額 {amount}',
    credit:
      '{day}{action} {quantity} 個授權：{unitPrice} × {quantity} = {total}，減去 {periodDays} 天中已使用的 {used} 天（{usedAmount}），退回信用額度 {amount}',
    'full-credit':
      '{day}{action} {quantity} 個授權：全額信用額度，{unitPrice} × {quantity} = {amount}',
    line: '{chargeType} {start} 至 {end}：{perSeat} × {quantity} = {amount}',
    'line-total': '{chargeType} {start} 至 {end}：{quantity} 個授權，{amount}',
    billed: '實際計費 {amount}',
    'billed-quantity': '實際計費 {quantity} 個授權，金額 {amount}',
    'billed-est':
      '檔案將 {quantity} 個授權、{amount} 作為延長服務期的一個月計費（檔案如此標明）：自動續訂關閉且未選擇取消時，合作夥伴中心會在期限結束時將其轉入延長服務期',
    missing: '檔案中沒有此行',
    unexpected:
      '{chargeType} {start} 至 {end}：{quantity} 個授權，{amount}，規則中沒有對應的費用或信用額度',
    'unexpected-est':
      '{chargeType} {start} 至 {end}：{quantity} 個授權，{amount}，檔案標明為延長服務期的一個月，規則中沒有對應的費用：按規則，期限在此續訂或結束，或該月沒有基礎價格（一個授權一個月的月期限價格）',
    unknown:
      '第 {row} 行：{chargeType} 不是合作夥伴中心或您指定的費用類型（{quantity} 個授權，{amount}），不會被視為信用額度',
    promotion: 'PromotionId 顯示為 {actual}，規則適用的是 {expected}',
    'charge-type':
      'ChargeType 顯示為 {actual}，規則按 {expected} 計費：同一筆費用，天數、席位和金額相同',
    note: 'EffectiveUnitPrice 顯示為 {actual}，規則給出的是 {expected}；Subtotal 一致',
    'rebuilt-seats':
      '；該期限由月份之後取得的資源倒推重建，授權數量取自資源：之後的授權變更在其中不可見',
    'fetched-later':
      '其資源有 {fetched} 個授權，但檔案中它的最後一行（第 {row} 行，Quantity）為 {seats} 個：資源是在之後的授權變更後取得的，因此重播從檔案的 {seats} 個授權（而非資源的 {fetched} 個）回退檔案的變更',
    'usage-billed':
      'Azure 方案或依使用量計費的產品依使用量而非授權計費，此檔案不對其計費：已略過；其每日使用量檔案由 usage 命令（subscription-rules usage）讀取',
    'renewal-start':
      '其 effectiveStartDate {start} 晚於檔案第 {row} 行計費的購買：資源表示的是之後期限（續訂）的開始，因此無法重播該購買；請用當時取得的資源調節購買當月',
    'price-file': '檔案的 UnitPrice 欄為其提供 {price}，無法據此計價：{reason}',
    'price-list': '{prices} 為其提供 UnitPrice {price}，無法據此計價：{reason}',
    'est-unpriced':
      '處於延長服務期（名稱如此標明），按基礎價格計價，而資源和檔案的 UnitPrice 都不能確定基礎價格：其 {groups} 個群組均未比較；請提供 {base}（一個授權一個月的月期限價格）或 {prices}',
    'no-market':
      '{prices} 含有 {count} 個市場（{markets}），而它沒有任何一行寫明客戶的國家（CustomerCountry）：請提供 {market} 以計價',
    'resource-unread': '{resources} 中它的項目無法讀取，因此未重放：{reason}',
  },
  actions: {
    'extended-service-term': '延長服務期月份',
    purchase: '購買',
    cycle: '計費',
    renewal: '續約',
    'trial-conversion': '試用轉換',
    'term-change': '開始新期限',
    'add-quantity': '新增',
    upgrade: '升級',
    'upgrade-full': '全部升級',
    'remove-quantity': '移除',
    cancel: '取消',
    'upgrade-source': '移轉至升級',
    'term-change-source': '因變更期限而結束',
  },
  issues: {
    'expected a charge type': '應為費用類型',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '應為日期（YYYY-MM-DD、ISO 時間或 M/D/YYYY）',
    'expected a last billed day at or after ChargeStartDate':
      '應為不早於 ChargeStartDate 的最後計費日',
    'expected a number': '應為數字',
    'expected a number, or nothing': '應為數字或留空',
    'expected a row of cells keyed by column': '應為以欄名為索引鍵的儲存格列',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_ZH_HANT,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_ZH_HANT,
  },
  separator: '；',
};
