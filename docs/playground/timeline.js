// The timeline form: fill it from a scenario, read it, play it, and show a row per event.
import { money } from '../../dist/index.js';
import { playTimeline } from './playTimeline.js';
import { readEvents } from './readEvents.js';
import { scenarios } from './scenarios.js';
import { appendWithRuleLinks, show } from './show.js';

const COLUMNS = ['Instant', 'Event', 'Status after', 'Effect', 'Next deadline'];

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

function table(rows) {
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const name of COLUMNS)
    head.append(Object.assign(document.createElement('th'), { textContent: name }));
  const body = element.createTBody();
  for (const entry of rows) {
    const tr = body.insertRow();
    tr.className = entry.refused === undefined ? entry.source : `${entry.source} refused`;
    cell(tr, COLUMNS[0], entry.at, 'instant');
    cell(tr, COLUMNS[1], entry.source === 'time' ? `${entry.type} (time)` : entry.type, 'event');
    cell(
      tr,
      COLUMNS[2],
      entry.refused === undefined ? entry.status : `refused ${entry.refused}`,
      'status',
    );
    cell(tr, COLUMNS[3], entry.effect, 'effect');
    cell(tr, COLUMNS[4], entry.next, 'next');
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
    const unit = final.program === 'new-commerce' ? 'seats' : 'licenses';
    return `As of ${final.asOf}: ${final.status}, ${final.quantity} ${unit}; next deadline: ${next}.`;
  });
}

/** Wires the timeline form, fills it with the first scenario and plays it. */
export function setUpTimeline(form) {
  const picker = form.elements.scenario;
  for (const [i, scenario] of scenarios.entries())
    picker.append(new Option(scenario.name, String(i)));
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
}
