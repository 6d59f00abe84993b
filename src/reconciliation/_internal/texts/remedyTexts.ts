/**
 * The sentences of a remedy, by ID; `{until}` an instant, `{day}` a day, `{amount}`, `{billed}` and
 * `{expected}` money (or seats, in `renewal`), `{est}` and `{committed}` a seat's month in an
 * Extended Service Term and in a committed term, `{rows}` the sheet's rows (the header is row 1).
 */
export type RemedyTextId =
  | 'refused'
  | 'missing'
  | 'unreplayed'
  | 'no-batch'
  | 'late-since'
  | 'reduce'
  | 'refused-now'
  | 'renewal'
  | 'est'
  | 'est-alone'
  | 'est-unexpected'
  | 'est-instead'
  | 'microsoft'
  | 'not-given'
  | 'invoice'
  | 'row'
  | 'rows'
  | 'more'
  | 'less'
  | 'not-expected'
  | 'differs';

/** A remedy's sentences in the four languages the command writes (`--locale`). */
export const REMEDY_TEXTS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<RemedyTextId, string>>>
> = {
  en: {
    refused: 'too late: the rules refuse the change (see its message); nothing to reduce now',
    missing: 'the file bills less than the rules; the charge may come in a later file',
    unreplayed: 'nothing the rules can say until the subscription is replayed',
    'no-batch': 'too late to reduce: no seats of that day can be removed for a credit',
    'late-since': "too late since {until}: the seats' 7 days are over",
    reduce: 'reduce now by {seats} seats for {amount} until {until}',
    'refused-now': 'too late since {until}: the rules refuse the reduction now',
    renewal:
      "at renewal on {day}: change the seats then ({billed} billed, {expected} by the rules); the term's seats hold until then",
    est: 'convert or cancel now: {est} a seat a month in the Extended Service Term against {committed} a seat a month in a committed term',
    'est-alone':
      'convert or cancel now: {est} a seat a month in the Extended Service Term; the price of a committed term is not known here (give the price list)',
    'est-unexpected':
      'convert or cancel now to end the monthly Extended Service Term charges; if the term should have renewed, take the month up with Microsoft',
    'est-instead':
      'convert or cancel now: the Extended Service Term is billed every month until then; if the term was set to renew, take the month up with Microsoft',
    microsoft: 'raise it with Microsoft: {where}, {difference}',
    'not-given':
      'not among the subscriptions given: check whose it is; if it is not yours, dispute it with Microsoft',
    invoice: 'invoice {invoice}, {rows}',
    row: 'row {rows}',
    rows: 'rows {rows}',
    more: 'billed {billed} where the rules give {expected}: {amount} more',
    less: 'billed {billed} where the rules give {expected}: {amount} less',
    'not-expected': 'billed {billed}, which the rules do not expect',
    differs: 'billed {billed}, its {fields} not as the rules give',
  },
  ko: {
    refused:
      '너무 늦었습니다: 규칙이 이 변경을 거부합니다(메시지 참조). 지금 줄일 수 있는 시트가 없습니다',
    missing: '파일이 규칙보다 적게 청구합니다. 해당 요금은 이후 파일에 청구될 수 있습니다',
    unreplayed: '구독을 재생하기 전에는 규칙으로 판단할 수 없습니다',
    'no-batch': '줄이기에는 너무 늦었습니다: 그날 추가한 시트는 크레딧을 받고 제거할 수 없습니다',
    'late-since': '{until} 이후로 너무 늦었습니다: 시트의 7일이 지났습니다',
    reduce: '지금 시트 {seats}개를 줄이면 {amount} 크레딧({until}까지)',
    'refused-now': '{until} 이후로 너무 늦었습니다: 규칙이 지금 감소를 거부합니다',
    renewal:
      '{day} 갱신 시 시트 수를 변경하세요(청구 {billed}, 규칙 {expected}). 그때까지 기간의 시트 수가 유지됩니다',
    est: '지금 전환하거나 취소하세요: 연장 서비스 기간은 시트당 월 {est}, 약정 기간은 시트당 월 {committed}입니다',
    'est-alone':
      '지금 전환하거나 취소하세요: 연장 서비스 기간은 시트당 월 {est}입니다. 약정 기간의 가격은 여기서 알 수 없습니다(가격표를 제공하세요)',
    'est-unexpected':
      '지금 전환하거나 취소하면 매월 청구되는 연장 서비스 기간 요금이 끝납니다. 약정 기간이 갱신되었어야 한다면 이 달의 요금은 Microsoft에 문의하세요',
    'est-instead':
      '지금 전환하거나 취소하세요: 그때까지 연장 서비스 기간 요금이 매월 청구됩니다. 약정 기간이 갱신되도록 설정되어 있었다면 이 달의 요금은 Microsoft에 문의하세요',
    microsoft: 'Microsoft에 정정을 요청하세요: {where}, {difference}',
    'not-given':
      '제공된 구독에 없습니다: 누구의 구독인지 확인하고, 본인의 것이 아니면 Microsoft에 이의를 제기하세요',
    invoice: '청구서 {invoice}, {rows}',
    row: '{rows}행',
    rows: '{rows}행',
    more: '규칙상 {expected}인데 {billed} 청구됨: {amount} 많음',
    less: '규칙상 {expected}인데 {billed} 청구됨: {amount} 적음',
    'not-expected': '규칙상 예상되지 않는 {billed} 청구됨',
    differs: '{billed} 청구됨, {fields}이(가) 규칙과 다름',
  },
  'zh-Hans': {
    refused: '为时已晚：规则拒绝此更改（见其消息）；现在无法减少席位',
    missing: '文件计费少于规则；该费用可能出现在之后的文件中',
    unreplayed: '在重放此订阅之前，规则无法给出结论',
    'no-batch': '为时已晚：当天添加的席位无法减少以获得信用额度',
    'late-since': '自 {until} 起为时已晚：席位的 7 天已过',
    reduce: '现在减少 {seats} 个席位可获得信用额度 {amount}，截止 {until}',
    'refused-now': '自 {until} 起为时已晚：规则现在拒绝减少',
    renewal:
      '在 {day} 续订时更改席位（计费 {billed}，规则 {expected}）；在此之前期限的席位保持不变',
    est: '立即转换或取消：延长服务期每个席位每月 {est}，承诺期限每个席位每月 {committed}',
    'est-alone':
      '立即转换或取消：延长服务期每个席位每月 {est}；此处无法得知承诺期限的价格（请提供价目表）',
    'est-unexpected':
      '立即转换或取消以结束每月的延长服务期费用；如果期限本应续订，请就该月费用联系 Microsoft',
    'est-instead':
      '立即转换或取消：在此之前，延长服务期每月计费；如果期限原本设置为续订，请就该月费用联系 Microsoft',
    microsoft: '请向 Microsoft 提出更正：{where}，{difference}',
    'not-given': '不在所提供的订阅中：请核实其归属；如果不是您的，请向 Microsoft 提出异议',
    invoice: '发票 {invoice}，{rows}',
    row: '第 {rows} 行',
    rows: '第 {rows} 行',
    more: '计费 {billed}，规则为 {expected}：多 {amount}',
    less: '计费 {billed}，规则为 {expected}：少 {amount}',
    'not-expected': '计费 {billed}，规则不预期此费用',
    differs: '计费 {billed}，其 {fields} 与规则不符',
  },
  'zh-Hant': {
    refused: '為時已晚：規則拒絕此變更（見其訊息）；現在無法減少授權',
    missing: '檔案計費少於規則；該費用可能出現在之後的檔案中',
    unreplayed: '在重播此訂閱之前，規則無法給出結論',
    'no-batch': '為時已晚：當天新增的授權無法減少以取得信用額度',
    'late-since': '自 {until} 起為時已晚：授權的 7 天已過',
    reduce: '現在減少 {seats} 個授權可取得信用額度 {amount}，截止 {until}',
    'refused-now': '自 {until} 起為時已晚：規則現在拒絕減少',
    renewal:
      '在 {day} 續訂時變更授權數量（計費 {billed}，規則 {expected}）；在此之前期限的授權數量保持不變',
    est: '立即轉換或取消：延長服務期每個授權每月 {est}，承諾期限每個授權每月 {committed}',
    'est-alone':
      '立即轉換或取消：延長服務期每個授權每月 {est}；此處無法得知承諾期限的價格（請提供價目表）',
    'est-unexpected':
      '立即轉換或取消以結束每月的延長服務期費用；如果期限本應續訂，請就該月費用聯絡 Microsoft',
    'est-instead':
      '立即轉換或取消：在此之前，延長服務期每月計費；如果期限原本設定為續訂，請就該月費用聯絡 Microsoft',
    microsoft: '請向 Microsoft 提出更正：{where}，{difference}',
    'not-given': '不在所提供的訂閱中：請確認其歸屬；如果不是您的，請向 Microsoft 提出異議',
    invoice: '發票 {invoice}，{rows}',
    row: '第 {rows} 列',
    rows: '第 {rows} 列',
    more: '計費 {billed}，規則為 {expected}：多 {amount}',
    less: '計費 {billed}，規則為 {expected}：少 {amount}',
    'not-expected': '計費 {billed}，規則不預期此費用',
    differs: '計費 {billed}，其 {fields} 與規則不符',
  },
};

/**
 * A remedy's sentence in a language, its placeholders filled.
 *
 * @param tag - The language (`--locale`'s tag; English for any other).
 * @param id - The sentence.
 * @param params - Its placeholders.
 * @returns The sentence.
 */
export function remedyText(
  tag: string,
  id: RemedyTextId,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const texts = Object.hasOwn(REMEDY_TEXTS, tag)
    ? REMEDY_TEXTS[tag as keyof typeof REMEDY_TEXTS]
    : REMEDY_TEXTS.en;
  return texts[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
