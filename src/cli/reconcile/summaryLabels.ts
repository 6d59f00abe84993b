import type { MessageOptions } from '../../index.ts';

/** The words of `reconcile`'s summary, by ID; `{name}` placeholders are filled. */
export type SummaryLabelId =
  | 'file'
  | 'period'
  | 'subscriptions'
  | 'prices'
  | 'priceRows'
  | 'matched'
  | 'different'
  | 'missing'
  | 'unexpected'
  | 'refused'
  | 'issues'
  | 'atStake'
  | 'perCustomer'
  | 'replay'
  | 'listed'
  | 'result'
  | 'line'
  | 'lines'
  | 'days'
  | 'assumed'
  | 'periodDays'
  | 'ownPrices'
  | 'group'
  | 'groups'
  | 'notes'
  | 'refusedOne'
  | 'refusedMany'
  | 'row'
  | 'rows'
  | 'unread'
  | 'issue'
  | 'issueMany'
  | 'issueCount'
  | 'subscription'
  | 'subscriptionMany'
  | 'notInFull'
  | 'unverified'
  | 'nothing'
  | 'billedLess'
  | 'billedMore'
  | 'noCustomer'
  | 'finding'
  | 'findings'
  | 'hidden'
  | 'allMatched'
  | 'differencesFound'
  | 'notChecked'
  | 'notCheckedPrice'
  | 'notCheckedEup'
  | 'basicExport'
  | 'blobs'
  | 'blobRows';

/**
 * The summary's labels and fixed words in the four languages of `--locale` (MSG-1, REC-3); the
 * flags, column names, amounts, currencies and days stay as written. English is the summary as it
 * always read.
 */
