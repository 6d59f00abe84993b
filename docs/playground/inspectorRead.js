// The inspector's reading, without the page: untrusted text in, either what the library says about
// the subscription or the reasons it cannot (each a message in the chosen language).
import {
  advance,
  allowedActions,
  formatMessage,
  fromPartnerCenterSubscription,
  money,
  nextDeadline,
  RuleError,
  toPartnerCenterPatch,
  transition,
} from '../../dist/index.js';
import { parsePartnerCenterSubscription } from '../../dist/schemas.js';

/** How many time-driven events "what happens next" shows. */
const NEXT_EVENTS = 4;

/** A problem for the page: the label that says what went wrong, and the library's reasons. */
function problem(key, reasons = []) {
  return { ok: false, key, reasons };
}

/** The library's reasons of a RuleError, in `locale`'s language. */
function reasonsOf(error, locale) {
  return [{ path: error.path ?? '', message: formatMessage(error, locale) }];
}

/** The price the form gives, a Money, `null` without one, or the RuleError that refuses it. */
function priceOf(amount, currency) {
  if (amount.trim() === '') return null;
  // money() reads the currency in any case (the library's one currency rule), as people write it
  return money(amount.trim(), currency.trim());
}

/** The next time-driven events from `subscription`: what nextDeadline and advance say, in turn. */
function nextEvents(subscription) {
  const events = [];
  let state = subscription;
  for (let i = 0; i < NEXT_EVENTS; i++) {
    const deadline = nextDeadline(state);
    if (deadline === null) break;
    state = advance(state, deadline.at).subscription;
    events.push({ type: deadline.type, at: deadline.at, status: state.status });
  }
  return events;
}

/**
 * The same resource read as of the start of its current term, so that the windows of the term can
 * be asked from their beginning, closed ones too; the state itself when it cannot be read then.
 */
function readAtTermStart(resource, subscription, options) {
  const start = subscription.termStart;
  if (typeof start !== 'string' || Date.parse(start) >= Date.parse(subscription.asOf))
    return subscription;
  try {
    return fromPartnerCenterSubscription(resource, { ...options, asOf: start }).subscription;
  } catch (error) {
    if (error instanceof RuleError) return subscription;
    throw error;
  }
}

/**
 * Reads `text` as a Partner Center Subscription resource as of `asOf`, with an optional unit price,
 * the messages in `locale`. Never throws: a problem comes back as `{ ok: false, key, reasons }`.
 */
export function inspect(text, { asOf, amount = '', currency = '', estBase = '', locale }) {
  if (text.trim() === '') return problem('error.empty');
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return problem('error.json');
  }
  const parsed = parsePartnerCenterSubscription(json);
  if (!parsed.ok) {
    const reasons = parsed.issues.map((issue) => ({
      path: issue.path,
      message: formatMessage(issue, locale),
    }));
    return problem(Array.isArray(json) ? 'error.list' : 'error.shape', reasons);
  }
  let price;
  let base;
  try {
    price = priceOf(amount, currency);
  } catch (error) {
    if (error instanceof RuleError) return problem('error.price', reasonsOf(error, locale));
    throw error;
  }
  try {
    base = priceOf(estBase, currency);
  } catch (error) {
    if (error instanceof RuleError) return problem('error.estBase', reasonsOf(error, locale));
    throw error;
  }
  try {
    const estOption = base === null ? {} : { extendedServiceTermBase: { basePrice: base } };
    let options = { asOf, locale, ...(price === null ? {} : { price }), ...estOption };
    let reading = fromPartnerCenterSubscription(parsed.value, options);
    // a resource in its Extended Service Term is billed its base plus the uplift (EST-3, EST-7):
    // with a base typed, that is its price, whatever the unit price field says
    if (base !== null && price !== null && reading.subscription.extendedServiceTerm !== undefined) {
      options = { asOf, locale, ...estOption };
      reading = fromPartnerCenterSubscription(parsed.value, options);
    }
    const { subscription, notes } = reading;
    return {
      ok: true,
      resource: parsed.value,
      subscription,
      atTermStart: readAtTermStart(parsed.value, subscription, options),
      notes,
      actions: allowedActions(subscription, asOf, { locale }),
      next: nextEvents(subscription),
      ...(typeof json.offerName === 'string' ? { offerName: json.offerName } : {}),
    };
  } catch (error) {
    if (error instanceof RuleError) return problem('error.read', reasonsOf(error, locale));
    throw error;
  }
}

/** The actions a PATCH of the subscription carries (the others have requests of their own). */
const PATCHED = new Set([
  'cancel',
  'suspend',
  'reactivate',
  'set-auto-renew',
  'set-end-of-term',
  'change-quantity',
  'schedule-renewal',
]);

/** The seats an action starts from: one more to add, the fewest allowed to reduce, the same to renew. */
export function defaultSeats(action, subscription) {
  if (action.type === 'change-quantity')
    return (action.maxReduction ?? 0) > 0
      ? subscription.quantity - action.maxReduction
      : subscription.quantity + 1;
  return subscription.quantity;
}

/** The event an allowed action sends at `at`, `seats` for the actions that take a number. */
function eventOf(action, at, seats) {
  switch (action.type) {
    case 'set-auto-renew':
      return { type: action.type, at, enabled: action.enabled };
    case 'set-end-of-term':
      return { type: action.type, at, action: action.action };
    case 'suspend':
      return { type: action.type, at, reason: action.reasons?.[0] ?? 'customer-request' };
    case 'change-quantity':
    case 'schedule-renewal':
      return { type: action.type, at, quantity: seats };
    default:
      return { type: action.type, at };
  }
}

/**
 * What an allowed action does and the PATCH body that makes it, as of `at`: `{ kind: 'patch',
 * body, effects }` (`body` null when nothing a PATCH carries changes), `{ kind: 'other' }` for a
 * change made by another request, `{ kind: 'refused', message }`, or `{ kind: 'error', reasons }`.
 */
export function patchFor(subscription, action, at, seats, locale) {
  if (!PATCHED.has(action.type)) return { kind: 'other' };
  try {
    const step = transition(subscription, eventOf(action, at, seats), { locale });
    if (!step.ok) return { kind: 'refused', message: step.message };
    return {
      kind: 'patch',
      body: toPartnerCenterPatch(subscription, step.subscription),
      effects: step.effects,
    };
  } catch (error) {
    if (error instanceof RuleError) return { kind: 'error', reasons: reasonsOf(error, locale) };
    throw error;
  }
}
