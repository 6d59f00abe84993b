// Plays a scenario through the lifecycle machine the way `subscription-rules timeline` does: time
// passes one deadline at a time up to each event, the event is applied (or refused), and what a
// reactivation caught up follows it. Each row also has the event's effect and the next deadline,
// written in the page's language.
import {
  advance,
  createSubscription,
  formatMoney,
  nextDeadline,
  RuleError,
  transition,
} from '../../dist/index.js';
import { formLabel } from './formsLabels.js';
import { localeOptions, localeTag } from './locale.js';
import { errorText, ruleMessage } from './show.js';

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

// The same for a New Commerce subscription.
const NCE_RULE_OF = {
  created: 'NCE-1',
  'trial-converted': 'NCE-8',
  renewed: 'NCE-8',
  expired: 'NCE-8',
  disabled: 'NCE-8',
  'data-deleted': 'NCE-8',
  cancelled: 'NCE-8',
  cancel: 'NCE-7',
  suspend: 'NCE-7',
  reactivate: 'NCE-7',
  'set-auto-renew': 'NCE-7',
  'change-quantity': 'NCE-7',
  'schedule-renewal': 'NCE-7',
  'change-term': 'MID-1',
  'change-billing-frequency': 'MID-2',
  'billing-frequency-changed': 'MID-2',
};

function ruleOf(state, type) {
  return (state.program === 'new-commerce' ? NCE_RULE_OF : RULE_OF)[type];
}

/**
 * A row's effect when nothing else is said: the rule, and a New Commerce state's seats, its next
 * renewal's and a billing frequency change waiting (MID-2).
 */
function plainEffect(state, type) {
  const tag = localeTag();
  if (state.program !== 'new-commerce')
    return formLabel(tag, 'result.rule', { rule: RULE_OF[type] });
  const next = state.scheduled?.quantity;
  const renewal =
    next === null || next === undefined
      ? ''
      : formLabel(tag, 'result.seats.renewal', { quantity: next });
  const pending = state.pendingBillingFrequency;
  const billing =
    pending === undefined
      ? ''
      : formLabel(tag, 'result.seats.billing', {
          frequency: formLabel(tag, `opt.frequency.${pending.billingFrequency}`),
          at: pending.from,
        });
  return formLabel(tag, 'result.seats', {
    quantity: state.quantity,
    renewal,
    billing,
    rule: NCE_RULE_OF[type],
  });
}

/** The next deadline in words: its event and instant, or none. */
function deadlineText(state) {
  const tag = localeTag();
  const next = nextDeadline(state);
  return next === null
    ? formLabel(tag, 'row.none')
    : formLabel(tag, 'row.next', { event: formLabel(tag, `event.${next.type}`), at: next.at });
}

function effectText(effect) {
  const tag = localeTag();
  if (effect.type === 'cancellation-scheduled')
    return formLabel(tag, 'result.scheduled', { at: effect.at, rule: effect.rule });
  // what the event bills (CHG-1): a purchase of seats, a new term (MID-1)
  if (effect.type === 'charge')
    return formLabel(tag, 'result.charge', {
      kind: formLabel(tag, `kind.${effect.kind}`),
      amount: formatMoney(effect.amount, tag),
      rule: effect.rule,
    });
  const outcome = formLabel(tag, `decision.${effect.outcome}`);
  return effect.credit === undefined
    ? formLabel(tag, 'result.outcome', { outcome, rule: effect.rule })
    : formLabel(tag, 'result.outcome.credit', {
        outcome,
        amount: formatMoney(effect.credit, tag),
        rule: effect.rule,
      });
}

function row(at, type, source, state, effect) {
  return { at, type, source, status: state.status, effect, next: deadlineText(state) };
}

/** Lets time pass one deadline at a time up to `toMs`, a row for each. */
function passTime(state, toMs, rows) {
  let current = state;
  for (let next = nextDeadline(current); next !== null && Date.parse(next.at) <= toMs; ) {
    current = advance(current, next.at).subscription;
    rows.push(row(next.at, next.type, 'time', current, plainEffect(current, next.type)));
    next = nextDeadline(current);
  }
  return current;
}

/** Advances `state` to `to`, rows for the deadlines on the way; a bad instant names `what`. */
function passTo(state, to, rows, what) {
  try {
    return advance(passTime(state, Date.parse(to), rows), to).subscription;
  } catch (error) {
    // advance names its own parameter (`to`); the user knows the field as `what`.
    if (!(error instanceof RuleError)) throw error;
    const message = ruleMessage(error);
    const named = /^(\S+?)\s*([:：])\s*/.exec(message);
    if (named === null || named[1] !== error.path) throw error;
    const colon = named[2] === ':' ? ': ' : named[2];
    throw new Error(`${error.code}: ${what}${colon}${message.slice(named[0].length)}`, {
      cause: error,
    });
  }
}

/** Applies one event: a row for it (accepted or refused), then one for each deadline it caught up. */
function apply(state, event, rows) {
  const result = transition(state, event, localeOptions());
  if (!result.ok) {
    rows.push({
      ...row(event.at, event.type, 'event', state, result.message),
      refused: result.code,
    });
    return state;
  }
  const after = result.subscription;
  // the event's own money; the cycles billed on the way to it are not the event's
  const own = result.effects.filter(
    (e) => e.type !== 'charge' || e.at === result.subscription.asOf,
  );
  const effects = own.map(effectText).join('; ');
  rows.push(row(event.at, event.type, 'event', after, effects || plainEffect(after, event.type)));
  for (const caught of result.events)
    rows.push(
      row(
        caught.at,
        caught.type,
        'time',
        after,
        formLabel(localeTag(), 'result.caughtUp', { rule: ruleOf(after, 'reactivate') }),
      ),
    );
  return after;
}

/**
 * The rows of a scenario's timeline and its state as of `until`; when an event or `until` cannot
 * be played (out of order, not an instant), the rows so far and `failure`, the reason.
 */
export function playTimeline(input, events, until) {
  const tag = localeTag();
  let state = createSubscription(input);
  const created =
    state.program === 'new-commerce'
      ? formLabel(tag, 'result.seats', {
          quantity: state.quantity,
          renewal: '',
          billing: '',
          rule: 'NCE-1',
        })
      : formLabel(tag, 'result.licenses', { quantity: state.quantity, rule: 'LC-1' });
  const rows = [row(state.asOf, 'created', 'created', state, created)];
  try {
    for (const [i, event] of events.entries()) {
      const type = formLabel(tag, `event.${event.type}`);
      const what = formLabel(tag, 'where.eventType', { n: i + 1, type });
      state = apply(passTo(state, event.at, rows, what), event, rows);
    }
    const final = passTo(state, until, rows, formLabel(tag, 'where.until'));
    return { rows, final, next: deadlineText(final) };
  } catch (error) {
    return { rows, failure: errorText(error) };
  }
}
