// The inspector view: a pasted (or sample) Partner Center resource, a unit price and an instant in;
// the answer out, in the language of the page's #locale select, redrawn when it changes.
import { renderProblem } from './inspectorDom.js';
import { INSPECTOR_LABELS, label } from './inspectorLabels.js';
import { setUpInspectorPrices } from './inspectorPrices.js';
import { inspect } from './inspectorRead.js';
import { tick } from './inspectorTime.js';
import { renderReading } from './inspectorView.js';
import { applyLabels } from './labels.js';
import { localeOptions } from './locale.js';
import { SAMPLES } from './samples.js';

const picker = document.querySelector('#locale');

/** The page's language tag (`en`, `ko`, `zh-Hans`, `zh-Hant`). */
function tagOf() {
  return picker.value;
}

/** The current instant, to the second, as the "as of" field takes it. */
function nowText() {
  return `${new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function render(form) {
  const tag = tagOf();
  const container = form.querySelector('#inspector-result');
  container.dataset.state = 'pending';
  const values = {
    asOf: form.elements.asOf.value.trim(),
    amount: form.elements.price.value,
    currency: form.elements.currency.value,
    estBase: form.elements.estBase.value,
    locale: localeOptions().locale,
  };
  try {
    const answer = inspect(form.elements.resource.value, values);
    if (answer.ok) renderReading(container, answer, { tag, locale: values.locale });
    else renderProblem(container, answer, tag);
    container.dataset.state = answer.ok ? 'read' : 'problem';
  } catch (error) {
    // a bug of the page, not of the input: said on the page rather than thrown into the console
    const message = error instanceof Error ? error.message : String(error);
    renderProblem(container, { key: 'error.unexpected', params: { message }, reasons: [] }, tag);
    container.dataset.state = 'problem';
  }
}

/** Wires the inspector form: samples, "now", reading, the language, and the countdowns. */
export function setUpInspector(form) {
  const select = form.elements.sample;
  for (const sample of SAMPLES) {
    const option = document.createElement('option');
    option.value = sample.id;
    option.dataset.labelKey = `sample.${sample.id}`;
    select.append(option);
  }
  form.elements.asOf.value = nowText();
  const empty = () => {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = label(tagOf(), 'empty');
    form.querySelector('#inspector-result').replaceChildren(p);
    form.querySelector('#inspector-result').dataset.state = 'empty';
  };
  let read = false;
  select.addEventListener('change', () => {
    const sample = SAMPLES.find((s) => s.id === select.value);
    if (sample === undefined) return;
    form.elements.resource.value = JSON.stringify(sample.resource, null, 2);
    form.elements.asOf.value = sample.asOf;
    read = true;
    render(form);
  });
  form.elements.now.addEventListener('click', () => {
    form.elements.asOf.value = nowText();
    if (read) render(form);
  });
  // once a resource is read, a new price or instant reads it again
  for (const name of ['price', 'currency', 'estBase', 'asOf'])
    form.elements[name].addEventListener('change', () => {
      if (read) render(form);
    });
  form.elements.resource.addEventListener('input', () => {
    select.value = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    read = true;
    render(form);
  });
  picker.addEventListener('change', () => {
    applyLabels(document, tagOf(), INSPECTOR_LABELS);
    if (read) render(form);
    else empty();
  });
  applyLabels(document, tagOf(), INSPECTOR_LABELS);
  empty();
  setUpInspectorPrices(form, tagOf);
  setInterval(() => tick(form, tagOf()), 1000);
}
