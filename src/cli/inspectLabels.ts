import type { MessageOptions } from '../index.ts';

/** The words of `inspect`'s output, by ID; `{name}` placeholders are filled. */
export type InspectLabelId =
  | 'program'
  | 'product'
  | 'status'
  | 'quantity'
  | 'term'
  | 'termBilled'
  | 'none'
  | 'byUse'
  | 'termStart'
  | 'termEnd'
  | 'unitPrice'
  | 'perSeat'
  | 'perLicence'
  | 'cancelWindow'
  | 'cancelNotNow'
  | 'cancelUsage'
  | 'until'
  | 'refundable'
  | 'batch'
  | 'notReducible'
  | 'reducible'
  | 'nextDeadline'
  | 'deadlineAt'
  | 'canBeDone'
  | 'nothing'
  | 'priceHint'
  | 'notes'
  | 'closed'
  | 'closesInDays'
  | 'closesInDay'
  | 'closesInHours'
  | 'closesInMinutes'
  | 'closesSoon'
  | 'endOfTerm'
  | 'eotLine'
  | 'eotRenew'
  | 'eotRenewCharge'
  | 'eotEst'
  | 'eotEstUnpriced'
  | 'eotCancel'
  | 'eotExpire'
  | 'eotChangeable'
  | 'eotFixed'
  | 'estSince'
  | 'estSinceUnpriced'
  | 'sinceUnknown'
  | 'notesLeftOut'
  | 'priceSetAside';

/**
 * `inspect`'s labels and fixed words in the four languages of `--locale` (MSG-1), so a Korean or
 * Chinese reading mixes in no English label; the values the library names (`active`,
 * `license-based`, `P1Y`, a deadline's type) stay as the JSON writes them.
 */