export const SUMMARY_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<SummaryLabelId, string>>>
> = {
  en: {
    file: 'file',
    period: 'period',
    subscriptions: 'subscriptions',
    prices: 'prices',
    priceRows: 'price rows',
    matched: 'matched',
    different: 'different',
    missing: 'missing',
    unexpected: 'unexpected',
    refused: 'refused',
    issues: 'issues',
    atStake: 'at stake',
    perCustomer: 'per customer',
    replay: 'replay',
    listed: 'listed',
    result: 'result',
    line: '{n} line',
    lines: '{n} lines',
    days: '{first} to {last}',
    assumed: "{days}: the file's first and last days, assumed (no --period)",
    periodDays: '{period}: {days} (--period)',
    ownPrices: "the file's own UnitPrice of each subscription's lines (no --prices)",
    group: '{n} group',
    groups: '{n} groups',
    notes: ' ({n} printing EffectiveUnitPrice otherwise: notes)',
    refusedOne: '{n} change the rules refuse',
    refusedMany: '{n} changes the rules refuse',
    row: '{n} row',
    rows: '{n} rows',
    unread: '{rows} unread',
    issue: '{n} issue',
    issueMany: '{n} issues',
    issueCount: ' ({issues})',
    subscription: '{n} subscription',
    subscriptionMany: '{n} subscriptions',
    notInFull: '{subscriptions} not replayed in full',
    unverified: ' ({groups} unverified)',
    nothing: 'nothing',
    billedLess: '{amount} (billed {net} less than the rules, net)',
    billedMore: '{amount} (billed {net} more than the rules, net)',
    noCustomer: 'no customer named',
    finding: '{n} finding',
    findings: '{n} findings',
    hidden: '{findings} under {below} at stake not listed (--min-at-stake), all counted above',
    allMatched: 'everything matched (exit 0)',
    differencesFound: 'differences found (exit 1)',
    notChecked: 'not checked',
    notCheckedPrice: 'prices from the file (REC-2): no UnitPrice column; give --prices',
    notCheckedEup: 'EffectiveUnitPrice notes (REC-2): no EffectiveUnitPrice column',
    basicExport: 'an export of attributeSet basic: export with attributeSet full',
    blobs: 'blobs',
    blobRows: '{blob}: lines 1 to {lines} are rows {first} to {last}',
  },
  ko: {
    file: '파일',
    period: '기간',
    subscriptions: '구독',
    prices: '가격',
    priceRows: '가격 행',
    matched: '일치',
    different: '차이',
    missing: '누락',
    unexpected: '예상 밖',
    refused: '거부',
    issues: '문제',
    atStake: '관련 금액',
    perCustomer: '고객별',
    replay: '재생',
    listed: '표시',
    result: '결과',
    line: '{n}줄',
    lines: '{n}줄',
    days: '{first} ~ {last}',
    assumed: '{days}: 파일의 첫날과 마지막 날로 가정함(--period 없음)',
    periodDays: '{period}: {days}(--period)',
    ownPrices: '각 구독 줄에 있는 파일 자체의 UnitPrice(--prices 없음)',
    group: '그룹 {n}개',
    groups: '그룹 {n}개',
    notes: ' (그중 {n}개는 EffectiveUnitPrice가 다르게 표시됨: 참고)',
    refusedOne: '규칙이 거부하는 변경 {n}개',
    refusedMany: '규칙이 거부하는 변경 {n}개',
    row: '행 {n}개',
    rows: '행 {n}개',
    unread: '{rows} 읽지 못함',
    issue: '문제 {n}개',
    issueMany: '문제 {n}개',
    issueCount: ' ({issues})',
    subscription: '구독 {n}개',
    subscriptionMany: '구독 {n}개',
    notInFull: '{subscriptions} 전체 재생 안 됨',
    unverified: ' ({groups} 확인 안 됨)',
    nothing: '없음',
    billedLess: '{amount}(규칙보다 {net} 적게 청구됨, 순액)',
    billedMore: '{amount}(규칙보다 {net} 많이 청구됨, 순액)',
    noCustomer: '고객 이름 없음',
    finding: '발견 사항 {n}개',
    findings: '발견 사항 {n}개',
    hidden:
      '관련 금액이 {below} 미만인 {findings}은(는) 표시하지 않음(--min-at-stake), 위의 모든 수에는 포함됨',
    allMatched: '모두 일치(종료 코드 0)',
    differencesFound: '차이 발견(종료 코드 1)',
    notChecked: '확인하지 않음',
    notCheckedPrice: '파일의 가격(REC-2): UnitPrice 열 없음, --prices를 지정하십시오',
    notCheckedEup: 'EffectiveUnitPrice 메모(REC-2): EffectiveUnitPrice 열 없음',
    basicExport: 'attributeSet basic 내보내기: attributeSet full로 내보내십시오',
    blobs: 'blob',
    blobRows: '{blob}: 줄 1~{lines}은(는) 행 {first}~{last}',
  },
  'zh-Hans': {
    file: '文件',
    period: '期间',
    subscriptions: '订阅',
    prices: '价格',
    priceRows: '价格行',
    matched: '匹配',
    different: '不同',
    missing: '缺失',
    unexpected: '意外',
    refused: '已拒绝',
    issues: '问题',
    atStake: '涉及金额',
    perCustomer: '按客户',
    replay: '重放',
    listed: '列出',
    result: '结果',
    line: '{n} 行',
    lines: '{n} 行',
    days: '{first} 至 {last}',
    assumed: '{days}：假定为文件的第一天和最后一天（未指定 --period）',
    periodDays: '{period}：{days}（--period）',
    ownPrices: '文件中每个订阅各行自己的 UnitPrice（未指定 --prices）',
    group: '{n} 个组',
    groups: '{n} 个组',
    notes: '（其中 {n} 个的 EffectiveUnitPrice 显示不同：说明）',
    refusedOne: '规则拒绝的 {n} 个变更',
    refusedMany: '规则拒绝的 {n} 个变更',
    row: '{n} 行',
    rows: '{n} 行',
    unread: '{rows}无法读取',
    issue: '{n} 个问题',
    issueMany: '{n} 个问题',
    issueCount: '（{issues}）',
    subscription: '{n} 个订阅',
    subscriptionMany: '{n} 个订阅',
    notInFull: '{subscriptions}未完整重放',
    unverified: '（{groups}未验证）',
    nothing: '无',
    billedLess: '{amount}（比规则少计费 {net}，净额）',
    billedMore: '{amount}（比规则多计费 {net}，净额）',
    noCustomer: '未指明客户',
    finding: '{n} 个发现',
    findings: '{n} 个发现',
    hidden: '涉及金额低于 {below} 的 {findings}未列出（--min-at-stake），以上计数均已包含',
    allMatched: '全部匹配（退出代码 0）',
    differencesFound: '发现差异（退出代码 1）',
    notChecked: '未检查',
    notCheckedPrice: '文件中的价格（REC-2）：没有 UnitPrice 列，请指定 --prices',
    notCheckedEup: 'EffectiveUnitPrice 备注（REC-2）：没有 EffectiveUnitPrice 列',
    basicExport: 'attributeSet basic 的导出：请以 attributeSet full 导出',
    blobs: 'blob',
    blobRows: '{blob}：第 1 至 {lines} 行即第 {first} 至 {last} 行',
  },
  'zh-Hant': {
    file: '檔案',
    period: '期間',
    subscriptions: '訂閱',
    prices: '價格',
    priceRows: '價格列',
    matched: '相符',
    different: '不同',
    missing: '缺少',
    unexpected: '非預期',
    refused: '已拒絕',
    issues: '問題',
    atStake: '涉及金額',
    perCustomer: '依客戶',
    replay: '重播',
    listed: '列出',
    result: '結果',
    line: '{n} 行',
    lines: '{n} 行',
    days: '{first} 至 {last}',
    assumed: '{days}：假定為檔案的第一天和最後一天（未指定 --period）',
    periodDays: '{period}：{days}（--period）',
    ownPrices: '檔案中每個訂閱各行自己的 UnitPrice（未指定 --prices）',
    group: '{n} 個群組',
    groups: '{n} 個群組',
    notes: '（其中 {n} 個的 EffectiveUnitPrice 顯示不同：說明）',
    refusedOne: '規則拒絕的 {n} 個變更',
    refusedMany: '規則拒絕的 {n} 個變更',
    row: '{n} 列',
    rows: '{n} 列',
    unread: '{rows}無法讀取',
    issue: '{n} 個問題',
    issueMany: '{n} 個問題',
    issueCount: '（{issues}）',
    subscription: '{n} 個訂閱',
    subscriptionMany: '{n} 個訂閱',
    notInFull: '{subscriptions}未完整重播',
    unverified: '（{groups}未驗證）',
    nothing: '無',
    billedLess: '{amount}（比規則少計費 {net}，淨額）',
    billedMore: '{amount}（比規則多計費 {net}，淨額）',
    noCustomer: '未指明客戶',
    finding: '{n} 個發現',
    findings: '{n} 個發現',
    hidden: '涉及金額低於 {below} 的 {findings}未列出（--min-at-stake），以上計數均已包含',
    allMatched: '全部相符（結束代碼 0）',
    differencesFound: '發現差異（結束代碼 1）',
    notChecked: '未檢查',
    notCheckedPrice: '檔案中的價格（REC-2）：沒有 UnitPrice 欄，請指定 --prices',
    notCheckedEup: 'EffectiveUnitPrice 備註（REC-2）：沒有 EffectiveUnitPrice 欄',
    basicExport: 'attributeSet basic 的匯出：請以 attributeSet full 匯出',
    blobs: 'blob',
    blobRows: '{blob}：第 1 至 {lines} 行即第 {first} 至 {last} 列',
  },
};

/**
 * The summary's words in the language of `{ locale }`.
 *
 * @param options - `--locale`, as the command reads it.
 * @returns A function giving a word by ID, its placeholders filled.
 */
export function summaryLabels(
  options: MessageOptions,
): (id: SummaryLabelId, params?: Readonly<Record<string, string | number>>) => string {
  const tag = (options.locale as { tag?: string } | undefined)?.tag ?? 'en';
  const labels = Object.hasOwn(SUMMARY_LABELS, tag)
    ? SUMMARY_LABELS[tag as keyof typeof SUMMARY_LABELS]
    : SUMMARY_LABELS.en;
  return (id, params = {}) =>
    labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}
