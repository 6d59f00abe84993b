// The inspector's answer on the page: the subscription, its windows, what can be done, the notes,
// what happens next, and the PATCH of a chosen action. Every word from the label table or the
// library's messages in the chosen language; data (offer names, paths, JSON) marked data-verbatim.
import { allowedActions, chargesBetween, formatMoney } from '../../dist/index.js';
import { actionKey, el, section } from './inspectorDom.js';
import { label } from './inspectorLabels.js';
import { patchPanel } from './inspectorPatch.js';
import { appendSentence } from './inspectorSentence.js';
import { countdownElement, timeElement } from './inspectorTime.js';
import { upliftPercent } from './uplift.js';

/**
 * What a month of the Extended Service Term costs a seat (EST-3, EST-7), as the library bills it:
 * in one, its price and base; continuing into one at the term's end, the charge `chargesBetween`
 * bills at that instant. `null` when it is not priced (no base), `undefined` when the subscription
 * neither is in one nor continues into one.
 */
function estPriceOf(s) {
  const est = s.extendedServiceTerm;
  if (est !== undefined)
    return s.price === null || est.basePrice === null
      ? null
      : { unitPrice: s.price, basePrice: est.basePrice, uplift: est.uplift };
  if (s.endOfTerm !== 'extended-service-term' || typeof s.termEnd !== 'string') return undefined;
  const endMs = Date.parse(s.termEnd);
  if (!(endMs > Date.parse(s.asOf))) return undefined;
  const from = new Date(Math.max(Date.parse(s.asOf), endMs - 1)).toISOString();
  const charge = chargesBetween(s, from, s.termEnd).find(
    (c) => Date.parse(c.at) === endMs && c.kind === 'extended-service-term',
  );
  return charge === undefined || charge.unpriced === true || charge.basePrice === undefined
    ? null
    : { unitPrice: charge.unitPrice, basePrice: charge.basePrice, uplift: charge.uplift };
}

function summary(result, tag) {
  const s = result.subscription;
  const list = el('dl', { id: 'inspector-summary' });
  const row = (field, ...value) =>
    list.append(
      el(
        'div',
        { 'data-field': field },
        el('dt', {}, label(tag, `field.${field}`)),
        el('dd', {}, ...value),
      ),
    );
  row('program', label(tag, `program.${s.program}`));
  if (result.offerName !== undefined)
    row('offer', el('span', { 'data-verbatim': '' }, result.offerName));
  row('product', label(tag, `product.${s.product}`));
  row('status', label(tag, `status.${s.status}`));
  row('seats', String(s.quantity));
  // the seats a change may go to now (ORD-7): NCE-6's windows and the order constraints, with why
  const change = result.actions?.find((a) => a.type === 'change-quantity');
  if (change !== undefined && typeof change.minQuantity === 'number') {
    const bounds =
      change.maxQuantity === undefined
        ? label(tag, 'seatBounds.atLeast', { min: change.minQuantity })
        : label(tag, 'seatBounds.range', { min: change.minQuantity, max: change.maxQuantity });
    const why = [change.minQuantityBy, change.maxQuantityBy].filter((r) => r !== undefined);
    row('seatBounds', bounds, ...why.map((r) => el('span', { class: 'reason' }, ` ${r.message}`)));
  }
  if (typeof s.term === 'string') row('term', label(tag, `term.${s.term}`));
  const billing = s.billingFrequency ?? s.billingCycle;
  if (typeof billing === 'string') row('billing', label(tag, `frequency.${billing}`));
  if (typeof s.termStart === 'string') row('termStart', timeElement(s.termStart, tag));
  if (typeof s.termEnd === 'string') row('termEnd', timeElement(s.termEnd, tag));
  row('autoRenew', label(tag, s.autoRenew ? 'yes' : 'no'));
  // what the term's end does (EST-2), and an Extended Service Term the subscription is in (EST-3)
  if (typeof s.endOfTerm === 'string') row('endOfTerm', label(tag, `endOfTerm.${s.endOfTerm}`));
  // since when is not on a resource read as in its Extended Service Term (EST-7): said, not guessed
  if (s.extendedServiceTerm !== undefined)
    row(
      'extendedServiceTerm',
      typeof s.extendedServiceTerm.since === 'string'
        ? timeElement(s.extendedServiceTerm.since, tag)
        : label(tag, 'since.unknown'),
    );
  const est = estPriceOf(s);
  if (est !== undefined)
    row(
      'estPrice',
      est === null
        ? label(tag, 'estPrice.none')
        : label(tag, 'estPrice.value', {
            price: formatMoney(est.unitPrice, tag),
            base: formatMoney(est.basePrice, tag),
            uplift: upliftPercent(est.uplift),
            seats: s.quantity,
            total: formatMoney(
              { amount: est.unitPrice.amount * s.quantity, currency: est.unitPrice.currency },
              tag,
            ),
          }),
    );
  row('price', s.price === null ? label(tag, 'price.none') : formatMoney(s.price, tag));
  row('asOf', timeElement(s.asOf, tag));
  return list;
}

/**
 * The windows of the state: full credit and cancellation (the state's own, else the ends the
 * cancel action gives from the term's start on: cancellable until the instant it is no longer
 * offered at all), the seat batches, the trial and the term.
 */
