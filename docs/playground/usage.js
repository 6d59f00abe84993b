// The Usage tab (USG-1 … USG-5): the daily rated usage files read a piece at a time and fed line
// by line to the library's own `createUsageReconciler` — what `subscription-rules usage` runs —
// with nothing uploaded. Each Azure subscription's month is a strip of days per meter (PEC earned,
// lost, excluded, credit, no usage) with the money at stake; then the findings with their
// remedies, the days against the invoice's usage lines when that file is given, and the rows not
// read, each named by its file, row and column. The Azure price list (picked, dropped or pasted)
// goes to the library as its `prices`: its Tags exclude Third Party meters, its EarnedCredit
// column gives the PEC rate.
import { formatMessage, isRuleError } from '../../dist/index.js';
import { createUsageReconciler, readUsageLine } from '../../dist/usage.js';
import { csvRows, InputProblem, textOf } from './fileTab.js';
import { localeOptions } from './locale.js';
import { createDays } from './usageDays.js';
import { usageExample } from './usageExample.js';
import { usageLabel } from './usageLabels.js';
import { pricesByMeter } from './usageMoney.js';
import { headerOf, recordsOf } from './usageRead.js';
import { usageView } from './usageView.js';

const view = document.querySelector('#usage-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#usage-result');
const rate = view.querySelector('#usage-rate');
const pricesField = view.querySelector('#usage-prices-text');

const routedList = view.querySelector('#usage-routed');

const tag = () => picker.value;
const say = (key, params) => usageLabel(tag(), key, params);

/** The files given: the usage files, and the invoice reconciliation file or `null`. */
const given = { usage: [], invoice: null };
/** The run whose answer is shown: a newer run makes an older one's answer stale. */
let runs = 0;
/** The files picked as usage that their header told to be another file: `[label, name]`. */
let routed = [];

/** Says, in the page's language, which files picked as usage were read as another file. */
function showRouted() {
  routedList.replaceChildren(
    ...routed.map(([key, name]) => {
      const li = document.createElement('li');
      li.textContent = say(key, { name });
      return li;
    }),
  );
  routedList.hidden = routed.length === 0;
}

function renderLabels() {
  showRouted();
  for (const element of view.querySelectorAll('[data-label]'))
    element.textContent = say(element.dataset.label);
  for (const element of view.querySelectorAll('[data-label-aria]')) {
    element.setAttribute('aria-label', say(element.dataset.labelAria));
    element.placeholder = say('paste');
  }
}

function showMessage(text, kind = '') {
  result.removeAttribute('aria-busy');
  result.replaceChildren();
  const p = document.createElement('p');
  p.className = `message ${kind}`.trim();
  p.textContent = text;
  result.append(p);
}

/** The invoice reconciliation file's rows, keyed by its header. */
async function invoiceRows(file) {
  const rows = csvRows(await textOf(file));
  if (rows === undefined) throw new InputProblem('notCsv', { name: file.name });
  return rows;
}

/** The price list's rows as its field holds them; `undefined` when the field is empty. */
function priceRows() {
  if (pricesField.value.trim() === '') return undefined;
  const rows = csvRows(pricesField.value);
  if (rows === undefined)
    throw new InputProblem('pricesNotCsv', { name: pricesField.dataset.name || say('pasted') });
  return rows;
}

/**
 * The tab's reconciler, the price list's cell the library refuses (`options.prices.2.Tags`) said
 * as the user sees it: the list's name, its sheet row and its column.
 */
function reconcilerOf(options) {
  try {
    return createUsageReconciler(options);
  } catch (error) {
    const at = isRuleError(error) ? /^options\.prices\.(\d+)\.(.+)$/.exec(error.path ?? '') : null;
    if (at === null) throw error;
    throw new InputProblem('pricesRow', {
      name: pricesField.dataset.name || say('pasted'),
      row: Number(at[1]) + 2,
      column: at[2],
      message: formatMessage(error, localeOptions().locale).replace(
        /^options\.prices\.\d+\.[^:]*: ?/,
        '',
      ),
    });
  }
}

/**
 * The result shown is the last run's until the next run's replaces it: marked stale and busy, so
 * neither a reader nor a screen reader takes it for the new run's.
 */
function markStale() {
  result.setAttribute('aria-busy', 'true');
  for (const shown of result.querySelectorAll('[data-done]')) shown.dataset.done = 'stale';
}

