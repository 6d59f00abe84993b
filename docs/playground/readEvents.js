// The timeline's events as the user wrote them: one a line (`instant type [argument]`) or a JSON
// array. Each is checked by the schemas entry, so a typo names its line and field.
import { parseEvent } from '../../dist/schemas.js';

const SWITCH = { on: true, true: true, yes: true, off: false, false: false, no: false };

/** One line, `2026-01-20T00:00:00Z suspend nonpayment`, as an event object (unchecked). */
function lineEvent(line) {
  const [at, type, argument] = line.split(/\s+/);
  if (type === 'suspend') return { type, at, reason: argument };
  if (type === 'set-auto-renew') return { type, at, enabled: SWITCH[argument?.toLowerCase()] };
  if (type === 'change-quantity') return { type, at, quantity: Number(argument) };
  return { type, at };
}

/** The events in `text`, each checked; throws an Error naming the line or index of a bad one. */
export function readEvents(text) {
  const trimmed = text.trim();
  let drafts;
  if (trimmed.startsWith('[')) {
    drafts = JSON.parse(trimmed).map((event, i) => ({ where: `event ${i + 1}`, event }));
  } else {
    drafts = trimmed
      .split('\n')
      .map((line, i) => ({ where: `line ${i + 1}`, line: line.trim() }))
      .filter(({ line }) => line !== '' && !line.startsWith('#'))
      .map(({ where, line }) => ({ where, event: lineEvent(line) }));
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
