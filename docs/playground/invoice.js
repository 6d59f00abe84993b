// The invoice view (INV-1 … INV-3): Partner Center's Invoice resources and the reconciliation
// files, tied out in the page by the library's own `parseInvoice` and `createTieOut` — what
// `subscription-rules tie-out` runs — with nothing uploaded: one row per invoice and currency,
// the lines behind each a click away. CSV text is parsed by papaparse's browser build
// (`window.Papa`, loaded by the page), as the command line parses it.
import { formatMoney } from '../../dist/index.js';
import { parseInvoice } from '../../dist/schemas.js';
import { createTieOut } from '../../dist/usage.js';
import { InputProblem, table, textOf } from './fileTab.js';
import { invoiceLabel } from './invoiceLabels.js';
import { localeOptions } from './locale.js';

const view = document.querySelector('#invoice-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#invoice-result');
const fields = {
  invoices: view.querySelector('#invoice-invoices-text'),
  files: view.querySelector('#invoice-files-text'),
};

const tag = () => picker.value;
const say = (key, params) => invoiceLabel(tag(), key, params);

/** Every element of the view with `data-label` (text) or `data-label-aria` (its accessible name). */
function renderLabels() {
  for (const element of view.querySelectorAll('[data-label]'))
    element.textContent = say(element.dataset.label);
  for (const element of view.querySelectorAll('[data-label-aria]')) {
    element.setAttribute('aria-label', say(element.dataset.labelAria));
    element.placeholder = say('paste');
  }
}

/** An amount of the tie-out: `Money` formatted by `formatMoney`, an `exact` decimal as written. */
function amountText(amount) {
  if (amount === undefined) return say('none');
  if (amount.exact !== undefined) return `${amount.exact} ${amount.currency}`;
  return formatMoney(amount, tag());
}

/** The reconciliation files given: each `{ name, text }`, pasted text as one file. */
const files = [];

/** CSV text as rows keyed by its header. */
function csvRows(text, name) {
  const parsed = window.Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
  if ((parsed.meta.fields ?? []).length < 2) throw new InputProblem('notCsv', { name });
  return parsed.data;
}

function showMessage(text, kind = '') {
  result.replaceChildren();
  const p = document.createElement('p');
  p.className = `message ${kind}`.trim();
  p.textContent = text;
  result.append(p);
}

