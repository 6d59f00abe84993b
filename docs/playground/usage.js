// The Usage tab (USG-1 … USG-5): the daily rated usage files read a piece at a time and fed line
// by line to the library's own `createUsageReconciler` — what `subscription-rules usage` runs —
// with nothing uploaded. Each Azure subscription's month is a strip of days per meter (PEC earned,
// lost, excluded, credit, no usage) with the money at stake; then the findings with their
// remedies, the days against the invoice's usage lines when that file is given, and the rows not
// read, each named by its file, row and column.
import { formatMoney } from '../../dist/index.js';
import { createUsageReconciler, readUsageLine } from '../../dist/usage.js';
import { InputProblem, table, textOf } from './fileTab.js';
import { localeOptions } from './locale.js';
import { createDays, stripsOf } from './usageDays.js';
import { usageExample } from './usageExample.js';
import { usageLabel } from './usageLabels.js';
import { headerOf, recordsOf } from './usageRead.js';
import { legend, monthText, strip } from './usageStrip.js';

const view = document.querySelector('#usage-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#usage-result');
const rate = view.querySelector('#usage-rate');

const tag = () => picker.value;
const say = (key, params) => usageLabel(tag(), key, params);
const money = (amount) => formatMoney(amount, tag());

/** The files given: the usage files, and the invoice reconciliation file or `null`. */
const given = { usage: [], invoice: null };
/** The run whose answer is shown: a newer run makes an older one's answer stale. */
let runs = 0;

function renderLabels() {
  for (const element of view.querySelectorAll('[data-label]'))
    element.textContent = say(element.dataset.label);
}

function showMessage(text, kind = '') {
  result.replaceChildren();
  const p = document.createElement('p');
  p.className = `message ${kind}`.trim();
  p.textContent = text;
  result.append(p);
}

/** A heading and a list of `items`, each an element or text; nothing when there are none. */
function section(key, id, items) {
  if (items.length === 0) return [];
  const h = document.createElement('h3');
  h.textContent = say(key);
  const list = document.createElement('ul');
  list.id = id;
  for (const item of items) {
    if (item instanceof HTMLLIElement) list.append(item);
    else {
      const li = document.createElement('li');
      li.append(item);
      list.append(li);
    }
  }
  return [h, list];
}

/** Sums of Money by currency, each formatted; `noneAtStake` when there are none. */
function sums(amounts) {
  const by = new Map();
  for (const m of amounts) by.set(m.currency, (by.get(m.currency) ?? 0) + m.amount);
  if (by.size === 0) return say('noneAtStake');
  return [...by].map(([currency, amount]) => money({ amount, currency })).join(', ');
}

/** A finding: its sentence, then who acts and what to do. */
function finding(f) {
  const li = document.createElement('li');
  const who = document.createElement('strong');
  who.textContent = say(f.remedy.when === 'now' ? 'remedyNow' : 'remedyNever');
  li.append(
    f.message,
    document.createElement('br'),
    who,
    say('remedy', { remedy: f.remedy.message }),
  );
  return li;
}

/** A month of meters: each row the meter, its days lost and money at stake, then its strip. */
function month(meters, month) {
  const heading = (key) =>
    key === 'colDays' ? say(key, { month: monthText(month, tag()) }) : say(key);
  const element = table(
    meters,
    [
      ['colMeter', (m) => m.label],
      ['colDays', (m) => strip(m.cells, `${m.label}, ${monthText(m.month, tag())}`, tag(), say)],
    ],
    heading,
  );
  element.className = 'strips';
  [...element.tBodies[0].rows].forEach((row, i) => {
    const meter = meters[i];
    row.dataset.meter = meter.meter;
    const lost = meter.cells.filter((c) => c.state === 'lost').length;
    const stake = document.createElement('p');
    stake.append(`${say('colAtStake')}: `);
    const amount = document.createElement('span');
    amount.className = 'at-stake';
    amount.textContent = sums(meter.atStake);
    stake.append(amount);
    row.cells[0].append(stake);
    if (lost > 0) {
      const p = document.createElement('p');
      p.className = 'lost-days';
      p.textContent = say('daysLost', { count: lost });
      row.cells[0].append(p);
    }
  });
  return element;
}

/** One Azure subscription: a table of its meters' strips per month, then its PEC findings. */
function subscription(entry) {
  const element = document.createElement('section');
  element.className = 'azure';
  element.dataset.entitlement = entry.entitlementId;
  const h = document.createElement('h3');
  const customer = entry.customerName ?? entry.customerId;
  h.textContent = [
    say('subscription', { entitlement: entry.entitlementId }),
    customer === null ? '' : say('customer', { customer }),
  ]
    .filter((t) => t !== '')
    .join(' · ');
  element.append(h);
  const months = [...new Set(entry.meters.map((m) => m.month))].sort();
  for (const m of months)
    element.append(
      month(
        entry.meters.filter((x) => x.month === m),
        m,
      ),
    );
  if (entry.findings.length > 0) {
    const list = document.createElement('ul');
    list.className = 'findings';
    list.append(...entry.findings.map(finding));
    element.append(list);
  }
  return element;
}

/** The days against the invoice (USG-4): each match with its rounding and band. */
function matches(found) {
  if (found.matched.length === 0) return [];
  const h = document.createElement('h3');
  h.textContent = say('invoiceTitle');
  const signed = (m) => (m.amount > 0 ? `+${money(m)}` : money(m));
  const element = table(
    found.matched,
    [
      ['colInvoice', (m) => m.invoiceNumber ?? ''],
      ['colProduct', (m) => `${m.productId} / ${m.skuId}`],
      ['colPrice', (m) => m.effectiveUnitPrice ?? ''],
      ['colDaily', (m) => money(m.daily)],
      ['colBilled', (m) => money(m.billed)],
      ['colRounding', (m) => signed(m.rounding)],
      ['colWhy', (m) => m.message],
    ],
    say,
  );
  element.id = 'usage-matches';
  return [h, element];
}

