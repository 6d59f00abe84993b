// The timeline form: fill it from a scenario, read it, play it, and show a row per event, in the
// language of the page's #locale select (played again when it changes).
import { money } from '../../dist/index.js';
import { formLabel } from './formsLabels.js';
import { localeTag } from './locale.js';
import { playTimeline } from './playTimeline.js';
import { readEvents } from './readEvents.js';
import { scenarios } from './scenarios.js';
import { appendWithRuleLinks, show } from './show.js';

// The table's columns, by their keys in formsLabels.js.
const COLUMNS = ['column.at', 'column.event', 'column.status', 'column.effect', 'column.next'];

const FIELDS = ['product', 'quantity', 'price', 'currency', 'ordered', 'until'];
const PROGRAM_FIELDS = { legacy: ['billing'], 'new-commerce': ['term', 'billingFrequency'] };

/** Shows the fields of the chosen program's purchases (New Commerce: term and frequency). */
function showProgramFields(form) {
  const newCommerce = form.elements.program.value === 'new-commerce';
  for (const label of form.querySelectorAll('.nce-only')) label.hidden = !newCommerce;
  for (const label of form.querySelectorAll('.legacy-only')) label.hidden = newCommerce;
}

function fill(form, scenario) {
  const program = scenario.program ?? 'legacy';
  form.elements.program.value = program;
  for (const key of [...FIELDS, ...PROGRAM_FIELDS[program]])
    form.elements[key].value = String(scenario[key]);
  showProgramFields(form);
  form.elements.trial.checked = scenario.trial;
  form.elements.events.value = scenario.events.join('\n');
}

/** The createSubscription input the form describes; an empty field is left out. */
function subscriptionInput(form) {
  const value = (name) => form.elements[name].value.trim();
  const optional = (key, text) => (text === '' ? {} : { [key]: text });
  if (value('program') === 'new-commerce')
    return {
      program: 'new-commerce',
      product: value('product'),
      term: value('term'),
      billingFrequency: value('billingFrequency'),
      quantity: Number(value('quantity')),
      orderedAt: value('ordered'),
      ...(form.elements.trial.checked ? { freeTrial: true } : {}),
      ...(value('price') === '' ? {} : { price: money(value('price'), value('currency')) }),
    };
  return {
    product: value('product'),
    billingCycle: value('billing'),
    quantity: Number(value('quantity')),
    orderedAt: value('ordered'),
    ...(form.elements.trial.checked ? { freeTrial: true } : {}),
    ...(value('price') === '' ? {} : { price: money(value('price'), value('currency')) }),
    ...optional('accountOpenedAt', value('accountOpened')),
    ...optional('firstBillingPeriodStart', value('firstBilling')),
  };
}

function cell(tr, label, text, className) {
  const td = document.createElement('td');
  td.dataset.label = label;
  if (className !== undefined) td.className = className;
  appendWithRuleLinks(td, text);
  tr.append(td);
}

/** A row's event in words; a time-driven one marked so. */
function eventText(tag, entry) {
  const event = formLabel(tag, `event.${entry.type}`);
  return entry.source === 'time' ? formLabel(tag, 'event.time', { event }) : event;
}

/** A row's status after it, or the refusal in words. */
function statusText(tag, entry) {
  return entry.refused === undefined
    ? formLabel(tag, `state.${entry.status}`)
    : formLabel(tag, 'row.refused', { code: formLabel(tag, `code.${entry.refused}`) });
}

function table(rows) {
  const tag = localeTag();
  const [at, event, status, effect, next] = COLUMNS.map((key) => formLabel(tag, key));
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const key of COLUMNS)
    head.append(Object.assign(document.createElement('th'), { textContent: formLabel(tag, key) }));
  const body = element.createTBody();
  for (const entry of rows) {
    const tr = body.insertRow();
    tr.className = entry.refused === undefined ? entry.source : `${entry.source} refused`;
    if (entry.refused !== undefined) tr.dataset.code = entry.refused;
    cell(tr, at, entry.at, 'instant');
    cell(tr, event, eventText(tag, entry), 'event');
    cell(tr, status, statusText(tag, entry), 'status');
    cell(tr, effect, entry.effect, 'effect');
    cell(tr, next, entry.next, 'next');
  }
  return element;
}

function play(form) {
  const result = document.querySelector('#timeline-result');
  result.replaceChildren();
  show(document.querySelector('#timeline-final'), () => {
    const until = form.elements.until.value.trim();
    const played = playTimeline(
      subscriptionInput(form),
      readEvents(form.elements.events.value),
      until,
    );
    result.append(table(played.rows));
    if (played.failure !== undefined) throw new Error(played.failure);
    const { final, next } = played;
    const tag = localeTag();
    return formLabel(tag, final.program === 'new-commerce' ? 'final.seats' : 'final.licenses', {
      at: final.asOf,
      status: formLabel(tag, `state.${final.status}`),
      quantity: final.quantity,
      next,
    });
  });
}

/** Wires the timeline form, fills it with the first scenario and plays it. */
export function setUpTimeline(form) {
  const picker = form.elements.scenario;
  for (const [i, scenario] of scenarios.entries()) {
    const option = new Option(formLabel(localeTag(), `scenario.${scenario.id}`), String(i));
    option.dataset.labelKey = `scenario.${scenario.id}`;
    picker.append(option);
  }
  form.elements.program.addEventListener('change', () => showProgramFields(form));
  picker.addEventListener('change', () => {
    fill(form, scenarios[Number(picker.value)]);
    play(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    play(form);
  });
  fill(form, scenarios[0]);
  play(form);
  // the page's labels are written by the page; the rows, built here, are played again
  document.querySelector('#locale').addEventListener('change', () => play(form));
}
