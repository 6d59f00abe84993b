import { SHAPE_TWICE_ZH_HANT, SHAPE_WIDTH_ZH_HANT } from '../../../kernel/shapeTexts.ts';
import type { UsageTexts } from './UsageTexts.ts';

/** Traditional Chinese (USG-2 … USG-5, MSG-1), in Partner Center's terms: 合作夥伴賺取的點數 (PEC)、系統管理員存取權. */
export const zhHantTexts: UsageTexts = {
  tag: 'zh-Hant',
  texts: {
    'line-amount':
      '{quantity} × {price} {pricing} × {rate} = {exact} → {expected}；實際計費 {billed}',
    'line-price':
      'EffectiveUnitPrice 顯示為 {printed}，而 {unitPrice} 扣除 PEC {pec}% 與點數 {credit}% 後為 {price}：{quantity} × {price} {pricing} × {rate} → {expected}；實際計費 {billed}',
    'line-one': '{meter}，{days}：{first}',
    'line-group':
      '{meter}，{days}，{lines} 筆記錄：應為 {expected}，實際計費 {billed}；第一筆：{first}',
    'note-price': 'EffectiveUnitPrice 顯示為 {printed}，精確值為 {price}；計費金額一致',
    'note-promotion': '促銷價格（{promotion}）：未檢查 EffectiveUnitPrice',
    'pec-not-earned': '{meter} 在 {days} 沒有合作夥伴賺取的點數：以 {rate}% 計本可節省 {amount}',
    'pec-not-earned-month':
      'Azure 訂用帳戶 {entitlement} 在 {month} 的所有合格計量皆沒有合作夥伴賺取的點數（{count} 天）：以 {rate}% 計本可節省 {amount}',
    'pec-excluded': '{meter} 不賺取 PEC（{reason}），卻有 PEC {pec}%：給予了 {amount}',
    'pec-rate':
      '{meter} 的 PEC 為 {pec}%，而費率為 {rate}%：依費率應為 {expected}；實際計費 {billed}',
    'reason-third-party': '價格表中標為 Third Party',
    'reason-marketplace': '{publisher} 的市集產品',
    'reason-spot': '現成（Spot）計量',
    'reason-benefit': '由保留或節約方案涵蓋',
    'band-matched':
      '發票 {billed}，{lines} 筆每日記錄 {daily}：捨入差 {rounding}，在 [{low}, {high}] 之內',
    'band-different':
      '發票 {billed}，{lines} 筆每日記錄 {daily}：差額 {difference}，超出範圍 [{low}, {high}] {amount}',
    'invoice-different':
      '發票 {billed}，而每日記錄的數量應為 {expected}：差額 {difference}（{lines} 筆每日記錄 {daily}）',
    missing: '發票 {invoice} 的 {lines} 筆每日記錄（{daily}）在發票對帳檔中沒有使用量行',
    unexpected: '沒有每日明細的使用量計費：{billed}',
    late: '{lines} 筆記錄在計費週期之前使用（{days}）：延遲使用量，由發票 {invoice} 計費',
    'credit-applied': '{day} 使用的 Azure 點數：{amount}',
    'credit-partial': '點數 {credit}% 依讀取內容套用（點數為 0 或 100%）',
    'credit-ineligible': '{publisher} 的計量上有點數：Azure 點數優惠僅適用於 Microsoft 第一方產品',
    'remedy-pec':
      '在 Azure 訂用帳戶 {entitlement} 上恢復整天的系統管理員存取權——AOBO（系統管理代理人）、Azure Lighthouse 或交易合作夥伴的 RBAC 角色；{days} 失去的 PEC 不會恢復',
    'remedy-excluded': 'Microsoft 可能會撤回；請保留這部分利潤',
    'remedy-pec-rate':
      '{meter} 的 PEC 應依 {rate}% 給予：請向 Microsoft 提出計費支援要求，附上所列的列，申請差額',
    'remedy-microsoft': '由 Microsoft 答覆：請附上所列的列詢問',
    'not-checked-pec':
      '未檢查 PEC：檔案沒有 PartnerEarnedCreditPercentage（請以 attributeSet full 匯出）',
    'not-checked-pec-price':
      '未將 EffectiveUnitPrice 與減去 PEC 的 UnitPrice 核對：檔案沒有 PartnerEarnedCreditPercentage，以檔案的價格為規則的價格',
    'not-checked-third-party': '未區分 Third Party 計量：未提供價格表',
    'not-checked-invoice': '未將每日記錄與發票核對：未提供發票對帳檔',
    provisional: '{message} — 暫定：當天的用量在 {until} 之前仍可能變動',
  },
  issues: {
    'expected a row of cells keyed by column, or one JSON line':
      '應為依欄名組成的一列儲存格，或一行 JSON',
    'expected a value': '應有值',
    'expected text': '應為文字',
    'expected SubscriptionId or EntitlementId': '應有 SubscriptionId 或 EntitlementId',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '應為日期（YYYY-MM-DD、ISO 時間或 M/D/YYYY）',
    'expected a number': '應為數字',
    'expected a percentage from 0 to 100': '應為 0 到 100 的百分比',
    'expected an exchange rate above 0': '應為大於 0 的匯率',
    'expected an active ISO 4217 code': '應為有效的 ISO 4217 代碼',
    'expected no more decimals than the billing currency has': '小數位數不應超過計費貨幣的位數',
    'Azure plan and PEC aren’t shown on the D (Legacy) invoice':
      'Azure 方案與 PEC 不會顯示在 D（舊版）發票上',
    'expected a safe integer count of minor units': '應為以最小貨幣單位計的安全整數',
    'expected a sum of at most 9007199254740991 minor units':
      '合計應不超過 9007199254740991 個最小貨幣單位',
    'a line dated after the file was fetched': '日期晚於檔案取得時間的記錄',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_ZH_HANT,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_ZH_HANT,
  },
  comma: '、',
};