/** Reads the files, line by line, and shows what the rules find. */
async function run() {
  const mine = ++runs;
  markStale();
  if (given.usage.length === 0) {
    showMessage(say('nothing'));
    return;
  }
  try {
    const pec = rate.value.trim();
    if (pec !== '' && (!/^\d{1,3}(\.\d+)?$/.test(pec) || Number(pec) > 100))
      throw new InputProblem('badRate', { value: pec });
    const prices = priceRows();
    const rated = pec === '' ? {} : { pecRate: pec };
    const reconciler = reconcilerOf({
      ...localeOptions(),
      ...rated,
      ...(prices === undefined ? {} : { prices }),
    });
    const days = createDays(rated, pricesByMeter(prices));
    const sources = [];
    let row = 0;
    for (const file of given.usage) {
      sources.push({ name: file.name, first: row + 1 });
      for await (const record of recordsOf(file)) {
        row++;
        const read = readUsageLine(record, row);
        reconciler.observe(read);
        if (read.ok) days.observe(read);
        if (row % 100000 === 0) {
          if (mine !== runs) return;
          showMessage(say('reading', { name: file.name, count: row }));
        }
      }
    }
    const recon = given.invoice === null ? null : await invoiceRows(given.invoice);
    if (mine !== runs) return;
    result.replaceChildren(
      usageView(reconciler.finish(recon), days, sources, given.invoice?.name ?? '', tag()),
    );
    result.removeAttribute('aria-busy');
  } catch (error) {
    if (mine !== runs) return;
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

function loadExample() {
  routed = [];
  showRouted();
  const { usage, invoice } = usageExample();
  given.usage = [new File([usage], 'usage-2026-11.csv', { type: 'text/csv' })];
  given.invoice = new File([invoice], 'G000000001.csv', { type: 'text/csv' });
  run();
}

/**
 * Files given together, told by their header (the drop and the usage files' picker alike): without
 * UsageDate, one with Subtotal is the invoice reconciliation file and one with MeterId or Tags the
 * price list, each put where it belongs; the others are usage, returned. Each file put elsewhere is
 * listed with the label that says so.
 */
async function sortFiles(list) {
  const usage = [];
  const elsewhere = [];
  for (const file of list) {
    const header = await headerOf(file).catch(() => '');
    const daily = /\bUsageDate\b/i.test(header);
    if (!daily && /\bSubtotal\b/i.test(header)) {
      given.invoice = file;
      elsewhere.push(['routedInvoice', file.name]);
    } else if (!daily && /\b(MeterId|Tags)\b/i.test(header)) {
      pricesField.value = await textOf(file);
      pricesField.dataset.name = file.name;
      elsewhere.push(['routedPrices', file.name]);
    } else usage.push(file);
  }
  return { usage, elsewhere };
}

/**
 * Files given, sorted by their header and checked: the usage among them replace the usage files
 * given before (none among them keeps those). Picked as usage files, a file read as another is
 * said under the inputs (`tell`); dropped, where each lands is the drop's own promise.
 */
async function giveFiles(list, tell) {
  if (list.length === 0) return;
  markStale();
  let sorted;
  try {
    sorted = await sortFiles(list);
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else throw error;
    return;
  }
  routed = tell ? sorted.elsewhere : [];
  showRouted();
  if (sorted.usage.length > 0) given.usage = sorted.usage;
  run();
}

// the usage files' picker tells a file by its header as the drop does: an invoice reconciliation
// file or a price list picked there is read as what it is, and the page says so
view.querySelector('#usage-files').addEventListener('change', (event) => {
  giveFiles([...event.target.files], true);
});
view.querySelector('#usage-invoice').addEventListener('change', (event) => {
  given.invoice = event.target.files[0] ?? null;
  if (given.usage.length > 0) run();
});
view.querySelector('#usage-prices').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file === undefined) return;
  try {
    pricesField.value = await textOf(file);
    pricesField.dataset.name = file.name;
    if (given.usage.length > 0) run();
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else throw error;
  }
});
pricesField.addEventListener('input', () => {
  delete pricesField.dataset.name;
});
view.querySelector('#usage-example').addEventListener('click', loadExample);
view.querySelector('#usage-run').addEventListener('click', run);
const drop = view.querySelector('#usage-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
// dropped files, told by their header as the picker tells them (sortFiles)
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  giveFiles([...(event.dataTransfer?.files ?? [])], false);
});
picker.addEventListener('change', () => {
  renderLabels();
  run();
});
renderLabels();
run();
