import { SHAPE_TWICE_ZH_HANS, SHAPE_WIDTH_ZH_HANS } from '../../../kernel/shapeTexts.ts';
import type { TieOutTexts } from './TieOutTexts.ts';

/** Simplified Chinese (INV-2, MSG-1), in Partner Center's terms: 发票, 对账文件, 贷项通知单. */
export const zhHansTexts: TieOutTexts = {
  tag: 'zh-Hans',
  outcomes: {
    tied: '{invoice}：{lines} 行的合计与发票的 {invoiceTotal} 一致',
    rounding:
      '{invoice}：{lines} 行合计 {total}，与发票的 {invoiceTotal} 相差 {residual}：小于各行舍入可能造成的 {tolerance}（小数位多于 {currency} 的行 {fractional} 行，含税行 {taxed} 行）',
    'adjustment-not-in-files':
      '{invoice}：发票的 {invoiceTotal} 与 {lines} 行的 {total} 相差 {residual}，超过舍入可能造成的 {tolerance}：这是发票上有而对账文件中没有的调整；请向 Microsoft 询问是哪项调整',
    'no-invoice': '{invoice}：{lines} 行，{total}，但未提供此编号的发票资源',
    'no-lines':
      '{invoice}：文件中没有此编号的行；发票的 {invoiceTotal} 即为差额（{classification}）',
    'mixed-currency':
      '{invoice}：各行的货币为 {currencies}；一张发票只使用一种计费货币，因此未汇总',
    'currency-mismatch':
      '{invoice}：{lines} 行的货币为 {currency}，发票资源的货币为 {invoiceCurrency}',
  },
  notes: {
    amendments: '已由 {amendments} 修订：计入后为 {net}（不计入差额）',
    'amendment-currency':
      '{amendment} 的币种为 {amendmentCurrency}，而非发票的 {currency}：已列出，但未计入净额',
    amends: '修订 {amendsOf} 的贷项通知单',
    'positive-credit': '贷项通知单的合计为正数；按原样读取',
    legacy: '旧版（D）发票：本库不读取其文件',
    check: 'Subtotal 合计 + TaxTotal 合计不等于 Total 合计',
  },
  classifications: {
    tied: '无差额',
    rounding: '舍入',
    'adjustment-not-in-files': '文件中没有的调整',
  },
  issues: {
    'invoice-number': '应为发票编号',
    currency: '应为有效的 ISO 4217 代码',
    number: '应为数字',
    unsafe: '金额应不超过 {safe} 个最小货币单位 (PRICE-1)；此行未计入合计',
    sum: '应为 Subtotal + TaxTotal（{sum}）；该行按原样汇总',
    row: '应为以列名为键的单元格行',
    twice: SHAPE_TWICE_ZH_HANS,
    width: SHAPE_WIDTH_ZH_HANS,
  },
  separator: '；',
};
