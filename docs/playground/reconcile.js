// The reconciliation view (REC-2, REC-3, REC-5, REC-6): a New Commerce reconciliation file, the
// subscriptions' Partner Center resources and, optionally, a price list and promotions (PL-5),
// read at the billing month and compared in the page by the library's own
// `reconcileSubscriptions` — the replay `subscription-rules reconcile` runs — with nothing
// uploaded. CSV text is parsed by papaparse's browser build (the page loads it as a
// classic script: `window.Papa`), as the command line parses it.
import { formatMessage, formatMoney, money } from '../../dist/index.js';
import * as newCommerce from '../../dist/new-commerce.js';
import { findingsCsv, reconcileSubscriptions } from '../../dist/reconciliation.js';
import { csvRows, InputProblem, table, textOf } from './fileTab.js';
import { localeOptions } from './locale.js';
import { tableColumns } from './reconcileColumns.js';
import { label } from './reconcileLabels.js';
import { holdsPromotions, promotionsOf } from './reconcilePromotions.js';
import { termRows } from './reconcileTerms.js';

const view = document.querySelector('#reconcile-view');
const picker = document.querySelector('#locale');
const result = view.querySelector('#reconcile-result');
const fields = {
  file: view.querySelector('#reconcile-file-text'),
  resources: view.querySelector('#reconcile-resources-text'),
  prices: view.querySelector('#reconcile-prices-text'),
  promotions: view.querySelector('#reconcile-promotions-text'),
};
const periodField = view.querySelector('#reconcile-period');

const tag = () => picker.value;
const say = (key, params) => label(tag(), key, params);
const count = (n) => new Intl.NumberFormat(tag()).format(n);

/** Every element of the view with `data-label` (text) or `data-label-aria` (its accessible name). */
function renderLabels() {
  for (const element of view.querySelectorAll('[data-label]'))
    element.textContent = say(element.dataset.label);
  for (const element of view.querySelectorAll('[data-label-aria]')) {
    element.setAttribute('aria-label', say(element.dataset.labelAria));
    element.placeholder = say('paste');
  }
}

/** An amount the library gives as decimal text, formatted by `formatMoney` (raw when it cannot). */
function amountText(text, currency) {
  try {
    return formatMoney(money(text, currency), tag());
  } catch {
    return `${text} ${currency ?? ''}`.trim();
  }
}

/**
 * The resources of one JSON text: an array, `{ value: [...] }`, Partner Center's collection
 * `{ totalCount, items: [...] }`, or one.
 */
function resourcesOf(text, name) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputProblem('notJson', { name });
  }
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value.value)) return value.value;
    if (Array.isArray(value.items)) return value.items;
    if (typeof value.id === 'string') return [value];
  }
  throw new InputProblem('notResources', { name });
}

/** A customer as the summary names it: its name, and its id's start when the file gives both. */
function customerName(customer) {
  if (customer.customerName === null) return customer.customerId ?? '';
  return customer.customerId === null
    ? customer.customerName
    : `${customer.customerName} (${customer.customerId.slice(0, 8)})`;
}

/** A link that downloads the findings as the CSV `subscription-rules reconcile --csv` writes. */
function downloadLink(found) {
  const link = document.createElement('a');
  link.className = 'download';
  link.id = 'reconcile-download';
  link.download = 'findings.csv';
  link.href = URL.createObjectURL(
    new Blob([findingsCsv(found.findings)], { type: 'text/csv;charset=utf-8' }),
  );
  link.textContent = say('download');
  return link;
}

let shownLink;
/** The billing month of the result shown. */
let reconciledPeriod = '';

/** The findings of one kind, in the order the command writes them, each with its remedy. */
const ofKind = (found, kind) => found.findings.filter((finding) => finding.finding === kind);

