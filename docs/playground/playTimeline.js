// Plays a scenario through the lifecycle machine the way `subscription-rules timeline` does: time
// passes one deadline at a time up to each event, the event is applied (or refused), and what a
// reactivation caught up follows it. Each row also has the event's effect and the next deadline.
import {
  advance,
  createSubscription,
  formatMoney,
  nextDeadline,
  transition,
} from '../../dist/index.js';

// The rule that explains each row's event, linked from the effect column.
const RULE_OF = {
  created: 'LC-1',
  'trial-converted': 'LC-2',
  renewed: 'LC-4',
  expired: 'LC-4',
  cancelled: 'LC-3',
  'data-deleted': 'LC-8',
  cancel: 'LC-3',
  suspend: 'LC-6',
  reactivate: 'LC-7',
  'set-auto-renew': 'LC-5',
  'change-quantity': 'LC-9',
};

function deadlineText(state) {
  const next = nextDeadline(state);
  return next === null ? 'none' : `${next.type} ${next.at}`;
}

function effectText(effect) {
  if (effect.type === 'cancellation-scheduled')
    return `cancellation scheduled for ${effect.at} (${effect.rule})`;
  const credit = effect.credit === undefined ? '' : `, credit ${formatMoney(effect.credit)}`;
  return `${effect.outcome}${credit} (${effect.rule})`;
}

function row(at, type, source, state, effect) {
  return { at, type, source, status: state.status, effect, next: deadlineText(state) };
}

/** Lets time pass one deadline at a time up to `toMs`, a row for each. */
function passTime(state, toMs, rows) {
  let current = state;
  for (let next = nextDeadline(current); next !== null && Date.parse(next.at) <= toMs; ) {
    current = advance(current, next.at).subscription;
    rows.push(row(next.at, next.type, 'time', current, `(${RULE_OF[next.type]})`));
    next = nextDeadline(current);
  }
  return current;
}

/** The rows of a scenario's timeline and its state as of `until`. */
export function playTimeline(input, events, until) {
  let state = createSubscription(input);
  const rows = [row(state.asOf, 'created', 'created', state, `${state.quantity} licenses (LC-1)`)];
  for (const event of events) {
    state = advance(passTime(state, Date.parse(event.at), rows), event.at).subscription;
    const result = transition(state, event);
    if (!result.ok) {
      rows.push({
        ...row(event.at, event.type, 'event', state, result.message),
        refused: result.code,
      });
      continue;
    }
    state = result.subscription;
    const effects = result.effects.map(effectText);
    rows.push(
      row(event.at, event.type, 'event', state, effects.join('; ') || `(${RULE_OF[event.type]})`),
    );
    for (const caught of result.events)
      rows.push(row(caught.at, caught.type, 'time', state, 'caught up at the reactivation (LC-7)'));
  }
  state = passTime(state, Date.parse(until), rows);
  const final = advance(state, until).subscription;
  return { rows, final, next: deadlineText(final) };
}
