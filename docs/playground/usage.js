// The Usage tab (USG-1 … USG-5): the daily rated usage files read a piece at a time and fed line
// by line to the library's own `createUsageReconciler` — what `subscription-rules usage` runs —
// with nothing uploaded. Each Azure subscription's month is a strip of days per meter (PEC earned,
// lost, excluded, credit, no usage) with the money at stake; then the findings with their
// remedies, the days against the invoice's usage lines when that file is given, and the rows not
// read, each named by its file, row and column.
import { createUsageReconciler, readUsageLine } from '../../dist/usage.js';
import { InputProblem, textOf } from './fileTab.js';
import { localeOptions } from './locale.js';
import { createDays } from './usageDays.js';
import { usageExample } from './usageExample.js';
import { usageLabel } from './usageLabels.js';
import { headerOf, recordsOf } from './usageRead.js';
import { usageView } from './usageView.js';

const view = document.querySelector('#usage-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#usage-result');
const rate = view.querySelector('#usage-rate');

const tag = () => picker.value;
const say = (key, params) => usageLabel(tag(), key, params);

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
    result.replaceChildren(
      usageView(reconciler.finish(recon), days, sources, given.invoice?.name ?? '', tag()),
    );
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