export const INSPECT_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<InspectLabelId, string>>>
> = {
  en: {
    program: 'program',
    product: 'product',
    status: 'status',
    quantity: 'quantity',
    term: 'term',
    termBilled: '{term}, billed {billing}',
    none: 'none',
    byUse: 'by use',
    termStart: 'term start',
    termEnd: 'term end',
    unitPrice: 'unit price',
    perSeat: '{price} per seat per billing period',
    perLicence: '{price} per licence per term',
    cancelWindow: 'cancel window',
    cancelNotNow: 'none: cancel is not accepted now',
    cancelUsage: 'none: cancel at any time, usage is billed as it happens',
    until: 'until {instant} ({left})',
    refundable: 'refundable',
    batch: '{quantity} added {addedAt}, {reducible}',
    notReducible: 'not reducible',
    reducible: 'reducible {until}',
    nextDeadline: 'next deadline',
    deadlineAt: '{type} at {at}',
    canBeDone: 'can be done at {at}:',
    nothing: 'nothing',
    priceHint:
      'the amounts need the unit price per seat per billing period: add --price, e.g. --price 12.50USD',
    notes: 'notes:',
    closed: 'closed',
    closesInDays: 'closes in {n} days',
    closesInDay: 'closes in 1 day',
    closesInHours: 'closes in {n} h',
    closesInMinutes: 'closes in {n} min',
    closesSoon: 'closes in under a minute',
    endOfTerm: 'end of term',
    eotLine: '{option}; {change}',
    eotRenew: 'renew: a new term begins on {termEnd}',
    eotRenewCharge: 'renew: a new term begins on {termEnd}, its first charge {charge}',
    eotEst:
      'Extended Service Term: from {termEnd} it continues month to month at {unitPrice} a seat (+{uplift} %), {charge} a month, until cancelled',
    eotEstUnpriced:
      'Extended Service Term: from {termEnd} it continues month to month, paid, until cancelled; unpriced: it needs the monthly-term price of one seat for a month (add --est-base, e.g. --est-base 4.00USD)',
    eotCancel: 'cancel: service stops on {termEnd} and nothing more is billed',
    eotExpire: 'expire: it ends on {termEnd} and nothing more is billed',
    eotChangeable: 'can be changed {until}',
    eotFixed: 'cannot be changed now',
    estSince:
      'in an Extended Service Term since {since}: month to month at {unitPrice} a seat (+{uplift} %), {charge} a month, until cancelled; it can be cancelled or moved to a new term at any time',
    estSinceUnpriced:
      'in an Extended Service Term since {since}, unpriced: month to month until cancelled; it can be cancelled or moved to a new term at any time',
    sinceUnknown: 'a date the resource does not give',
    priceSetAside:
      '--price: {given} is not what an Extended Service Term month costs; it is priced from --est-base at {price} a seat',
    notesLeftOut:
      '{n} more about windows that closed over 30 days before this reading left out (--json has every note)',
  },
  ko: {
    program: '프로그램',
    product: '제품',
    status: '상태',
    quantity: '수량',
    term: '약정 기간',
    termBilled: '{term}, {billing} 청구',
    none: '없음',
    byUse: '사용량 기준',
    termStart: '기간 시작',
    termEnd: '기간 종료',
    unitPrice: '단가',
    perSeat: '청구 기간당 시트당 {price}',
    perLicence: '기간당 라이선스당 {price}',
    cancelWindow: '취소 기간',
    cancelNotNow: '없음: 지금은 취소할 수 없습니다',
    cancelUsage: '없음: 언제든 취소할 수 있으며 사용량은 발생할 때 청구됩니다',
    until: '{instant}까지({left})',
    refundable: '환불 가능',
    batch: '{addedAt}에 {quantity}개 추가, {reducible}',
    notReducible: '줄일 수 없음',
    reducible: '{until} 줄일 수 있음',
    nextDeadline: '다음 기한',
    deadlineAt: '{at}에 {type}',
    canBeDone: '{at}에 할 수 있는 작업:',
    nothing: '없음',
    priceHint:
      '금액을 보려면 청구 기간당 시트당 단가가 필요합니다: --price를 추가하세요(예: --price 12.50USD)',
    notes: '참고:',
    closed: '닫힘',
    closesInDays: '{n}일 후 닫힘',
    closesInDay: '1일 후 닫힘',
    closesInHours: '{n}시간 후 닫힘',
    closesInMinutes: '{n}분 후 닫힘',
    closesSoon: '1분 안에 닫힘',
    endOfTerm: '종료 옵션',
    eotLine: '{option}; {change}',
    eotRenew: '갱신: {termEnd}에 새 약정 기간이 시작됩니다',
    eotRenewCharge: '갱신: {termEnd}에 새 약정 기간이 시작되며 첫 청구액은 {charge}입니다',
    eotEst:
      '연장 서비스 기간: {termEnd}부터 취소할 때까지 시트당 {unitPrice}(+{uplift}%), 월 {charge}로 매월 계속됩니다',
    eotEstUnpriced:
      '연장 서비스 기간: {termEnd}부터 취소할 때까지 유료로 매월 계속됩니다. 가격 없음: 시트 하나의 월간 약정 가격(1개월분)이 필요합니다(--est-base를 추가하세요. 예: --est-base 4.00USD)',
    eotCancel: '취소: {termEnd}에 서비스가 중지되며 더 이상 청구되지 않습니다',
    eotExpire: '만료: {termEnd}에 종료되며 더 이상 청구되지 않습니다',
    eotChangeable: '{until} 변경할 수 있음',
    eotFixed: '지금은 변경할 수 없음',
    estSince:
      '{since}부터 연장 서비스 기간: 취소할 때까지 시트당 {unitPrice}(+{uplift}%), 월 {charge}로 매월 계속됩니다. 언제든 취소하거나 새 약정 기간으로 전환할 수 있습니다',
    estSinceUnpriced:
      '{since}부터 연장 서비스 기간, 가격 없음: 취소할 때까지 매월 계속됩니다. 언제든 취소하거나 새 약정 기간으로 전환할 수 있습니다',
    sinceUnknown: '리소스에 없는 날짜',
    priceSetAside:
      '--price: {given}은(는) 연장 서비스 기간 한 달의 가격이 아니므로 --est-base에서 시트당 {price}(으)로 계산했습니다',
    notesLeftOut:
      '이 조회보다 30일 넘게 전에 닫힌 기간에 관한 참고 {n}개는 생략했습니다(--json에는 모든 참고가 있음)',
  },
  'zh-Hans': {
    program: '计划',
    product: '产品',
    status: '状态',
    quantity: '数量',
    term: '期限',
    termBilled: '{term}，按 {billing} 计费',
    none: '无',
    byUse: '按用量',
    termStart: '期限开始',
    termEnd: '期限结束',
    unitPrice: '单价',
    perSeat: '每个计费周期每个席位 {price}',
    perLicence: '每个期限每个许可证 {price}',
    cancelWindow: '取消窗口',
    cancelNotNow: '无：现在不接受取消',
    cancelUsage: '无：可随时取消，用量按发生计费',
    until: '截止 {instant}（{left}）',
    refundable: '可退款',
    batch: '{addedAt} 添加 {quantity} 个，{reducible}',
    notReducible: '不可减少',
    reducible: '可减少，{until}',
    nextDeadline: '下一个截止时间',
    deadlineAt: '{at}：{type}',
    canBeDone: '{at} 可执行的操作：',
    nothing: '无',
    priceHint: '金额需要每个计费周期每个席位的单价：请添加 --price，例如 --price 12.50USD',
    notes: '说明：',
    closed: '已关闭',
    closesInDays: '{n} 天后关闭',
    closesInDay: '1 天后关闭',
    closesInHours: '{n} 小时后关闭',
    closesInMinutes: '{n} 分钟后关闭',
    closesSoon: '不到 1 分钟后关闭',
    endOfTerm: '到期选项',
    eotLine: '{option}；{change}',
    eotRenew: '续订：新期限于 {termEnd} 开始',
    eotRenewCharge: '续订：新期限于 {termEnd} 开始，首笔费用 {charge}',
    eotEst:
      '延长服务期：自 {termEnd} 起按月继续，每个席位 {unitPrice}（+{uplift}%），每月 {charge}，直至取消',
    eotEstUnpriced:
      '延长服务期：自 {termEnd} 起按月付费继续，直至取消；未定价：需要一个席位一个月的月期限价格（请添加 --est-base，例如 --est-base 4.00USD）',
    eotCancel: '取消：服务于 {termEnd} 停止，不再计费',
    eotExpire: '到期：于 {termEnd} 结束，不再计费',
    eotChangeable: '可更改，{until}',
    eotFixed: '现在不可更改',
    estSince:
      '自 {since} 起处于延长服务期：按月继续，每个席位 {unitPrice}（+{uplift}%），每月 {charge}，直至取消；可随时取消或转为新期限',
    estSinceUnpriced:
      '自 {since} 起处于延长服务期，未定价：按月继续，直至取消；可随时取消或转为新期限',
    sinceUnknown: '资源未给出的日期',
    priceSetAside:
      '--price：{given} 不是延长服务期一个月的价格；按 --est-base 计价为每个席位 {price}',
    notesLeftOut:
      '已省略 {n} 条关于在本次读取 30 天多以前已关闭的期限的说明（--json 包含所有说明）',
  },
  'zh-Hant': {
    program: '方案',
    product: '產品',
    status: '狀態',
    quantity: '數量',
    term: '期限',
    termBilled: '{term}，按 {billing} 計費',
    none: '無',
    byUse: '按用量',
    termStart: '期限開始',
    termEnd: '期限結束',
    unitPrice: '單價',
    perSeat: '每個計費週期每個授權 {price}',
    perLicence: '每個期限每個授權 {price}',
    cancelWindow: '取消期間',
    cancelNotNow: '無：現在不接受取消',
    cancelUsage: '無：可隨時取消，用量按發生計費',
    until: '截止 {instant}（{left}）',
    refundable: '可退款',
    batch: '{addedAt} 新增 {quantity} 個，{reducible}',
    notReducible: '不可減少',
    reducible: '可減少，{until}',
    nextDeadline: '下一個截止時間',
    deadlineAt: '{at}：{type}',
    canBeDone: '{at} 可執行的動作：',
    nothing: '無',
    priceHint: '金額需要每個計費週期每個授權的單價：請新增 --price，例如 --price 12.50USD',
    notes: '說明：',
    closed: '已關閉',
    closesInDays: '{n} 天後關閉',
    closesInDay: '1 天後關閉',
    closesInHours: '{n} 小時後關閉',
    closesInMinutes: '{n} 分鐘後關閉',
    closesSoon: '不到 1 分鐘後關閉',
    endOfTerm: '到期選項',
    eotLine: '{option}；{change}',
    eotRenew: '續訂：新期限於 {termEnd} 開始',
    eotRenewCharge: '續訂：新期限於 {termEnd} 開始，首筆費用 {charge}',
    eotEst:
      '延長服務期：自 {termEnd} 起按月繼續，每個授權 {unitPrice}（+{uplift}%），每月 {charge}，直至取消',
    eotEstUnpriced:
      '延長服務期：自 {termEnd} 起按月付費繼續，直至取消；未定價：需要一個授權一個月的月期限價格（請新增 --est-base，例如 --est-base 4.00USD）',
    eotCancel: '取消：服務於 {termEnd} 停止，不再計費',
    eotExpire: '到期：於 {termEnd} 結束，不再計費',
    eotChangeable: '可變更，{until}',
    eotFixed: '現在不可變更',
    estSince:
      '自 {since} 起處於延長服務期：按月繼續，每個授權 {unitPrice}（+{uplift}%），每月 {charge}，直至取消；可隨時取消或轉為新期限',
    estSinceUnpriced:
      '自 {since} 起處於延長服務期，未定價：按月繼續，直至取消；可隨時取消或轉為新期限',
    sinceUnknown: '資源未提供的日期',
    priceSetAside:
      '--price：{given} 不是延長服務期一個月的價格；依 --est-base 計價為每個授權 {price}',
    notesLeftOut:
      '已省略 {n} 則關於在本次讀取 30 天多以前已關閉的期限的說明（--json 包含所有說明）',
  },
};

