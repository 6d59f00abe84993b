// Instants as the reader reads them: in the page's language and the browser's time zone, the exact
// UTC instant in `datetime` and on hover; and the live countdown to a window's end.
import { label } from './inspectorLabels.js';

const FORMAT = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** `iso` in `tag`'s words and the reader's zone, e.g. `Jan 15, 2021, 09:00 AM GMT+9`. */
export function dateText(iso, tag) {
  return new Intl.DateTimeFormat(tag, FORMAT).format(new Date(iso));
}

/** A `<time>` of `iso`: the local text, the UTC instant as its `datetime` and `title`. */
export function timeElement(iso, tag) {
  const time = document.createElement('time');
  const utc = new Date(iso).toISOString();
  time.dateTime = utc;
  time.title = utc;
  time.textContent = dateText(iso, tag);
  return time;
}

const pad = (n) => String(n).padStart(2, '0');

/** How far `endMs` is from `nowMs`, in words: `ends in 2 d 03:04:05`, `ended 3 d 01:00:00 ago`. */
export function countdownText(endMs, nowMs, tag) {
  const seconds = Math.floor(Math.abs(endMs - nowMs) / 1000);
  const days = Math.floor(seconds / 86_400);
  const clock = `${pad(Math.floor((seconds % 86_400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  const time = days > 0 ? label(tag, 'countdown.days', { days, clock }) : clock;
  return label(tag, endMs > nowMs ? 'countdown.future' : 'countdown.past', { time });
}

/** A countdown to `iso` that {@link tick} keeps up to date. */
export function countdownElement(iso, tag) {
  const span = document.createElement('span');
  span.className = 'countdown';
  span.dataset.ends = new Date(iso).toISOString();
  span.textContent = countdownText(Date.parse(iso), Date.now(), tag);
  return span;
}

/** Brings every countdown inside `root` up to the browser's clock. */
export function tick(root, tag) {
  const now = Date.now();
  for (const span of root.querySelectorAll('.countdown[data-ends]'))
    span.textContent = countdownText(Date.parse(span.dataset.ends), now, tag);
}
