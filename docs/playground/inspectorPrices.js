// The inspector's renewal price: Partner Center's price list dropped in (or chosen), the
// subscription of the resource above priced by it (PL-6): its price now, the renewal's price, the
// change in percent and what it adds a year. A section of its own, beside the inspector's reading.
import {
  formatMoney,
  fromPartnerCenterSubscription,
  priceAt,
  readPriceList,
  renewalForecast,
} from '../../dist/index.js';
import { labelFrom } from './labels.js';

export const PRICES_LABELS = {
  en: {
    title: 'Renewal price by the price list',
    drop: "Drop Partner Center's price list (CSV) here, or choose it",
    market: 'Market',
    rows: '{rows} rows read ({issues} unread)',
    renewal:
      'Renews {at}: {before} → {after} a billing period ({change} %), {perYear} a year for {seats} seats',
    none: 'No renewal before {to}.',
    problem: 'Not priced: {message}',
  },
  ko: {
    title: '가격표에 따른 갱신 가격',
    drop: '파트너 센터 가격표(CSV)를 여기에 끌어 놓거나 선택하세요',
    market: '시장',
    rows: '{rows}개 행 읽음 ({issues}개 읽지 못함)',
    renewal:
      '{at} 갱신: 청구 기간당 {before} → {after} ({change} %), 시트 {seats}개에 연간 {perYear}',
    none: '{to} 전에 갱신이 없습니다.',
    problem: '가격 없음: {message}',
  },
  'zh-Hans': {
    title: '按价目表的续订价格',
    drop: '将合作伙伴中心价目表 (CSV) 拖到此处，或选择文件',
    market: '市场',
    rows: '已读取 {rows} 行（{issues} 行未读）',
    renewal:
      '{at} 续订：每个计费周期 {before} → {after}（{change} %），{seats} 个席位每年 {perYear}',
    none: '{to} 之前没有续订。',
    problem: '未定价：{message}',
  },
  'zh-Hant': {
    title: '依價目表的續訂價格',
    drop: '將合作夥伴中心價目表 (CSV) 拖曳到此處，或選擇檔案',
    market: '市場',
    rows: '已讀取 {rows} 列（{issues} 列未讀）',
    renewal:
      '{at} 續訂：每個計費週期 {before} → {after}（{change} %），{seats} 個席位每年 {perYear}',
    none: '{to} 之前沒有續訂。',
    problem: '未定價：{message}',
  },
};

/** Builds the section under the inspector's form and wires it. */
export function setUpInspectorPrices(form, tagOf) {
  const section = document.createElement('div');
  section.id = 'inspector-prices';
  section.className = 'panel';
  const title = document.createElement('h3');
  const drop = document.createElement('label');
  const dropText = document.createElement('span');
  const input = document.createElement('input');
  input.type = 'file';
  input.name = 'priceList';
  input.accept = '.csv,text/csv';
  drop.append(dropText, ' ', input);
  const marketLabel = document.createElement('label');
  const marketText = document.createElement('span');
  const market = document.createElement('select');
  market.name = 'market';
  marketLabel.append(marketText, ' ', market);
  const status = document.createElement('p');
  status.className = 'hint';
  const result = document.createElement('p');
  result.id = 'inspector-renewal';
  section.append(title, drop, marketLabel, status, result);
  form.after(section);
  let list;
  const say = (key, params) => labelFrom(PRICES_LABELS, tagOf(), key, params);
  const money = (m) => formatMoney(m, tagOf());
  const render = () => {
    title.textContent = say('title');
    dropText.textContent = say('drop');
    marketText.textContent = say('market');
    result.textContent = '';
    if (list === undefined) return;
    status.textContent = say('rows', { rows: list.rows.length, issues: list.issues.length });
    try {
      const resource = JSON.parse(form.elements.resource.value);
      const asOf = form.elements.asOf.value.trim();
      const { subscription } = fromPartnerCenterSubscription(resource, { asOf });
      const [ProductId = '', SkuId = ''] = String(resource.offerId ?? '').split(':');
      const plan = subscription.billingFrequency ?? '';
      const key = {
        ProductId,
        SkuId,
        Market: market.value,
        Currency: form.elements.currency.value.trim().toUpperCase(),
        Segment: 'Commercial',
      };
      const found = priceAt(
        list,
        {
          ...key,
          TermDuration: subscription.term ?? '',
          BillingPlan: `${plan.charAt(0).toUpperCase()}${plan.slice(1)}`,
        },
        subscription.termStart ?? subscription.orderedAt,
      );
      if (!found.ok) {
        result.textContent = say('problem', { message: found.message });
        return;
      }
      const priced = fromPartnerCenterSubscription(resource, { asOf, price: found.price });
      const state = { ...priced.subscription, priceKey: key };
      const to = new Date(Date.parse(state.termEnd ?? state.asOf) + 1).toISOString();
      // the term's renewal; a term ending in its Extended Service Term or a cancellation is none
      const renewal = renewalForecast(state, { priceList: list, to }).renewals.find(
        (entry) => entry.endOfTerm === 'renew',
      );
      result.textContent =
        renewal === undefined
          ? say('none', { to })
          : say('renewal', {
              at: renewal.at,
              before: money(renewal.before),
              after: money(renewal.after),
              change: renewal.changePercent ?? '–',
              perYear: renewal.perYear === null ? '–' : money(renewal.perYear),
              seats: renewal.seats,
            });
    } catch (error) {
      result.textContent = say('problem', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const load = async (file) => {
    list = readPriceList(await file.text());
    const markets = [...new Set(list.rows.map((row) => row.Market))].sort();
    market.replaceChildren(
      ...markets.map((code) => {
        const option = document.createElement('option');
        option.value = code;
        option.textContent = code;
        return option;
      }),
    );
    render();
  };
  input.addEventListener('change', () => {
    if (input.files?.[0]) load(input.files[0]);
  });
  section.addEventListener('dragover', (event) => event.preventDefault());
  section.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files?.[0];
    if (file) load(file);
  });
  market.addEventListener('change', render);
  form.addEventListener('submit', () => setTimeout(render, 0));
  for (const name of ['asOf', 'currency', 'sample'])
    form.elements[name].addEventListener('change', () => setTimeout(render, 0));
  document.querySelector('#locale').addEventListener('change', render);
  render();
}
