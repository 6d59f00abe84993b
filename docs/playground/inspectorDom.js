// The few DOM helpers the inspector's views share.
import { label } from './inspectorLabels.js';

/** An element with children (strings or nodes) and attributes. */
export function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** A titled panel of the answer. */
export function section(id, tag, heading, ...children) {
  return el('section', { id, class: 'panel' }, el('h3', {}, label(tag, heading)), ...children);
}

/** The problem: what went wrong in the chosen language, and each of the library's reasons. */
export function renderProblem(container, result, tag) {
  const reasons = el('ul', { class: 'reasons' });
  for (const reason of result.reasons) {
    const item = el('li');
    if (reason.path !== '') item.append(el('code', { 'data-verbatim': '' }, reason.path), ' ');
    // a RuleError's message names its path first (`path: `, `path：`); the path is shown, in code
    const named = reason.message.startsWith(reason.path) ? reason.path.length : 0;
    item.append(reason.message.slice(named).replace(/^\s*[:：]\s*/, ''));
    reasons.append(item);
  }
  container.replaceChildren(
    el(
      'div',
      { id: 'inspector-error', class: 'problem', role: 'alert', 'data-problem': result.key },
      el('p', {}, el('strong', {}, label(tag, 'error.title'))),
      el('p', {}, label(tag, result.key, result.params)),
      ...(result.reasons.length > 0 ? [reasons] : []),
    ),
  );
}

/** The label of an action: its type, for auto-renew which way, for the term's end which option. */
export function actionKey(action) {
  if (action.type === 'set-end-of-term') return `action.set-end-of-term.${action.action}`;
  return action.type === 'set-auto-renew'
    ? `action.set-auto-renew.${action.enabled ? 'on' : 'off'}`
    : `action.${action.type}`;
}