/** Shows what `reconcileSubscriptions` found, and the terms it read the resources at. */
function showFound(found, priced) {
  const summary = document.createElement('dl');
  summary.className = 'summary';
  const item = (key, value, name) => {
    const dt = document.createElement('dt');
    dt.textContent = key === undefined ? '' : say(key);
    const dd = document.createElement('dd');
    if (name !== undefined) dd.dataset.count = name;
    dd.textContent = value;
    summary.append(dt, dd);
  };
  item('lines', count(found.lines), 'lines');
  item(
    'days',
    found.days === null
      ? say('noDays')
      : found.period === null
        ? say('daysAssumed', found.days)
        : say('daysPeriod', { ...found.days, month: found.period }),
  );
  item('subscriptions', count(found.subscriptions), 'subscriptions');
  item('pricesFrom', say(priced ? 'pricesList' : 'pricesOwn'));
  for (const key of ['matched', 'different', 'missing', 'unexpected', 'refused', 'issues'])
    item(key, count(found[key].length), key);
  const stakes =
    found.atStake.length === 0
      ? [say('nothingAtStake')]
      : found.atStake.map((stake) =>
          say(stake.net.startsWith('-') ? 'billedLess' : 'billedMore', {
            amount: amountText(stake.amount, stake.currency),
            net: amountText(stake.net.replace(/^-/, ''), stake.currency),
          }),
        );
  stakes.forEach((text, i) => {
    item(i === 0 ? 'atStake' : undefined, text, `atStake-${i}`);
  });
  // the money at stake per customer, each currency apart, as the command's summary lists it
  found.customers.forEach((customer, i) => {
    customer.atStake.forEach((stake, j) => {
      item(
        i === 0 && j === 0 ? 'perCustomer' : undefined,
        `${customerName(customer)}: ${amountText(stake.amount, stake.currency)}`,
        `customer-${i}-${j}`,
      );
    });
  });
  // a resource fetched after a later seat change, taken back from the file's own seats
  found.replayNotes.forEach((note, i) => {
    item(
      i === 0 ? 'replayNotes' : undefined,
      `${note.subscriptionId === undefined ? '' : `${note.subscriptionId}: `}${note.message}`,
      `replay-${i}`,
    );
  });
  if (shownLink !== undefined) URL.revokeObjectURL(shownLink.href);
  shownLink = downloadLink(found);
  const parts = [summary, shownLink];
  const section = (key, entries, columns, name = key) => {
    if (entries.length === 0) return;
    const h3 = document.createElement('h3');
    h3.textContent = say(key);
    const element = table(entries, columns, say, say('none'));
    element.dataset.findings = name;
    parts.push(h3, element);
  };
  const clean =
    found.different.length +
      found.missing.length +
      found.unexpected.length +
      found.refused.length +
      found.issues.length ===
    0;
  if (clean) {
    const p = document.createElement('p');
    p.className = 'all-matched';
    p.textContent = say('allMatched');
    parts.push(p);
  }
  const columns = tableColumns(say, tag());
  section('differences', ofKind(found, 'different'), columns.different);
  section('missingTitle', ofKind(found, 'missing'), columns.missing);
  section('unexpectedTitle', ofKind(found, 'unexpected'), columns.unexpected);
  section('refusedTitle', ofKind(found, 'refused'), columns.refused);
  section('issuesTitle', ofKind(found, 'issue'), columns.issue);
  // the terms read back or forward to the month, each with its price's source (REC-5)
  const terms = termRows(found).map((term) => ({
    ...term,
    priceText: term.price === null ? say('noPrice') : formatMoney(term.price, tag()),
  }));
  section('termsTitle', terms, columns.terms, 'terms');
  result.replaceChildren(...parts);
  result.dataset.state = 'done';
}

/** Shows a message in place of the result: guidance, or what is wrong with the input. */
function showMessage(text, state) {
  const p = document.createElement('p');
  p.className = state === 'error' ? 'message error' : 'message';
  p.textContent = text;
  result.replaceChildren(p);
  result.dataset.state = state;
}