function windowsOf(s, atTermStart, locale) {
  const probed = [];
  let at = atTermStart.asOf;
  let closes = false;
  for (let i = 0; i < 3; i++) {
    const cancel = allowedActions(atTermStart, at, { locale }).find((a) => a.type === 'cancel');
    closes = cancel === undefined && probed.length > 0;
    // an outcome with no window (until null) or one that only schedules ends the probing
    if (cancel === undefined || cancel.until === null || cancel.outcome === 'cancel-at-renewal')
      break;
    probed.push(cancel);
    at = cancel.until;
  }
  const windows = [];
  const fullCredit = s.fullCreditUntil ?? probed.find((a) => a.outcome === 'full-credit')?.until;
  if (typeof fullCredit === 'string') windows.push({ key: 'fullCredit', ends: fullCredit });
  if (s.cancellableUntil === null) windows.push({ key: 'notCancellable', ends: null });
  else {
    const cancellable = s.cancellableUntil ?? (closes ? probed.at(-1)?.until : undefined);
    if (typeof cancellable === 'string') windows.push({ key: 'cancellable', ends: cancellable });
  }
  const batches = Array.isArray(s.seats) ? s.seats : [];
  const reducible = batches.map((b) => b.reducibleUntil).filter((u) => typeof u === 'string');
  if (reducible.length > 0) windows.push({ key: 'reducible', ends: reducible.sort().at(-1) });
  for (const batch of batches)
    if (typeof batch.reducibleUntil === 'string')
      windows.push({ key: 'batch', ends: batch.reducibleUntil, batch });
  if (typeof s.trialEndsAt === 'string') windows.push({ key: 'trial', ends: s.trialEndsAt });
  if (typeof s.termEnd === 'string') windows.push({ key: 'term', ends: s.termEnd });
  return windows;
}

function windowName(w, tag) {
  if (w.key !== 'batch') return label(tag, `window.${w.key}`);
  const name = el('span');
  const [before, after] = label(tag, 'window.batch', { quantity: w.batch.quantity }).split(
    '{added}',
  );
  name.append(before ?? '', timeElement(w.batch.addedAt, tag), after ?? '');
  return name;
}

function windowsTable(result, tag, locale) {
  const s = result.subscription;
  const columns = ['col.window', 'col.ends', 'col.state', 'col.countdown'].map((k) =>
    label(tag, k),
  );
  const body = el('tbody');
  for (const w of windowsOf(s, result.atTermStart, locale)) {
    const open = w.ends !== null && Date.parse(s.asOf) < Date.parse(w.ends);
    const cells = [
      windowName(w, tag),
      w.ends === null ? '' : timeElement(w.ends, tag),
      w.ends === null ? '' : label(tag, open ? 'window.open' : 'window.closed'),
      w.ends === null ? '' : countdownElement(w.ends, tag),
    ];
    const row = el('tr', { 'data-window': w.key, class: open ? 'open' : 'closed' });
    cells.forEach((cell, i) => {
      row.append(el('td', { 'data-label': columns[i] ?? '' }, cell));
    });
    body.append(row);
  }
  const head = el('tr', {}, ...columns.map((c) => el('th', {}, c)));
  return el('table', { id: 'inspector-windows' }, el('thead', {}, head), body);
}

function actionsList(result, tag) {
  if (result.actions.length === 0) return el('p', { class: 'empty' }, label(tag, 'actions.none'));
  const list = el('ul', { id: 'inspector-actions' });
  for (const action of result.actions) {
    const item = el(
      'li',
      { 'data-action': action.type },
      el('strong', {}, label(tag, actionKey(action))),
      ' ',
    );
    const description = el('span', { class: 'description' });
    appendSentence(description, action.description, tag);
    item.append(description);
    list.append(item);
  }
  return list;
}

function notesList(result, tag) {
  if (result.notes.length === 0) return el('p', { class: 'empty' }, label(tag, 'notes.none'));
  const list = el('ul', { id: 'inspector-notes' });
  for (const note of result.notes) {
    const item = el('li', {}, el('code', { 'data-verbatim': '' }, note.path), ' ');
    appendSentence(item, note.message, tag);
    list.append(item);
  }
  return list;
}

function nextList(result, tag) {
  if (result.next.length === 0) return el('p', { class: 'empty' }, label(tag, 'next.none'));
  const list = el('ol', { id: 'inspector-next', class: 'timeline' });
  for (const event of result.next)
    list.append(
      el(
        'li',
        { 'data-deadline': event.type },
        timeElement(event.at, tag),
        ' ',
        el('strong', {}, label(tag, `deadline.${event.type}`)),
        ' ',
        label(tag, 'next.after', { status: label(tag, `status.${event.status}`) }),
      ),
    );
  return list;
}

/** The whole answer for a reading that succeeded. */
export function renderReading(container, result, ctx) {
  const { tag, locale } = ctx;
  const parts = [
    section('inspector-subscription', tag, 'section.subscription', summary(result, tag)),
    section('inspector-windows-panel', tag, 'section.windows', windowsTable(result, tag, locale)),
    section('inspector-actions-panel', tag, 'section.actions', actionsList(result, tag)),
    section('inspector-notes-panel', tag, 'section.notes', notesList(result, tag)),
    section('inspector-next-panel', tag, 'section.next', nextList(result, tag)),
  ];
  if (result.actions.length > 0) parts.push(patchPanel(result, ctx));
  container.replaceChildren(...parts);
}