/** The file and row of a usage row numbered across the files, as the command line numbers them. */
function whereOf(issue, sources) {
  if (issue.file === 'invoice') return { file: given.invoice?.name ?? '', row: issue.row };
  const source = sources.findLast((s) => s.first <= issue.row) ?? sources[0];
  return { file: source.name, row: issue.row - source.first + 1 };
}

function show(found, days, sources) {
  const done = document.createElement('div');
  done.dataset.done = 'true';
  const { summary } = found;
  const counts = document.createElement('p');
  counts.textContent = say('counts', {
    lines: summary.lines,
    days: summary.days,
    entitlements: summary.entitlements,
    lost: summary.pecDaysLost,
  });
  done.append(counts, legend(say));
  for (const entry of stripsOf(days, found)) done.append(subscription(entry));
  const currencies = new Set(
    [...found.atStake.map((a) => a.amount), ...summary.pecLost, ...summary.creditUsed].map(
      (m) => m.currency,
    ),
  );
  const of = (list, currency) =>
    money(list.find((m) => m.currency === currency) ?? { amount: 0, currency });
  done.append(
    ...section(
      'totals',
      'usage-totals',
      [...currencies].sort().map((currency) =>
        say('totalLine', {
          currency,
          atStake: of(
            found.atStake.map((a) => a.amount),
            currency,
          ),
          pecLost: of(summary.pecLost, currency),
          credit: of(summary.creditUsed, currency),
        }),
      ),
    ),
    ...matches(found),
    ...section(
      'findings',
      'usage-findings',
      [...found.different, ...found.missing, ...found.unexpected].map(finding),
    ),
    ...section(
      'notes',
      'usage-notes',
      found.notes.map((n) => n.message),
    ),
    ...section('notChecked', 'usage-not-checked', summary.notChecked),
    ...section(
      'issues',
      'usage-issues',
      found.issues.map((issue) =>
        say('issue', { ...whereOf(issue, sources), column: issue.column, message: issue.message }),
      ),
    ),
  );
  if (summary.otherColumns.length > 0) {
    const p = document.createElement('p');
    p.id = 'usage-other-columns';
    p.textContent = say('otherColumns', { columns: summary.otherColumns.join(', ') });
    done.append(p);
  }
  result.replaceChildren(done);
}

/** The invoice reconciliation file's rows, keyed by its header. */
async function invoiceRows(file) {
  const parsed = window.Papa.parse(await textOf(file), { header: true, skipEmptyLines: 'greedy' });
  if ((parsed.meta.fields ?? []).length < 2) throw new InputProblem('notCsv', { name: file.name });
  return parsed.data;
}

/** Reads the files, line by line, and shows what the rules find. */
async function run() {
  const mine = ++runs;
  if (given.usage.length === 0) {
    showMessage(say('nothing'));
    return;
  }
  try {
    const pec = rate.value.trim();
    if (pec !== '' && (!/^\d{1,3}(\.\d+)?$/.test(pec) || Number(pec) > 100))
      throw new InputProblem('badRate', { value: pec });
    const reconciler = createUsageReconciler({
      ...localeOptions(),
      ...(pec === '' ? {} : { pecRate: pec }),
    });
    const days = createDays();
    const sources = [];
    let row = 0;
    for (const file of given.usage) {
      sources.push({ name: file.name, first: row + 1 });
      for await (const record of recordsOf(file)) {
        row++;
        const read = readUsageLine(record, row);
        reconciler.observe(read);
        if (read.ok) days.observe(read.line);
        if (row % 100000 === 0) {
          if (mine !== runs) return;
          showMessage(say('reading', { name: file.name, count: row }));
        }
      }
    }
    const recon = given.invoice === null ? null : await invoiceRows(given.invoice);
    if (mine !== runs) return;
    show(reconciler.finish(recon), days, sources);
  } catch (error) {
    if (mine !== runs) return;
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

function loadExample() {
  const { usage, invoice } = usageExample();
  given.usage = [new File([usage], 'usage-2026-11.csv', { type: 'text/csv' })];
  given.invoice = new File([invoice], 'G000000001.csv', { type: 'text/csv' });
  run();
}

view.querySelector('#usage-files').addEventListener('change', (event) => {
  given.usage = [...event.target.files];
  run();
});
view.querySelector('#usage-invoice').addEventListener('change', (event) => {
  given.invoice = event.target.files[0] ?? null;
  if (given.usage.length > 0) run();
});
view.querySelector('#usage-example').addEventListener('click', loadExample);
view.querySelector('#usage-run').addEventListener('click', run);
const drop = view.querySelector('#usage-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
// dropped files: one whose header has Subtotal and no UsageDate is the invoice file, the others usage
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const list = [...(event.dataTransfer?.files ?? [])];
  if (list.length === 0) return;
  const usage = [];
  for (const file of list) {
    const header = await headerOf(file).catch(() => '');
    if (/\bSubtotal\b/i.test(header) && !/\bUsageDate\b/i.test(header)) given.invoice = file;
    else usage.push(file);
  }
  given.usage = usage;
  run();
});
picker.addEventListener('change', () => {
  renderLabels();
  run();
});
renderLabels();
run();
