import type { UsageFinding } from '../../usage/index.ts';

/** The words of `usage`'s summary, by ID; `{name}` placeholders are filled. */
export type UsageLabelId =
  | 'files'
  | 'fetchedAt'
  | 'lines'
  | 'groups'
  | 'invoiceNotChecked'
  | 'pec'
  | 'creditUsed'
  | 'notChecked'
  | 'findings'
  | 'issues'
  | 'atStake'
  | 'perCustomer'
  | 'noCustomer'
  | 'none'
  | 'rows'
  | 'days'
  | 'nothingFound'
  | 'found'
  | 'oneLine'
  | UsageFinding['kind'];

/**
 * `usage`'s labels and fixed words in the four languages of `--locale` (MSG-1, USG-7); ids, column
 * names, flags, amounts, currencies and days stay as written.
 */
export const USAGE_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<UsageLabelId, string>>>
> = {
  en: {
    files: 'Usage file: {files}',
    fetchedAt:
      'Fetched at: {at}; a day is final 24 hours after it ends, until then its findings are provisional',
    lines:
      'Lines: {lines} over {days} days, {entitlements} Azure subscriptions; rows not read: {issues}',
    groups:
      'Invoice usage lines: {matched} matched, {different} different, {missing} missing, {unexpected} unexpected',
    invoiceNotChecked:
      'Invoice usage lines: not checked (USG-4), no --invoice-file given: only the lines, PEC and credits were checked',
    pec: 'PEC: {days} days lost, {money}',
    creditUsed: 'Azure credit used: {money}',
    notChecked: 'Not checked:',
    findings: 'Findings:',
    issues: 'Rows not read:',
    atStake: 'Money at stake, per currency: {money}',
    perCustomer: 'Per customer:',
    noCustomer: '(no customer)',
    none: 'none',
    rows: 'rows {rows}',
    days: 'days {days}',
    nothingFound: 'Result: nothing found ({lines} lines read).',
    found: 'Result: findings above ({lines} lines read).',
    oneLine:
      'Result: {findings} findings, {issues} rows not read, money at stake {money} ({lines} lines read).',
    different: 'different',
    missing: 'missing',
    unexpected: 'unexpected',
    'pec-not-earned': 'PEC not earned',
    'pec-on-excluded-meter': 'PEC on an excluded meter',
    'pec-rate-unexpected': 'PEC at another rate',
  },
  ko: {
    files: '사용량 파일: {files}',
    fetchedAt:
      '받은 시각: {at}; 하루는 끝난 뒤 24시간이 지나야 확정되며, 그 전까지 그날의 발견 사항은 잠정임',
    lines: '줄: {lines}개, {days}일, Azure 구독 {entitlements}개; 읽지 못한 행: {issues}',
    groups:
      '청구서 사용량 줄: 일치 {matched}, 다름 {different}, 누락 {missing}, 예상 밖 {unexpected}',
    invoiceNotChecked:
      '청구서 사용량 줄: 확인하지 않음(USG-4), --invoice-file 없음: 줄, PEC, 크레딧만 확인함',
    pec: 'PEC: {days}일 손실, {money}',
    creditUsed: '사용한 Azure 크레딧: {money}',
    notChecked: '확인하지 않음:',
    findings: '발견 사항:',
    issues: '읽지 못한 행:',
    atStake: '통화별 걸린 금액: {money}',
    perCustomer: '고객별:',
    noCustomer: '(고객 없음)',
    none: '없음',
    rows: '행 {rows}',
    days: '날짜 {days}',
    nothingFound: '결과: 발견 사항 없음(읽은 줄 {lines}개).',
    found: '결과: 위의 발견 사항을 확인하세요(읽은 줄 {lines}개).',
    oneLine:
      '결과: 발견 사항 {findings}개, 읽지 못한 행 {issues}개, 걸린 금액 {money}(읽은 줄 {lines}개).',
    different: '다름',
    missing: '누락',
    unexpected: '예상 밖',
    'pec-not-earned': 'PEC 미적립',
    'pec-on-excluded-meter': '제외된 미터의 PEC',
    'pec-rate-unexpected': '다른 PEC 비율',
  },
  'zh-Hans': {
    files: '使用量文件：{files}',
    fetchedAt: '获取时间：{at}；一天在结束 24 小时后才确定，在此之前当天的发现为暂定',
    lines: '行：{lines} 行，{days} 天，{entitlements} 个 Azure 订阅；未能读取的行：{issues}',
    groups: '发票使用量行：匹配 {matched}，不同 {different}，缺失 {missing}，意外 {unexpected}',
    invoiceNotChecked:
      '发票使用量行：未检查（USG-4），未提供 --invoice-file：只检查了各行、PEC 和抵扣额',
    pec: 'PEC：损失 {days} 天，{money}',
    creditUsed: '已用 Azure 抵扣额：{money}',
    notChecked: '未检查：',
    findings: '发现：',
    issues: '未能读取的行：',
    atStake: '按货币的涉及金额：{money}',
    perCustomer: '按客户：',
    noCustomer: '（无客户）',
    none: '无',
    rows: '行 {rows}',
    days: '日期 {days}',
    nothingFound: '结果：未发现问题（已读取 {lines} 行）。',
    found: '结果：见上方发现（已读取 {lines} 行）。',
    oneLine:
      '结果：发现 {findings} 项，未能读取的行 {issues} 行，涉及金额 {money}（已读取 {lines} 行）。',
    different: '不同',
    missing: '缺失',
    unexpected: '意外',
    'pec-not-earned': '未获得 PEC',
    'pec-on-excluded-meter': '排除计量的 PEC',
    'pec-rate-unexpected': 'PEC 费率不同',
  },
  'zh-Hant': {
    files: '使用量檔案：{files}',
    fetchedAt: '取得時間：{at}；一天在結束 24 小時後才確定，在此之前當天的發現為暫定',
    lines: '行：{lines} 行，{days} 天，{entitlements} 個 Azure 訂用帳戶；未能讀取的行：{issues}',
    groups: '發票使用量行：相符 {matched}，不同 {different}，缺少 {missing}，非預期 {unexpected}',
    invoiceNotChecked:
      '發票使用量行：未檢查（USG-4），未提供 --invoice-file：只檢查了各行、PEC 與點數',
    pec: 'PEC：損失 {days} 天，{money}',
    creditUsed: '已用 Azure 點數：{money}',
    notChecked: '未檢查：',
    findings: '發現：',
    issues: '未能讀取的行：',
    atStake: '依貨幣的涉及金額：{money}',
    perCustomer: '依客戶：',
    noCustomer: '（無客戶）',
    none: '無',
    rows: '行 {rows}',
    days: '日期 {days}',
    nothingFound: '結果：未發現問題（已讀取 {lines} 行）。',
    found: '結果：見上方發現（已讀取 {lines} 行）。',
    oneLine:
      '結果：發現 {findings} 項，未能讀取的行 {issues} 行，涉及金額 {money}（已讀取 {lines} 行）。',
    different: '不同',
    missing: '缺少',
    unexpected: '非預期',
    'pec-not-earned': '未獲得 PEC',
    'pec-on-excluded-meter': '排除計量的 PEC',
    'pec-rate-unexpected': 'PEC 費率不同',
  },
};

/**
 * One of `usage`'s labels in the language of a locale's tag (English for any other), its
 * `{name}` placeholders filled.
 *
 * @param tag - The locale's tag (`ko`), or `undefined` for English.
 * @param id - The label.
 * @param params - The values of its placeholders.
 * @returns The text.
 */
export function usageLabel(
  tag: string | undefined,
  id: UsageLabelId,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const labels =
    tag !== undefined && Object.hasOwn(USAGE_LABELS, tag)
      ? USAGE_LABELS[tag as keyof typeof USAGE_LABELS]
      : USAGE_LABELS.en;
  return labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
