import type { ResaleFindingKind } from '../../resale/index.ts';

/** The words of `resale`'s report, by ID; `{name}` placeholders are filled. */
export type ResaleLabelId =
  | 'customer'
  | 'month'
  | 'cost'
  | 'billed'
  | 'margin'
  | 'marginPercent'
  | 'findings'
  | 'noFindings'
  | 'aMonth'
  | 'now'
  | 'at-renewal'
  | 'atStake'
  | 'issues'
  | 'notes'
  | 'files'
  | 'unmapped'
  | ResaleFindingKind;

/**
 * `resale`'s labels in the four languages of `--locale` (MSG-1, RSL-9); names, codes and amounts
 * stay as the files write them.
 */
export const RESALE_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<ResaleLabelId, string>>>
> = {
  en: {
    customer: 'Customer',
    month: 'Month',
    cost: 'Cost',
    billed: 'Billed',
    margin: 'Margin',
    marginPercent: 'Margin %',
    findings: 'Findings ({count}), money a month:',
    noFindings:
      'Nothing leaks: every customer is billed what it costs ({cost} cost rows, {billed} billed rows).',
    aMonth: '{amount} a month',
    now: 'now',
    'at-renewal': 'at renewal',
    atStake: 'At stake a month: {amounts}',
    issues: 'Rows and months not judged ({count}):',
    notes: 'Notes:',
    files: 'Rows of {side} numbered across its files: {files}',
    unmapped: 'Not Microsoft resale (codes not in the map): {amounts}, lines: {lines}',
    'unbilled-seats': 'unbilled seats',
    ghost: 'billed, never bought',
    'over-billed': 'over-billed',
    'term-mismatch': 'term or billing mismatch',
    'unused-seats': 'unused seats',
    'price-not-passed-on': 'price not passed on',
    'credit-not-passed-back': 'credit not passed back',
    'margin-below-floor': 'margin below the floor',
  },
  ko: {
    customer: '고객',
    month: '월',
    cost: '비용',
    billed: '청구',
    margin: '마진',
    marginPercent: '마진 %',
    findings: '발견 사항 ({count}), 월 금액:',
    noFindings: '누수 없음: 모든 고객에게 비용만큼 청구됨(비용 {cost}행, 청구 {billed}행).',
    aMonth: '월 {amount}',
    now: '지금',
    'at-renewal': '갱신 시',
    atStake: '월 위험 금액: {amounts}',
    issues: '판단하지 않은 행과 월 ({count}):',
    notes: '참고:',
    files: '{side} 행 번호는 파일 전체에 걸쳐 매겨짐: {files}',
    unmapped: 'Microsoft 재판매 아님(맵에 없는 코드): {lines}줄, {amounts}',
    'unbilled-seats': '청구되지 않은 좌석',
    ghost: '구매하지 않고 청구됨',
    'over-billed': '초과 청구',
    'term-mismatch': '기간 또는 청구 주기 불일치',
    'unused-seats': '사용하지 않는 좌석',
    'price-not-passed-on': '전가되지 않은 가격',
    'credit-not-passed-back': '돌려주지 않은 크레딧',
    'margin-below-floor': '하한 미만 마진',
  },
  'zh-Hans': {
    customer: '客户',
    month: '月份',
    cost: '成本',
    billed: '计费',
    margin: '利润',
    marginPercent: '利润率 %',
    findings: '发现 ({count})，每月金额：',
    noFindings: '没有流失：每个客户的计费都覆盖成本（成本 {cost} 行，计费 {billed} 行）。',
    aMonth: '每月 {amount}',
    now: '立即',
    'at-renewal': '续订时',
    atStake: '每月涉及金额：{amounts}',
    issues: '未判断的行和月份 ({count})：',
    notes: '备注：',
    files: '{side}的行号跨文件连续编号：{files}',
    unmapped: '非 Microsoft 转售（映射中没有的代码）：{lines} 行，{amounts}',
    'unbilled-seats': '未计费席位',
    ghost: '已计费但未购买',
    'over-billed': '多计费',
    'term-mismatch': '期限或计费周期不符',
    'unused-seats': '未使用席位',
    'price-not-passed-on': '价格未转嫁',
    'credit-not-passed-back': '信用额度未返还',
    'margin-below-floor': '利润率低于下限',
  },
  'zh-Hant': {
    customer: '客戶',
    month: '月份',
    cost: '成本',
    billed: '計費',
    margin: '利潤',
    marginPercent: '利潤率 %',
    findings: '發現 ({count})，每月金額：',
    noFindings: '沒有流失：每個客戶的計費都涵蓋成本（成本 {cost} 列，計費 {billed} 列）。',
    aMonth: '每月 {amount}',
    now: '立即',
    'at-renewal': '續訂時',
    atStake: '每月涉及金額：{amounts}',
    issues: '未判斷的列和月份 ({count})：',
    notes: '備註：',
    files: '{side}的列號跨檔案連續編號：{files}',
    unmapped: '非 Microsoft 轉售（對應中沒有的代碼）：{lines} 列，{amounts}',
    'unbilled-seats': '未計費席位',
    ghost: '已計費但未購買',
    'over-billed': '多計費',
    'term-mismatch': '期限或計費週期不符',
    'unused-seats': '未使用席位',
    'price-not-passed-on': '價格未轉嫁',
    'credit-not-passed-back': '點數未退回',
    'margin-below-floor': '利潤率低於下限',
  },
};
