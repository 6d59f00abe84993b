// The Margin view (RSL-1 … RSL-9): the reconciliation file (the cost), the partner's PSA or
// accounting export (what was billed), the column map and Graph's assigned seats, lined up in the
// page by the library's own `createResaleReconciler` — what `subscription-rules resale` runs — with
// nothing uploaded: each customer's month (cost, billed, margin, a bar), its findings a click away.
import { formatMoney } from '../../dist/index.js';
import { createResaleReconciler } from '../../dist/resale.js';
import { csvRows, InputProblem, table, textOf } from './fileTab.js';
import { localeOptions } from './locale.js';
import { marginLabel } from './marginLabels.js';

const view = document.querySelector('#margin-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#margin-result');
const fields = {
  cost: view.querySelector('#margin-cost-text'),
  billed: view.querySelector('#margin-billed-text'),
  map: view.querySelector('#margin-map-text'),
  seats: view.querySelector('#margin-seats-text'),
  floor: view.querySelector('#margin-floor'),
  fx: view.querySelector('#margin-fx'),
};

const tag = () => picker.value;
const say = (key, params) => marginLabel(tag(), key, params);

/** Every element of the view with `data-label` (text) or `data-label-aria` (its accessible name). */
function renderLabels() {
  for (const element of view.querySelectorAll('[data-label]'))
    element.textContent = say(element.dataset.label);
  for (const element of view.querySelectorAll('[data-label-aria]')) {
    element.setAttribute('aria-label', say(element.dataset.labelAria));
    element.placeholder = say('paste');
  }
}

/** The CSV files given for each side: `{ name, text }`; pasted text stands for one file. */
const files = { cost: [], billed: [] };

function showMessage(text, kind = '') {
  result.replaceChildren();
  const p = document.createElement('p');
  p.className = `message ${kind}`.trim();
  p.textContent = text;
  result.append(p);
}

function json(text, name) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputProblem('notJson', { name, message: String(error?.message ?? error) });
  }
}

/** `USD:EUR=0.9237[@2026-11]`, one a line, as `--fx` reads them. */
function fxOf(text) {
  return text
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Za-z]{3}):([A-Za-z]{3})=(\d+(?:\.\d+)?)(?:@(\d{4}-\d{2}))?$/.exec(line);
      if (match === null) throw new InputProblem('badFx', { value: line });
      const [, from, to, rate, month] = match;
      return { from: from.toUpperCase(), to: to.toUpperCase(), rate, ...(month ? { month } : {}) };
    });
}

/** One side's rows, numbered across its files as the command line numbers them. */
function observe(side, observeRow) {
  const sources =
    files[side].length > 0 ? files[side] : [{ name: `${side}.csv`, text: fields[side].value }];
  let row = 0;
  for (const source of sources) {
    if (source.text.trim() === '') continue;
    const rows = csvRows(source.text);
    if (rows === undefined) throw new InputProblem('notCsv', { name: source.name });
    for (const cells of rows) observeRow(cells, ++row);
  }
}

