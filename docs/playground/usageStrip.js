// The Usage tab's picture: a meter's month as a strip of days, each day a cell whose colour, mark
// and accessible name say its state (PEC earned, lost, excluded, credit, no usage), and the legend
// that says what colour and mark mean in words. Each cell tells its day's money (cost, PEC earned,
// lost or given, credit used) in its title and accessible name. One tab stop per strip; the arrow
// keys move along its days, and the day in focus is read out below the strip; a day selected (a
// click, Enter or Space) opens its detail below it.
import { DAY_STATES } from './usageDays.js';

/** Each state's mark, so that a cell never speaks by its colour alone. */
const MARKS = { earned: '✓', lost: '✕', excluded: '○', credit: '◆', unchecked: '?', none: '' };

/** A day (`YYYY-MM-DD`) in the language `tag`, as a UTC date. */
function dateText(day, tag, options) {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** A month (`YYYY-MM`) in the language `tag`. */
export function monthText(month, tag) {
  return dateText(`${month}-01`, tag, { year: 'numeric', month: 'long' });
}

/** The legend: each state's mark and colour, then its words. */
export function legend(say) {
  const list = document.createElement('ul');
  list.id = 'usage-legend';
  list.className = 'legend';
  for (const state of DAY_STATES) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `day ${state}`;
    swatch.setAttribute('aria-hidden', 'true');
    swatch.textContent = MARKS[state];
    li.append(swatch, ` ${say(state)}`);
    list.append(li);
  }
  return list;
}

/** The detail of a day selected: its date and state, then each of its amounts. */
function dayDetail(heading, amounts, say) {
  const panel = document.createElement('section');
  panel.className = 'day-detail';
  panel.setAttribute('aria-label', say('dayDetail'));
  const h = document.createElement('h4');
  h.textContent = heading;
  panel.append(h);
  if (amounts.length > 0) {
    const list = document.createElement('ul');
    for (const amount of amounts) {
      const li = document.createElement('li');
      li.textContent = amount;
      list.append(li);
    }
    panel.append(list);
  }
  return panel;
}

/**
 * A meter's strip: `cells` (`{ day, state, amounts }`, `amounts` the day's money as sentences),
 * named `name` for assistive technology.
 */
export function strip(cells, name, tag, say) {
  const wrap = document.createElement('div');
  const list = document.createElement('ol');
  list.className = 'strip';
  list.setAttribute('aria-label', name);
  const note = document.createElement('p');
  note.className = 'day-note';
  note.setAttribute('aria-live', 'polite');
  let detail = null;
  const items = cells.map(({ day, state, amounts = [] }, i) => {
    const li = document.createElement('li');
    li.className = `day ${state}`;
    li.dataset.day = day;
    li.dataset.state = state;
    const date = dateText(day, tag, { dateStyle: 'long' });
    const heading = say('day', { date, state: say(state) });
    const text =
      amounts.length === 0
        ? heading
        : say('dayMoney', { date, state: say(state), amounts: amounts.join(' · ') });
    li.title = text;
    li.setAttribute('aria-label', text);
    li.tabIndex = i === 0 ? 0 : -1;
    const number = document.createElement('span');
    number.textContent = String(Number(day.slice(8)));
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.textContent = MARKS[state];
    li.append(number, mark);
    li.addEventListener('focus', () => {
      note.textContent = text;
    });
    li.addEventListener('click', () => select(li, heading, amounts));
    li.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select(li, heading, amounts);
    });
    list.append(li);
    return li;
  });
  /** Marks `li` the day selected and shows its detail under the strip. */
  function select(li, heading, amounts) {
    for (const item of items) {
      item.removeAttribute('aria-current');
      item.tabIndex = item === li ? 0 : -1;
    }
    li.setAttribute('aria-current', 'date');
    li.focus();
    const next = dayDetail(heading, amounts, say);
    if (detail === null) wrap.append(next);
    else detail.replaceWith(next);
    detail = next;
  }
  list.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -items.length, End: items.length }[
      event.key
    ];
    if (step === undefined) return;
    event.preventDefault();
    const at = items.indexOf(document.activeElement);
    const next = items[Math.min(items.length - 1, Math.max(0, at + step))];
    for (const item of items) item.tabIndex = item === next ? 0 : -1;
    next.focus();
  });
  wrap.append(list, note);
  return wrap;
}
