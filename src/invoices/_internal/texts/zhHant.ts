import { SHAPE_TWICE_ZH_HANT, SHAPE_WIDTH_ZH_HANT } from '../../../kernel/shapeTexts.ts';
import type { TieOutTexts } from './TieOutTexts.ts';

/** Traditional Chinese (INV-2, MSG-1), in Partner Center's terms: 發票, 對帳檔案, 貸項通知單. */
export const zhHantTexts: TieOutTexts = {
  tag: 'zh-Hant',
  outcomes: {
    tied: '{invoice}：{lines} 行的合計與發票的 {invoiceTotal} 一致',
    rounding:
      '{invoice}：{lines} 行合計 {total}，與發票的 {invoiceTotal} 相差 {residual}：小於各行捨入可能造成的 {tolerance}（小數位多於 {currency} 的行 {fractional} 行，含稅行 {taxed} 行）',
    'adjustment-not-in-files':
      '{invoice}：發票的 {invoiceTotal} 與 {lines} 行的 {total} 相差 {residual}，超過捨入可能造成的 {tolerance}：這是發票上有而對帳檔案中沒有的調整；請向 Microsoft 詢問是哪項調整',
    'no-invoice': '{invoice}：{lines} 行，{total}，但未提供此編號的發票資源',
    'no-lines':
      '{invoice}：檔案中沒有此編號的行；發票的 {invoiceTotal} 即為差額（{classification}）',
    'mixed-currency':
      '{invoice}：各行的貨幣為 {currencies}；一張發票只使用一種計費貨幣，因此未加總',
    'currency-mismatch':
      '{invoice}：{lines} 行的貨幣為 {currency}，發票資源的貨幣為 {invoiceCurrency}',
  },
  notes: {
    amendments: '已由 {amendments} 修訂：計入後為 {net}（不計入差額）',
    'amendment-currency':
      '{amendment} 的幣別為 {amendmentCurrency}，而非發票的 {currency}：已列出，但未計入淨額',
    amends: '修訂 {amendsOf} 的貸項通知單',
    'positive-credit': '貸項通知單的合計為正數；按原樣讀取',
    legacy: '舊版（D）發票：本程式庫不讀取其檔案',
    check: 'Subtotal 合計 + TaxTotal 合計不等於 Total 合計',
  },
  classifications: {
    tied: '無差額',
    rounding: '捨入',
    'adjustment-not-in-files': '檔案中沒有的調整',
  },
  issues: {
    'invoice-number': '應為發票編號',
    currency: '應為有效的 ISO 4217 代碼',
    number: '應為數字',
    unsafe: '金額應不超過 {safe} 個最小貨幣單位 (PRICE-1)；此列未計入合計',
    sum: '應為 Subtotal + TaxTotal（{sum}）；該行按原樣加總',
    row: '應為以欄名為索引鍵的儲存格列',
    twice: SHAPE_TWICE_ZH_HANT,
    width: SHAPE_WIDTH_ZH_HANT,
  },
  separator: '；',
};
