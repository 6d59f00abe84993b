import type { MessageOptions } from '../index.ts';

/** The words of `timeline`'s output, by ID; `{name}` placeholders are filled. */
export type TimelineLabelId =
  | 'time'
  | 'refused'
  | 'trialEnds'
  | 'dataDeleted'
  | 'licenses'
  | 'cancelsAt'
  | 'renewsAt'
  | 'expiresAt'
  | 'estMonthRenewsAt'
  | 'disabledAt'
  | 'continuesEstAt'
  | 'seats'
  | 'seat'
  | 'asChange'
  | 'atPrice'
  | 'billedFrom'
  | 'charge'
  | 'credit'
  | 'periodRange'
  | 'billedHeading';

/**
 * `timeline`'s fixed words in the four languages of `--locale` (MSG-1), so a Korean or Chinese
 * reading mixes in no English word; the values the library names (event types, statuses, charge
 * kinds, terms, frequencies, codes, rule IDs) stay as the JSON writes them.
 */
export const TIMELINE_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<TimelineLabelId, string>>>
> = {
  en: {
    time: '{type} (time)',
    refused: 'refused {code}',
    trialEnds: 'trial ends {at}',
    dataDeleted: 'data deleted at {at}',
    licenses: '{n} licenses',
    cancelsAt: 'cancels {at}',
    renewsAt: 'renews {at}',
    expiresAt: 'expires {at}',
    estMonthRenewsAt: 'Extended Service Term month, renews {at}',
    disabledAt: 'disabled {at}',
    continuesEstAt: 'continues in an Extended Service Term from {at}',
    seats: '{n} seats',
    seat: '1 seat',
    asChange: '{end} as {change}',
    atPrice: 'at {price}',
    billedFrom: 'billed {frequency} from {from}',
    charge: 'charge {amount} ({rule})',
    credit: 'credit {amount} ({rule})',
    periodRange: '{start} to {end}',
    billedHeading: "billed per period (charges less credits, until the scenario's end):",
  },
  ko: {
    time: '{type} (시간 경과)',
    refused: '거부됨 {code}',
    trialEnds: '{at}에 체험 종료',
    dataDeleted: '{at}에 데이터 삭제',
    licenses: '라이선스 {n}개',
    cancelsAt: '{at}에 취소',
    renewsAt: '{at}에 갱신',
    expiresAt: '{at}에 만료',
    estMonthRenewsAt: '연장 서비스 기간의 한 달, {at}에 갱신',
    disabledAt: '{at}에 사용 중지',
    continuesEstAt: '{at}부터 연장 서비스 기간으로 계속',
    seats: '시트 {n}개',
    seat: '시트 1개',
    asChange: '{end}, 변경: {change}',
    atPrice: '단가 {price}',
    billedFrom: '{from}부터 {frequency} 청구',
    charge: '청구 {amount}({rule})',
    credit: '크레딧 {amount}({rule})',
    periodRange: '{start} ~ {end}',
    billedHeading: '기간별 청구액(청구액에서 크레딧을 뺀 금액, 시나리오 종료까지):',
  },
  'zh-Hans': {
    time: '{type}（时间推移）',
    refused: '已拒绝 {code}',
    trialEnds: '试用于 {at} 结束',
    dataDeleted: '数据于 {at} 删除',
    licenses: '{n} 个许可证',
    cancelsAt: '于 {at} 取消',
    renewsAt: '于 {at} 续订',
    expiresAt: '于 {at} 到期',
    estMonthRenewsAt: '延长服务期的一个月，于 {at} 续订',
    disabledAt: '于 {at} 禁用',
    continuesEstAt: '自 {at} 起进入延长服务期',
    seats: '{n} 个席位',
    seat: '1 个席位',
    asChange: '{end}，变更为 {change}',
    atPrice: '单价 {price}',
    billedFrom: '自 {from} 起按 {frequency} 计费',
    charge: '收费 {amount}（{rule}）',
    credit: '信用额度 {amount}（{rule}）',
    periodRange: '{start} 至 {end}',
    billedHeading: '每个计费周期的金额（费用减去信用额度，截至场景结束）：',
  },
  'zh-Hant': {
    time: '{type}（時間經過）',
    refused: '已拒絕 {code}',
    trialEnds: '試用於 {at} 結束',
    dataDeleted: '資料於 {at} 刪除',
    licenses: '{n} 個授權',
    cancelsAt: '於 {at} 取消',
    renewsAt: '於 {at} 續訂',
    expiresAt: '於 {at} 到期',
    estMonthRenewsAt: '延長服務期的一個月，於 {at} 續訂',
    disabledAt: '於 {at} 停用',
    continuesEstAt: '自 {at} 起進入延長服務期',
    seats: '{n} 個授權',
    seat: '1 個授權',
    asChange: '{end}，變更為 {change}',
    atPrice: '單價 {price}',
    billedFrom: '自 {from} 起按 {frequency} 計費',
    charge: '收費 {amount}（{rule}）',
    credit: '信用額度 {amount}（{rule}）',
    periodRange: '{start} 至 {end}',
    billedHeading: '每個計費週期的金額（費用減去信用額度，截至情境結束）：',
  },
};

/**
 * `timeline`'s words in the language of `{ locale }`.
 *
 * @param options - `--locale`, as the command reads it.
 * @returns A function giving a word by ID, its placeholders filled.
 */
export function timelineLabels(
  options: MessageOptions,
): (id: TimelineLabelId, params?: Readonly<Record<string, string | number>>) => string {
  const tag = (options.locale as { tag?: string } | undefined)?.tag ?? 'en';
  const labels = Object.hasOwn(TIMELINE_LABELS, tag)
    ? TIMELINE_LABELS[tag as keyof typeof TIMELINE_LABELS]
    : TIMELINE_LABELS.en;
  return (id, params = {}) =>
    labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}