/**
 * `inspect`'s words in the language of `{ locale }`.
 *
 * @param options - `--locale`, as the command reads it.
 * @returns A function giving a word by ID, its placeholders filled.
 */
export function inspectLabels(
  options: MessageOptions,
): (id: InspectLabelId, params?: Readonly<Record<string, string | number>>) => string {
  const tag = (options.locale as { tag?: string } | undefined)?.tag ?? 'en';
  const labels = Object.hasOwn(INSPECT_LABELS, tag)
    ? INSPECT_LABELS[tag as keyof typeof INSPECT_LABELS]
    : INSPECT_LABELS.en;
  return (id, params = {}) =>
    labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a window stays open, in words of `say`: `closes in 3 days`, `closed`.
 *
 * @param say - The words.
 * @param until - When it closes.
 * @param at - Now.
 * @returns The words.
 */
export function closesInWords(
  say: ReturnType<typeof inspectLabels>,
  until: string,
  at: string,
): string {
  const left = Date.parse(until) - Date.parse(at);
  if (!(left > 0)) return say('closed');
  if (left >= DAY) {
    const n = Math.floor(left / DAY);
    return n === 1 ? say('closesInDay') : say('closesInDays', { n });
  }
  if (left >= HOUR) return say('closesInHours', { n: Math.floor(left / HOUR) });
  if (left >= MINUTE) return say('closesInMinutes', { n: Math.floor(left / MINUTE) });
  return say('closesSoon');
}
