// The PATCH of a chosen action: the event it sends, the state after it (transition), the body that
// moves the resource there (toPartnerCenterPatch), and what the change does, in words.
import { formatMoney } from '../../dist/index.js';
import { actionKey, el, renderProblem, section } from './inspectorDom.js';
import { label } from './inspectorLabels.js';
import { defaultSeats, patchFor } from './inspectorRead.js';
import { appendSentence } from './inspectorSentence.js';
import { timeElement } from './inspectorTime.js';

function effectText(effect, tag) {
  if (effect.type === 'cancellation-scheduled') {
    const text = el('span');
    const [before, after] = label(tag, 'effect.scheduled').split('{at}');
    text.append(before ?? '', timeElement(effect.at, tag), after ?? '');
    return text;
  }
  if (effect.type === 'charge')
    return label(tag, 'effect.charge', {
      amount: formatMoney(effect.amount, tag),
      kind: label(tag, `charge.${effect.kind}`),
    });
  const outcome = label(tag, `outcome.${effect.outcome}`);
  return effect.credit === undefined
    ? label(tag, 'effect.creditUnpriced', { outcome })
    : label(tag, 'effect.credit', { outcome, amount: formatMoney(effect.credit, tag) });
}

/** Shows the PATCH of the action chosen in `select`. */
function showPatch(panel, result, ctx) {
  const { tag, locale } = ctx;
  const action = result.actions[Number(panel.querySelector('select').value)];
  const seats = panel.querySelector('input[name=seats]');
  const takesSeats = action.type === 'change-quantity' || action.type === 'schedule-renewal';
  seats.closest('label').hidden = !takesSeats;
  const answer = patchFor(
    result.subscription,
    action,
    result.subscription.asOf,
    Number(seats.value),
    locale,
  );
  const out = panel.querySelector('.patch-answer');
  out.replaceChildren();
  if (answer.kind === 'other') out.append(el('p', { class: 'hint' }, label(tag, 'patch.other')));
  else if (answer.kind === 'refused') {
    const refused = el('p', { class: 'refused' });
    appendSentence(refused, label(tag, 'refused', { message: answer.message }), tag);
    out.append(refused);
  } else if (answer.kind === 'error')
    renderProblem(out, { key: 'error.read', reasons: answer.reasons }, tag);
  else {
    out.append(el('h4', {}, label(tag, 'patch.body')));
    out.append(
      answer.body === null
        ? el('p', { class: 'empty' }, label(tag, 'patch.none'))
        : el(
            'pre',
            { id: 'inspector-patch-body', 'data-verbatim': '' },
            JSON.stringify(answer.body, null, 2),
          ),
    );
    const effects = el('ul', { id: 'inspector-effects' });
    for (const effect of answer.effects) effects.append(el('li', {}, effectText(effect, tag)));
    if (answer.effects.length === 0) effects.append(el('li', {}, label(tag, 'patch.noEffect')));
    out.append(el('h4', {}, label(tag, 'patch.effects')), effects);
  }
}

/** The panel: a select of the allowed actions, seats for those that take them, the answer. */
export function patchPanel(result, ctx) {
  const { tag } = ctx;
  const select = el('select', { name: 'action' });
  result.actions.forEach((action, i) => {
    select.append(el('option', { value: String(i) }, label(tag, actionKey(action))));
  });
  const seats = el('input', { name: 'seats', type: 'number', min: '1', step: '1', class: 'short' });
  const panel = section(
    'inspector-patch',
    tag,
    'section.patch',
    el(
      'div',
      { class: 'fields' },
      el('label', {}, label(tag, 'patch.action'), select),
      el('label', {}, label(tag, 'patch.seats'), seats),
    ),
    el('div', { class: 'patch-answer', 'aria-live': 'polite' }),
  );
  const reset = () => {
    const action = result.actions[Number(select.value)];
    seats.value = String(defaultSeats(action, result.subscription));
  };
  select.addEventListener('change', () => {
    reset();
    showPatch(panel, result, ctx);
  });
  seats.addEventListener('input', () => showPatch(panel, result, ctx));
  reset();
  showPatch(panel, result, ctx);
  return panel;
}