/** Ties the invoices out against the files' rows and shows the results. */
function tieOutNow() {
  const sources = files.length > 0 ? files : [{ name: 'pasted.csv', text: fields.files.value }];
  if (fields.invoices.value.trim() === '' || sources.every((f) => f.text.trim() === '')) {
    showMessage(say('nothing'));
    return;
  }
  try {
    const read = parseInvoice(fields.invoices.value);
    if (!read.ok) {
      const [issue] = read.issues;
      throw new InputProblem('notJson', {
        name: fields.invoices.dataset.name ?? 'invoices',
        message: `${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`,
      });
    }
    // every row numbered after the rows of the files before it, as the command line does
    const lines = [];
    const tie = createTieOut();
    for (const source of sources) {
      if (source.text.trim() === '') continue;
      const own = createTieOut();
      csvRows(source.text, source.name).forEach((row, i) => {
        lines.push({ file: source.name, row: i + 1, cells: row });
        own.observe(row, lines.length);
      });
      tie.merge(own);
    }
    show(tie.finish(read.value, localeOptions()), lines);
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

/** The lines behind a result, as a table of the file's own cells. */
function linesTable(rows, lines) {
  const cell = (name) => (line) => line.cells[name] ?? '';
  return table(
    rows.map((n) => lines[n - 1]),
    [
      ['colFile', (line) => line.file],
      ['colRow', (line) => line.row],
      ['colChargeType', cell('ChargeType')],
      ['colSubtotal', cell('Subtotal')],
      ['colTax', cell('TaxTotal')],
      ['colTotal', cell('Total')],
    ],
    say,
  );
}

function show(tied, lines) {
  result.replaceChildren();
  const status = document.createElement('p');
  status.className = tied.summary.tied ? 'all-tied' : 'not-tied';
  status.textContent = say(tied.summary.tied ? 'allTied' : 'notTied');
  result.append(status);
  const element = table(
    tied.results,
    [
      ['colInvoice', (r) => r.invoiceNumber],
      ['colCurrency', (r) => r.currency],
      [
        'colSum',
        (r) => {
          if (r.rows.length === 0) return amountText(r.total);
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'lines';
          button.textContent = amountText(r.total);
          button.title = say('showLines', { count: r.rows.length, invoice: r.invoiceNumber });
          button.setAttribute('aria-expanded', 'false');
          return button;
        },
      ],
      ['colInvoiceTotal', (r) => amountText(r.invoiceTotal)],
      ['colResidual', (r) => amountText(r.residual)],
      ['colOutcome', (r) => say(r.outcome)],
    ],
    say,
  );
  element.id = 'invoice-results';
  // under each result: its sentence, and the lines behind its figures, shown on a click
  const rows = [...element.tBodies[0].rows];
  tied.results.forEach((r, i) => {
    const detail = document.createElement('tr');
    detail.className = 'detail';
    const td = detail.insertCell();
    td.colSpan = 6;
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = r.message;
    td.append(message);
    const behind = linesTable(r.rows, lines);
    behind.className = 'behind';
    behind.hidden = true;
    td.append(behind);
    rows[i].after(detail);
    const button = rows[i].querySelector('button.lines');
    button?.addEventListener('click', () => {
      behind.hidden = !behind.hidden;
      button.setAttribute('aria-expanded', String(!behind.hidden));
    });
  });
  result.append(element);
  if (tied.issues.length > 0) {
    const h = document.createElement('h3');
    h.textContent = say('issues');
    const list = document.createElement('ul');
    list.className = 'issues';
    for (const issue of tied.issues) {
      const line = lines[issue.row - 1];
      const li = document.createElement('li');
      li.textContent = `${line?.file ?? ''}:${line?.row ?? issue.row} ${issue.column}: ${issue.message}`;
      list.append(li);
    }
    result.append(h, list);
  }
  const h = document.createElement('h3');
  h.textContent = say('perCurrency');
  const list = document.createElement('ul');
  list.className = 'per-currency';
  for (const c of tied.summary.currencies) {
    const li = document.createElement('li');
    li.textContent = say('currencyLine', {
      currency: c.currency,
      count: c.results,
      total: amountText(c.total),
      invoiceTotal: amountText(c.invoiceTotal),
    });
    list.append(li);
  }
  result.append(h, list);
}

/** Files dropped or picked: JSON are invoices, the others reconciliation files. */
async function load(list, field) {
  try {
    const invoices = [];
    for (const file of list) {
      const text = await textOf(file);
      if (
        field === 'invoices' ||
        (field === undefined && /\.(json|jsonl|ndjson)$/i.test(file.name))
      )
        invoices.push({ name: file.name, text });
      else files.push({ name: file.name, text });
    }
    if (invoices.length > 0) {
      fields.invoices.value = invoices.map((f) => f.text.trim()).join('\n');
      fields.invoices.dataset.name = invoices.map((f) => f.name).join(', ');
    }
    if (files.length > 0) fields.files.value = files.map((f) => `# ${f.name}`).join('\n');
    tieOutNow();
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

/** INV-2's worked invoices: G000024135 with a credit note, and yen lines printed with a decimal. */
const EXAMPLE = {
  invoices: [
    '{"id":"G000024135","invoiceDate":"2026-11-08T00:00:00Z","totalCharges":2075.89,"currencyCode":"USD","documentType":"invoice"}',
    '{"id":"G000000777","invoiceDate":"2026-11-20T00:00:00Z","totalCharges":-50.00,"currencyCode":"USD","documentType":"Credit Note","amendsOf":"G000024135"}',
    '{"id":"G000000001","invoiceDate":"2026-11-08T00:00:00Z","totalCharges":897,"currencyCode":"JPY","documentType":"invoice"}',
  ].join('\n'),
  usd: [
    'InvoiceNumber,ChargeType,Subtotal,TaxTotal,Total,Currency',
    'G000024135,cycleCharge,1200.00,96.00,1296.00,USD',
    'G000024135,usage,700.12,56.01,756.13,USD',
    'G000024135,cancelImmediate,-30.00,-2.40,-32.40,USD',
    'G000024135,new,52.00,4.16,56.16,USD',
  ].join('\n'),
  jpy: [
    'InvoiceNumber,ChargeType,Subtotal,TaxTotal,Total,Currency',
    'G000000001,usage,200.4,0,200.4,JPY',
    'G000000001,usage,300.4,0,300.4,JPY',
    'G000000001,usage,400.4,0,400.4,JPY',
  ].join('\n'),
};

function loadExample() {
  fields.invoices.value = EXAMPLE.invoices;
  fields.invoices.dataset.name = 'invoices.jsonl';
  files.length = 0;
  files.push(
    { name: 'G000024135.csv', text: EXAMPLE.usd },
    { name: 'G000000001.csv', text: EXAMPLE.jpy },
  );
  fields.files.value = files.map((f) => `# ${f.name}`).join('\n');
  tieOutNow();
}

view.querySelector('#invoice-invoices').addEventListener('change', (event) => {
  if (event.target.files.length > 0) load([...event.target.files], 'invoices');
});
view.querySelector('#invoice-files').addEventListener('change', (event) => {
  files.length = 0;
  if (event.target.files.length > 0) load([...event.target.files], 'files');
});
fields.invoices.addEventListener('input', () => {
  delete fields.invoices.dataset.name;
});
// text typed or pasted over the files' names replaces them
fields.files.addEventListener('input', () => {
  files.length = 0;
});
view.querySelector('#invoice-example').addEventListener('click', loadExample);
view.querySelector('#invoice-run').addEventListener('click', tieOutNow);
const drop = view.querySelector('#invoice-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer?.files.length > 0) {
    files.length = 0;
    load([...event.dataTransfer.files]);
  }
});
picker.addEventListener('change', () => {
  renderLabels();
  tieOutNow();
});
renderLabels();
tieOutNow();