/** Reconciles what is given and shows each customer's month. */
function reconcileNow() {
  result.dataset.done = 'false';
  const given = (side) => files[side].length > 0 || fields[side].value.trim() !== '';
  if (!given('cost') || !given('billed') || fields.map.value.trim() === '') {
    showMessage(say('nothing'));
    result.dataset.done = 'true';
    return;
  }
  try {
    const map = json(fields.map.value, fields.map.dataset.name ?? 'map.json');
    const seats =
      fields.seats.value.trim() === ''
        ? undefined
        : json(fields.seats.value, fields.seats.dataset.name ?? 'seats.json');
    const floor = fields.floor.value.trim();
    const reconciler = createResaleReconciler({
      map,
      ...(seats === undefined ? {} : { seats }),
      options: {
        ...(floor === '' ? {} : { marginFloor: floor }),
        fx: fxOf(fields.fx.value),
        ...localeOptions(),
      },
    });
    observe('cost', reconciler.observeCost);
    observe('billed', reconciler.observeBilled);
    show(reconciler.finish());
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
  result.dataset.done = 'true';
}

const money = (amount) => formatMoney(amount, tag());

/** A bar of the customer-month: cost and margin as parts of the largest billed amount shown. */
function bar(month, largest) {
  const element = document.createElement('span');
  element.className = 'bar';
  element.setAttribute('role', 'img');
  element.setAttribute(
    'aria-label',
    `${say('colCost')} ${money(month.cost)}, ${say('colMargin')} ${money(month.margin)}`,
  );
  const part = (className, amount) => {
    const span = document.createElement('span');
    span.className = className;
    span.style.width = `${largest <= 0 ? 0 : (Math.max(amount, 0) / largest) * 100}%`;
    return span;
  };
  const negative = month.margin.amount < 0;
  element.append(
    part('cost', negative ? month.billed.amount : month.cost.amount),
    part(negative ? 'loss' : 'margin', Math.abs(month.margin.amount)),
  );
  return element;
}

function findingsList(findings) {
  const list = document.createElement('ul');
  list.className = 'findings';
  for (const f of findings) {
    const li = document.createElement('li');
    li.dataset.kind = f.kind;
    const head = document.createElement('strong');
    head.textContent = say('atStake', { amount: money(f.atStake) });
    const message = document.createElement('p');
    message.textContent = f.message;
    const remedy = document.createElement('p');
    remedy.className = 'remedy';
    remedy.textContent = `→ ${say(f.remedy.when)}: ${f.remedy.message}`;
    li.append(head, message, remedy);
    list.append(li);
  }
  return list;
}

function show(resale) {
  result.replaceChildren();
  const status = document.createElement('p');
  status.className = resale.findings.length === 0 ? 'all-good' : 'leaks';
  status.textContent =
    resale.findings.length === 0
      ? say('allGood')
      : say('leaks', {
          count: resale.findings.length,
          amounts: resale.summary.atStake.map(money).join('; '),
        });
  result.append(status);
  const largest = Math.max(
    0,
    ...resale.customers.map((c) => Math.max(c.billed.amount, c.cost.amount)),
  );
  const mine = (c) =>
    resale.findings.filter((f) => f.customerId === c.customerId && f.month === c.month);
  const element = table(
    resale.customers,
    [
      ['colCustomer', (c) => c.customerName],
      ['colMonth', (c) => c.month],
      ['colCost', (c) => money(c.cost)],
      ['colBilled', (c) => money(c.billed)],
      ['colMargin', (c) => money(c.margin)],
      ['colPercent', (c) => (c.marginPercent === null ? '—' : `${c.marginPercent} %`)],
      ['colBar', (c) => bar(c, largest)],
      [
        'colFindings',
        (c) => {
          const count = mine(c).length;
          if (count === 0) return say('noFindings');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'findings';
          button.textContent = say('findings', { count });
          button.setAttribute('aria-expanded', 'false');
          return button;
        },
      ],
    ],
    say,
  );
  element.id = 'margin-customers';
  const rows = [...element.tBodies[0].rows];
  resale.customers.forEach((c, i) => {
    const found = mine(c);
    if (found.length === 0) return;
    const detail = document.createElement('tr');
    detail.className = 'detail';
    detail.hidden = true;
    const td = detail.insertCell();
    td.colSpan = 8;
    td.append(findingsList(found));
    rows[i].after(detail);
    const button = rows[i].querySelector('button.findings');
    button.addEventListener('click', () => {
      detail.hidden = !detail.hidden;
      button.setAttribute('aria-expanded', String(!detail.hidden));
    });
  });
  result.append(element);
  const unmapped = resale.summary.billedUnmapped;
  if (unmapped.lines > 0) {
    const p = document.createElement('p');
    p.className = 'unmapped';
    p.textContent = say('unmapped', {
      lines: unmapped.lines,
      amounts: unmapped.amounts.map(money).join('; '),
    });
    result.append(p);
  }
  for (const [key, list] of [
    ['issues', resale.issues],
    ['notes', resale.notes],
  ]) {
    if (list.length === 0) continue;
    const h = document.createElement('h3');
    h.textContent = say(key);
    const ul = document.createElement('ul');
    ul.className = key;
    for (const item of list) {
      const li = document.createElement('li');
      const where =
        item.row !== undefined
          ? `${item.side} ${item.row}: `
          : item.side !== undefined
            ? `${item.side}: `
            : '';
      li.textContent = `${where}${item.message}`;
      ul.append(li);
    }
    result.append(h, ul);
  }
}

/** Files dropped or picked: a map (`billed` and `products`), seats (a list), the cost (a CSV with `ChargeType`), else billed. */
async function load(list, field) {
  try {
    for (const side of field === undefined
      ? ['cost', 'billed']
      : field === 'cost' || field === 'billed'
        ? [field]
        : [])
      files[side].length = 0;
    for (const file of list) {
      const text = await textOf(file);
      if (field === 'map' || field === 'seats') {
        fields[field].value = text;
        fields[field].dataset.name = file.name;
        continue;
      }
      if (field === undefined && /^\s*[[{]/.test(text)) {
        const value = json(text, file.name);
        const into = Array.isArray(value) ? fields.seats : fields.map;
        into.value = text;
        into.dataset.name = file.name;
        continue;
      }
      const header = text.slice(0, text.indexOf('\n') + 1 || text.length).toLowerCase();
      const side = field ?? (/chargetype|billablequantity/.test(header) ? 'cost' : 'billed');
      files[side].push({ name: file.name, text });
    }
    for (const side of ['cost', 'billed'])
      if (files[side].length > 0)
        fields[side].value = files[side].map((f) => `# ${f.name}`).join('\n');
    reconcileNow();
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

/** The rules' first worked month: Contoso, November 2026 (RSL-1 … RSL-7). */
const EXAMPLE = {
  cost: [
    'CustomerId,CustomerName,ProductId,SkuId,SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,BillableQuantity,Subtotal,Currency,TermAndBillingCycle',
    '6f1c0a52,Contoso,CFQ7TTC0LCHC,0002,S-BP,cycleCharge,2026-11-01,2026-11-30,12,264.00,USD,"Annual term, Monthly billing"',
    '6f1c0a52,Contoso,CFQ7TTC0LDPB,0001,S-BS,cycleCharge,2026-11-15,2026-12-14,10,125.00,USD,"Annual term, Monthly billing"',
    '6f1c0a52,Contoso,CFQ7TTC0LDPB,0001,S-BS,addQuantity,2026-11-20,2026-12-14,5,52.00,USD,"Annual term, Monthly billing"',
    '6f1c0a52,Contoso,CFQ7TTC0LH16,0001,S-EXO1,cycleCharge,2026-11-01,2026-11-30,20,80.00,USD,"Annual term, Monthly billing"',
    '6f1c0a52,Contoso,CFQ7TTC0LH16,0001,S-EXO2,cycleCharge,2026-11-01,2026-11-30,3,14.40,USD,1 Month Subscription',
    '6f1c0a52,Contoso,CFQ7TTC0LFLX,0001,S-ENTRA,cycleCharge,2026-11-01,2027-10-31,10,720.00,USD,"Annual term, Annual billing"',
  ].join('\n'),
  billed: [
    'Client,Code,Qty,Net,From,To',
    'Contoso,BP-Y-M,10,260.00,2026-11-01,2026-11-30',
    'Contoso,BS-Y-M,10,150.00,2026-11-01,2026-11-30',
    'Contoso,BS-Y-M,5,27.50,2026-11-20,2026-11-30',
    'Contoso,EXO-Y-M,20,100.00,2026-11-01,2026-11-30',
    'Contoso,EXO-M,3,18.00,2026-11-01,2026-11-30',
    'Contoso,ENTRA-Y-M,10,70.00,2026-11-01,2026-11-30',
    'Contoso,VISIO-Y-M,2,36.00,2026-11-01,2026-11-30',
    'Contoso,LABOUR,4,360.00,2026-11-01,2026-11-30',
  ].join('\n'),
  map: {
    billed: {
      customer: 'Client',
      product: 'Code',
      quantity: 'Qty',
      amount: 'Net',
      periodStart: 'From',
      periodEnd: 'To',
      defaultCurrency: 'USD',
    },
    products: [
      {
        code: 'BP-Y-M',
        productId: 'CFQ7TTC0LCHC',
        skuId: '0002',
        term: 'P1Y',
        billing: 'monthly',
        graphSkuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
      },
      { code: 'BS-Y-M', productId: 'CFQ7TTC0LDPB', skuId: '0001', term: 'P1Y', billing: 'monthly' },
      {
        code: 'EXO-Y-M',
        productId: 'CFQ7TTC0LH16',
        skuId: '0001',
        term: 'P1Y',
        billing: 'monthly',
      },
      { code: 'EXO-M', productId: 'CFQ7TTC0LH16', skuId: '0001', term: 'P1M', billing: 'monthly' },
      {
        code: 'ENTRA-Y-M',
        productId: 'CFQ7TTC0LFLX',
        skuId: '0001',
        term: 'P1Y',
        billing: 'monthly',
      },
      {
        code: 'VISIO-Y-M',
        productId: 'CFQ7TTC0HD33',
        skuId: '0002',
        term: 'P1Y',
        billing: 'monthly',
      },
    ],
  },
  seats: [
    {
      customerId: '6f1c0a52',
      value: [
        {
          skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
          consumedUnits: 9,
          prepaidUnits: { enabled: 12 },
        },
      ],
    },
  ],
};

function loadExample() {
  files.cost.length = 0;
  files.billed.length = 0;
  files.cost.push({ name: 'recon-2026-11.csv', text: EXAMPLE.cost });
  files.billed.push({ name: 'psa-2026-11.csv', text: EXAMPLE.billed });
  fields.cost.value = '# recon-2026-11.csv';
  fields.billed.value = '# psa-2026-11.csv';
  fields.map.value = JSON.stringify(EXAMPLE.map, null, 2);
  fields.map.dataset.name = 'map.json';
  fields.seats.value = JSON.stringify(EXAMPLE.seats);
  fields.seats.dataset.name = 'seats.json';
  fields.floor.value = '10';
  reconcileNow();
}

for (const key of ['cost', 'billed', 'map', 'seats'])
  view.querySelector(`#margin-${key}`).addEventListener('change', (event) => {
    if (event.target.files.length > 0) load([...event.target.files], key);
  });
for (const side of ['cost', 'billed'])
  fields[side].addEventListener('input', () => {
    files[side].length = 0;
  });
for (const key of ['map', 'seats'])
  fields[key].addEventListener('input', () => {
    delete fields[key].dataset.name;
  });
view.querySelector('#margin-example').addEventListener('click', loadExample);
view.querySelector('#margin-run').addEventListener('click', reconcileNow);
const drop = view.querySelector('#margin-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer?.files.length > 0) load([...event.dataTransfer.files]);
});
picker.addEventListener('change', () => {
  renderLabels();
  reconcileNow();
});
renderLabels();
reconcileNow();
