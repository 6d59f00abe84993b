// The timeline's events as the user wrote them: one a line (`instant type [argument]`, or
// `instant schedule-renewal key=value ...`, the same for change-term and change-billing-frequency) or a JSON array. Each is checked by the schemas entry, so a typo names its line and field.
import { money } from '../../dist/index.js';
import { parseEvent } from '../../dist/schemas.js';
import { formLabel } from './formsLabels.js';
import { localeTag } from './locale.js';
import { errorText } from './show.js';

const SWITCH = { on: true, true: true, yes: true, off: false, false: false, no: false };

/** One line, `2026-01-20T00:00:00Z suspend nonpayment`, as an event object (unchecked). */
function lineEvent(line) {
  const [at, type, argument] = line.split(/\s+/);
  if (type === 'suspend') return { type, at, reason: argument };
  if (type === 'set-auto-renew') return { type, at, enabled: SWITCH[argument?.toLowerCase()] };
  if (type === 'change-quantity') return { type, at, quantity: Number(argument) };
  if (type === 'schedule-renewal' || type === 'change-term' || type === 'change-billing-frequency')
    return { type, at, ...renewalChange(line.split(/\s+/).slice(2)) };
  return { type, at };
}

/** `quantity=5 term=P1Y billingFrequency=annual price=12.50:USD` as the next term's change. */
function renewalChange(pairs) {
  const change = {};
  for (const pair of pairs) {
    const [key, value = ''] = pair.split('=');
    if (key === 'quantity') change.quantity = Number(value);
    else if (key === 'price') {
      const [amount, currency] = value.split(':');
      change.price = money(amount, currency);
    } else change[key] = value;
  }
  return change;
}

/** The events in `text`, each checked; throws an Error naming the line or index of a bad one. */
export function readEvents(text) {
  const trimmed = text.trim();
  let drafts;
  if (trimmed.startsWith('[')) {
    drafts = JSON.parse(trimmed).map((event, i) => ({
      where: formLabel(localeTag(), 'where.event', { n: i + 1 }),
      event,
    }));
  } else {
    drafts = trimmed
      .split('\n')
      .map((line, i) => ({
        where: formLabel(localeTag(), 'where.line', { n: i + 1 }),
        line: line.trim(),
      }))
      .filter(({ line }) => line !== '' && !line.startsWith('#'))
      .map(({ where, line }) => {
        try {
          return { where, event: lineEvent(line) };
        } catch (error) {
          throw new Error(`${where}: ${errorText(error)}`, { cause: error });
        }
      });
  }
  return drafts.map(({ where, event }) => {
    const parsed = parseEvent(event);
    if (parsed.ok) return parsed.value;
    const issues = parsed.issues
      .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
      .join('; ');
    throw new Error(`${where}: ${issues}`);
  });
}
