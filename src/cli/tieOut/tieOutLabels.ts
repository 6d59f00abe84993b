import type { TieOutOutcome } from '../../usage/index.ts';

/** The words of `tie-out`'s table and summary, by ID; `{name}` placeholders are filled. */
export type TieOutLabelId =
  | 'invoice'
  | 'currency'
  | 'lines'
  | 'sum'
  | 'invoiceTotal'
  | 'residual'
  | 'outcome'
  | 'issues'
  | 'perCurrency'
  | 'currencyLine'
  | 'allTied'
  | 'notTied'
  | 'files'
  | 'usage'
  | 'usageMatched'
  | 'usageDifferent'
  | 'usageMissing'
  | 'usageUnexpected'
  | 'usageFound'
  | 'usageFiles'
  | TieOutOutcome;

/**
 * `tie-out`'s labels and fixed words in the four languages of `--locale` (MSG-1, INV-3); invoice
 * numbers, column names, amounts and currencies stay as written.
 */
export const TIE_OUT_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<TieOutLabelId, string>>>
> = {
  en: {
    invoice: 'Invoice',
    currency: 'Currency',
    lines: 'Lines',
    sum: 'Sum of lines',
    invoiceTotal: 'Invoice total',
    residual: 'Residual',
    outcome: 'Outcome',
    issues: 'Rows not read or not adding up:',
    perCurrency: 'Per currency:',
    currencyLine:
      '{currency}: {count} invoices ({outcomes}); lines {total}, invoices {invoiceTotal}',
    allTied: 'Every invoice ties out to its lines ({rows} rows read).',
    notTied: 'Not every invoice ties out: see the outcomes above ({rows} rows read).',
    files: 'Files: {files}',
    usage: 'Daily usage',
    usageFiles: 'Daily usage: {files}',
    usageMatched: '{count} matched, rounding {rounding}',
    usageDifferent: '{count} different',
    usageMissing: '{count} missing',
    usageUnexpected: '{count} unexpected',
    usageFound:
      'Daily usage: {count} usage groups do not match the invoices (USG-4); each residual above leaves them out.',
    tied: 'tied',
    rounding: 'rounding',
    'adjustment-not-in-files': 'adjustment not in the files',
    'no-invoice': 'no invoice',
    'no-lines': 'no lines',
    'mixed-currency': 'mixed currencies',
    'currency-mismatch': 'currency mismatch',
  },
  ko: {
    invoice: '청구서',
    currency: '통화',
    lines: '줄',
    sum: '줄 합계',
    invoiceTotal: '청구서 합계',
    residual: '잔액',
    outcome: '결과',
    issues: '읽지 못했거나 합계가 맞지 않는 행:',
    perCurrency: '통화별:',
    currencyLine: '{currency}: 청구서 {count}개({outcomes}); 줄 {total}, 청구서 {invoiceTotal}',
    allTied: '모든 청구서가 줄과 일치합니다(읽은 행 {rows}개).',
    notTied: '일치하지 않는 청구서가 있습니다: 위의 결과를 확인하세요(읽은 행 {rows}개).',
    files: '파일: {files}',
    usage: '일별 사용량',
    usageFiles: '일별 사용량: {files}',
    usageMatched: '{count}개 일치, 반올림 {rounding}',
    usageDifferent: '{count}개 다름',
    usageMissing: '{count}개 누락',
    usageUnexpected: '{count}개 예상 밖',
    usageFound:
      '일별 사용량: 사용량 그룹 {count}개가 청구서와 맞지 않습니다(USG-4). 위의 잔액에는 포함되지 않습니다.',
    tied: '일치',
    rounding: '반올림',
    'adjustment-not-in-files': '파일에 없는 조정',
    'no-invoice': '청구서 없음',
    'no-lines': '줄 없음',
    'mixed-currency': '여러 통화',
    'currency-mismatch': '통화 불일치',
  },
  'zh-Hans': {
    invoice: '发票',
    currency: '货币',
    lines: '行数',
    sum: '各行合计',
    invoiceTotal: '发票合计',
    residual: '差额',
    outcome: '结果',
    issues: '未能读取或合计不符的行：',
    perCurrency: '按货币：',
    currencyLine: '{currency}：{count} 张发票（{outcomes}）；各行 {total}，发票 {invoiceTotal}',
    allTied: '每张发票都与其各行一致（已读取 {rows} 行）。',
    notTied: '并非每张发票都一致：请查看上面的结果（已读取 {rows} 行）。',
    files: '文件：{files}',
    usage: '每日用量',
    usageFiles: '每日用量：{files}',
    usageMatched: '{count} 个一致，舍入 {rounding}',
    usageDifferent: '{count} 个不同',
    usageMissing: '{count} 个缺失',
    usageUnexpected: '{count} 个意外',
    usageFound: '每日用量：{count} 个用量组与发票不符（USG-4）；上面的差额不包含它们。',
    tied: '一致',
    rounding: '舍入',
    'adjustment-not-in-files': '文件中没有的调整',
    'no-invoice': '无发票',
    'no-lines': '无行',
    'mixed-currency': '多种货币',
    'currency-mismatch': '货币不符',
  },
  'zh-Hant': {
    invoice: '發票',
    currency: '貨幣',
    lines: '行數',
    sum: '各行合計',
    invoiceTotal: '發票合計',
    residual: '差額',
    outcome: '結果',
    issues: '無法讀取或合計不符的列：',
    perCurrency: '依貨幣：',
    currencyLine: '{currency}：{count} 張發票（{outcomes}）；各行 {total}，發票 {invoiceTotal}',
    allTied: '每張發票都與其各行一致（已讀取 {rows} 列）。',
    notTied: '並非每張發票都一致：請查看上面的結果（已讀取 {rows} 列）。',
    files: '檔案：{files}',
    usage: '每日用量',
    usageFiles: '每日用量：{files}',
    usageMatched: '{count} 個一致，捨入 {rounding}',
    usageDifferent: '{count} 個不同',
    usageMissing: '{count} 個缺少',
    usageUnexpected: '{count} 個非預期',
    usageFound: '每日用量：{count} 個用量群組與發票不符（USG-4）；上面的差額不包含它們。',
    tied: '一致',
    rounding: '捨入',
    'adjustment-not-in-files': '檔案中沒有的調整',
    'no-invoice': '無發票',
    'no-lines': '無行',
    'mixed-currency': '多種貨幣',
    'currency-mismatch': '貨幣不符',
  },
};

/**
 * One label in the locale's language, its placeholders filled.
 *
 * @param tag - The locale's tag; English for any other.
 * @param id - The label.
 * @param params - The placeholders' values.
 * @returns The text.
 */
export function tieOutLabel(
  tag: string | undefined,
  id: TieOutLabelId,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const labels = TIE_OUT_LABELS[tag as keyof typeof TIE_OUT_LABELS] ?? TIE_OUT_LABELS.en;
  return labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