/** Reads the three inputs and reconciles them, or says what is missing or wrong. */
function reconcileNow() {
  const fileText = fields.file.value;
  if (fileText.trim() === '' && fields.resources.value.trim() === '') {
    showMessage(say('empty'), 'empty');
    return;
  }
  try {
    const fileName = fields.file.dataset.name || say('pasted');
    if (fileText.trim() === '') throw new InputProblem('noFile', {});
    const rows = csvRows(fileText);
    if (rows === undefined) throw new InputProblem('notCsv', { name: fileName });
    if (fields.resources.value.trim() === '') throw new InputProblem('noResources', {});
    const resources = resourcesOf(
      fields.resources.value,
      fields.resources.dataset.name || say('pasted'),
    );
    let prices;
    if (fields.prices.value.trim() !== '') {
      prices = csvRows(fields.prices.value);
      if (prices === undefined)
        throw new InputProblem('pricesNotCsv', {
          name: fields.prices.dataset.name || say('pasted'),
        });
    }
    const promotions = promotionsOf(
      fields.promotions.value,
      fields.promotions.dataset.name || say('pasted'),
    );
    const period = periodField.value.trim();
    reconciledPeriod = period;
    if (period !== '' && !/^20\d\d-(0[1-9]|1[0-2])$/.test(period))
      throw new InputProblem('periodBad', { value: period });
    const found = reconcileSubscriptions(rows, resources, {
      rules: newCommerce,
      ...(prices === undefined ? {} : { prices }),
      ...(period === '' ? {} : { period }),
      ...(promotions === undefined ? {} : { promotions }),
      // remedies are worked out now, as the command line does without --at
      at: new Date().toISOString(),
      ...localeOptions(),
    });
    if (found.missingPriceColumns.length > 0)
      throw new InputProblem('pricesMissingColumns', {
        name: fields.prices.dataset.name || say('pasted'),
        columns: found.missingPriceColumns.join(', '),
      });
    if (found.missingColumns.length > 0)
      throw new InputProblem('missingColumns', {
        name: fileName,
        columns: found.missingColumns.join(', '),
      });
    showFound(found, prices !== undefined);
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else
      showMessage(
        say('failed', {
          message:
            error?.name === 'RuleError'
              ? formatMessage(error, localeOptions().locale)
              : String(error?.message ?? error),
        }),
        'error',
      );
  }
}

/** Whether a JSON text holds promotion resources (a dropped file is told by its content). */
function promotionsIn(text) {
  try {
    return holdsPromotions(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Puts files' text into the fields they belong to (resources combined into one list). */
async function load(files, into) {
  try {
    const resources = [];
    const names = [];
    for (const file of files) {
      const text = await textOf(file);
      const header = text.split('\n', 1)[0];
      const json = /\.json$/i.test(file.name) || /^\s*[[{]/.test(text);
      const field =
        into ??
        (/chargetype/i.test(header)
          ? 'file'
          : json
            ? promotionsIn(text)
              ? 'promotions'
              : 'resources'
            : 'prices');
      if (field === 'resources') {
        resources.push(...resourcesOf(text, file.name));
        names.push(file.name);
      } else {
        fields[field].value = text;
        fields[field].dataset.name = file.name;
      }
    }
    if (names.length > 0) {
      fields.resources.value = JSON.stringify(resources, null, 2);
      fields.resources.dataset.name = names.join(', ');
    }
    reconcileNow();
  } catch (error) {
    if (error instanceof InputProblem) showMessage(say(error.key, error.params), 'error');
    else showMessage(say('failed', { message: String(error?.message ?? error) }), 'error');
  }
}

/** The worked file of docs/reconciliation.md, its resources and a price list of Partner Center's form. */
async function loadExample() {
  const get = async (name) => (await fetch(`./reconcile-example/${name}`)).text();
  const [file, resources, prices] = await Promise.all(
    ['recon.csv', 'resources.json', 'prices.csv'].map(get),
  );
  fields.file.value = file;
  fields.file.dataset.name = 'recon.csv';
  fields.resources.value = resources;
  fields.resources.dataset.name = 'resources.json';
  fields.prices.value = prices;
  fields.prices.dataset.name = 'prices.csv';
  fields.promotions.value = '';
  delete fields.promotions.dataset.name;
  reconcileNow();
}

for (const [name, field] of Object.entries(fields)) {
  const input = view.querySelector(`#reconcile-${name}`);
  input.addEventListener('change', () => {
    if (input.files.length > 0) load([...input.files], name);
  });
  field.addEventListener('input', () => {
    delete field.dataset.name;
  });
}
view.querySelector('#reconcile-example').addEventListener('click', () => {
  loadExample().catch((error) => showMessage(say('failed', { message: error.message }), 'error'));
});
view.querySelector('#reconcile-run').addEventListener('click', reconcileNow);
// the month is read when it changes; leaving the field unchanged (clicking the download) keeps the result
periodField.addEventListener('change', () => {
  if (periodField.value.trim() !== reconciledPeriod) reconcileNow();
});
const drop = view.querySelector('#reconcile-drop');
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
