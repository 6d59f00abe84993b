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
  | 'invoiceFile'
  | 'invoiceFiles'
  | 'invoiceOne'
  | 'invoiceMany'
  | 'invoiceNone'
  | 'otherOne'
  | 'otherMany'
  | 'otherNone'
  | 'otherNoneOne'
  | 'lineOne'
  | 'lineMany'
  | 'keyOne'
  | 'keyMany'
  | 'meterDayOne'
  | 'meterDayMany'
  | 'calendarDayOne'
  | 'calendarDayMany'
  | 'dayOne'
  | 'dayMany'
  | 'entitlementOne'
  | 'entitlementMany'
  | 'dayCountOne'
  | 'dayCountMany'
  | 'lateOne'
  | 'lateMany'
  | 'outsideOne'
  | 'outsideMany'
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
    lines: 'Lines: {lines} over {days}, {entitlements}; rows not read: {issues}',
    dayOne: '1 day',
    dayMany: '{n} days',
    entitlementOne: '1 Azure subscription',
    entitlementMany: '{n} Azure subscriptions',
    groups:
      'Invoice usage lines: {matched} matched, {different} different, {missing} missing, {unexpected} unexpected',
    invoiceNotChecked:
      'Invoice usage lines: not checked (USG-4), no --invoice-file given: only the lines, PEC and credits were checked',
    pec: 'PEC: lost on {meterDays} (an Azure subscription’s meter on one day), over {days}: {money}',
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
    invoiceFile: 'Invoice file: {files}; {invoices}',
    invoiceFiles: 'Invoice files: {files}; {invoices}',
    invoiceOne: '1 invoice: {numbers}',
    invoiceMany: '{n} invoices: {numbers}',
    invoiceNone: 'no invoice number',
    otherOne: '  {lines} of {keys} is billed on {invoice}, whose file was not given',
    otherMany: '  {lines} of {keys} are billed on {invoice}, whose file was not given',
    otherNone: '  {lines} of {keys} carry no InvoiceNumber (usage not yet invoiced): not compared',
    otherNoneOne:
      '  {lines} of {keys} carries no InvoiceNumber (usage not yet invoiced): not compared',
    lineOne: '1 line',
    lineMany: '{n} lines',
    keyOne: '1 key',
    keyMany: '{n} keys',
    meterDayOne: '1 meter-day',
    meterDayMany: '{n} meter-days',
    calendarDayOne: '1 calendar day',
    calendarDayMany: '{n} calendar days',
    dayCountOne: '1 day ({list})',
    dayCountMany: '{n} days ({list})',
    lateOne:
      'Late usage (USG-4): {lines} used before its billing cycle, on {days}, billed on {invoices}',
    lateMany:
      'Late usage (USG-4): {lines} used before their billing cycle, on {days}, billed on {invoices}',
    outsideOne:
      'Left out by --period {period}: {lines}, on {days}, its billing cycle starting in another month',
    outsideMany:
      'Left out by --period {period}: {lines}, on {days}, their billing cycle starting in another month',
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
    lines: '줄: {lines}개, {days}, {entitlements}; 읽지 못한 행: {issues}',
    dayOne: '1일',
    dayMany: '{n}일',
    entitlementOne: 'Azure 구독 1개',
    entitlementMany: 'Azure 구독 {n}개',
    groups:
      '청구서 사용량 줄: 일치 {matched}, 다름 {different}, 누락 {missing}, 예상 밖 {unexpected}',
    invoiceNotChecked:
      '청구서 사용량 줄: 확인하지 않음(USG-4), --invoice-file 없음: 줄, PEC, 크레딧만 확인함',
    pec: 'PEC: 미터-일 {meterDays}(Azure 구독의 미터 하루) 손실, 달력 날짜로 {days}: {money}',
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
    invoiceFile: '청구서 파일: {files}; {invoices}',
    invoiceFiles: '청구서 파일: {files}; {invoices}',
    invoiceOne: '청구서 1개: {numbers}',
    invoiceMany: '청구서 {n}개: {numbers}',
    invoiceNone: '청구서 번호 없음',
    otherOne: '  {lines}({keys})은 {invoice} 청구서에 청구되며, 그 파일은 주어지지 않음',
    otherMany: '  {lines}({keys})은 {invoice} 청구서에 청구되며, 그 파일은 주어지지 않음',
    otherNone:
      '  {lines}({keys})에는 InvoiceNumber가 없음(아직 청구되지 않은 사용량): 비교하지 않음',
    otherNoneOne:
      '  {lines}({keys})에는 InvoiceNumber가 없음(아직 청구되지 않은 사용량): 비교하지 않음',
    lineOne: '1줄',
    lineMany: '{n}줄',
    keyOne: '키 1개',
    keyMany: '키 {n}개',
    meterDayOne: '1개',
    meterDayMany: '{n}개',
    calendarDayOne: '1일',
    calendarDayMany: '{n}일',
    dayCountOne: '1일({list})',
    dayCountMany: '{n}일({list})',
    lateOne:
      '늦은 사용량(USG-4): {lines}, {days}, 청구 주기 전에 사용됨, 청구서 {invoices}에 청구됨',
    lateMany:
      '늦은 사용량(USG-4): {lines}, {days}, 청구 주기 전에 사용됨, 청구서 {invoices}에 청구됨',
    outsideOne: '--period {period}로 제외됨: {lines}, {days}, 청구 주기가 다른 달에 시작함',
    outsideMany: '--period {period}로 제외됨: {lines}, {days}, 청구 주기가 다른 달에 시작함',
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
    lines: '行：{lines} 行，{days}，{entitlements}；未能读取的行：{issues}',
    dayOne: '1 天',
    dayMany: '{n} 天',
    entitlementOne: '1 个 Azure 订阅',
    entitlementMany: '{n} 个 Azure 订阅',
    groups: '发票使用量行：匹配 {matched}，不同 {different}，缺失 {missing}，意外 {unexpected}',
    invoiceNotChecked:
      '发票使用量行：未检查（USG-4），未提供 --invoice-file：只检查了各行、PEC 和抵扣额',
    pec: 'PEC：损失 {meterDays}（一个 Azure 订阅的一个计量一天），共 {days}：{money}',
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
    invoiceFile: '发票文件：{files}；{invoices}',
    invoiceFiles: '发票文件：{files}；{invoices}',
    invoiceOne: '1 张发票：{numbers}',
    invoiceMany: '{n} 张发票：{numbers}',
    invoiceNone: '无发票编号',
    otherOne: '  {lines}（{keys}）计入发票 {invoice}，未提供其文件',
    otherMany: '  {lines}（{keys}）计入发票 {invoice}，未提供其文件',
    otherNone: '  {lines}（{keys}）没有 InvoiceNumber（尚未开票的使用量）：未比较',
    otherNoneOne: '  {lines}（{keys}）没有 InvoiceNumber（尚未开票的使用量）：未比较',
    lineOne: '1 行',
    lineMany: '{n} 行',
    keyOne: '1 个键',
    keyMany: '{n} 个键',
    meterDayOne: '1 个计量日',
    meterDayMany: '{n} 个计量日',
    calendarDayOne: '1 个日历日',
    calendarDayMany: '{n} 个日历日',
    dayCountOne: '1 天（{list}）',
    dayCountMany: '{n} 天（{list}）',
    lateOne: '延迟使用量（USG-4）：{lines}在计费周期之前使用，{days}，计入发票 {invoices}',
    lateMany: '延迟使用量（USG-4）：{lines}在计费周期之前使用，{days}，计入发票 {invoices}',
    outsideOne: '因 --period {period} 排除：{lines}，{days}，其计费周期始于其他月份',
    outsideMany: '因 --period {period} 排除：{lines}，{days}，其计费周期始于其他月份',
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
    lines: '行：{lines} 行，{days}，{entitlements}；未能讀取的行：{issues}',
    dayOne: '1 天',
    dayMany: '{n} 天',
    entitlementOne: '1 個 Azure 訂用帳戶',
    entitlementMany: '{n} 個 Azure 訂用帳戶',
    groups: '發票使用量行：相符 {matched}，不同 {different}，缺少 {missing}，非預期 {unexpected}',
    invoiceNotChecked:
      '發票使用量行：未檢查（USG-4），未提供 --invoice-file：只檢查了各行、PEC 與點數',
    pec: 'PEC：損失 {meterDays}（一個 Azure 訂用帳戶的一個計量一天），共 {days}：{money}',
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
    invoiceFile: '發票檔案：{files}；{invoices}',
    invoiceFiles: '發票檔案：{files}；{invoices}',
    invoiceOne: '1 張發票：{numbers}',
    invoiceMany: '{n} 張發票：{numbers}',
    invoiceNone: '無發票編號',
    otherOne: '  {lines}（{keys}）計入發票 {invoice}，未提供其檔案',
    otherMany: '  {lines}（{keys}）計入發票 {invoice}，未提供其檔案',
    otherNone: '  {lines}（{keys}）沒有 InvoiceNumber（尚未開立發票的使用量）：未比較',
    otherNoneOne: '  {lines}（{keys}）沒有 InvoiceNumber（尚未開立發票的使用量）：未比較',
    lineOne: '1 行',
    lineMany: '{n} 行',
    keyOne: '1 個鍵',
    keyMany: '{n} 個鍵',
    meterDayOne: '1 個計量日',
    meterDayMany: '{n} 個計量日',
    calendarDayOne: '1 個日曆日',
    calendarDayMany: '{n} 個日曆日',
    dayCountOne: '1 天（{list}）',
    dayCountMany: '{n} 天（{list}）',
    lateOne: '延遲使用量（USG-4）：{lines}在計費週期之前使用，{days}，計入發票 {invoices}',
    lateMany: '延遲使用量（USG-4）：{lines}在計費週期之前使用，{days}，計入發票 {invoices}',
    outsideOne: '因 --period {period} 排除：{lines}，{days}，其計費週期始於其他月份',
    outsideMany: '因 --period {period} 排除：{lines}，{days}，其計費週期始於其他月份',
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
