import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../messages/en/lifecycle.ts';
import { extendedServiceTermMessages as e } from '../../messages/en/newCommerce/extendedServiceTerm.ts';
import { say } from '../../messages/say.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { HoldingsOptions } from '../../orders/types.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { optionsPromotions } from '../../prices/promotions.ts';
import { optionsPriceList } from '../../prices/renewalPrice.ts';
import type { PriceListOptions, PromotionOptions } from '../../prices/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import type { NewCommerceDeadline, NewCommerceEvent } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import type { EventHandler } from './machine/EventHandler.ts';
import { eventAtMs, eventAtText } from './machine/eventAtMs.ts';
import { takeMade } from './machine/lastMade.ts';
import { orderConstraintCheck, orderSnapshot } from './machine/orderConstraint.ts';
import { readState } from './machine/readState.ts';
import { refuseCustomPolicy } from './machine/refuseCustomPolicy.ts';
import { refused } from './machine/results.ts';
import type { NewCommerceChargeEffect, NewCommerceTransitionResult } from './resultTypes.ts';
import { eventTable, eventTypes, type NewCommerceEventType } from './table.ts';
import type { NewCommerceStatus, NewCommerceSubscription } from './types.ts';

/**
 * The handler of an event type, or `undefined`: compared in place with the table's types (a
 * `Map` look-up, hashing the type, was ~120 instructions a call). A type added to the table and
 * not here is refused as unknown, which every event's own tests would show.
 */
function handlerOf(type: unknown): EventHandler<NewCommerceEvent> | undefined {
  const t = eventTable as { readonly [T in NewCommerceEventType]: EventHandler<NewCommerceEvent> };
  switch (type) {
    case 'suspend':
      return t.suspend;
    case 'reactivate':
      return t.reactivate;
    case 'change-quantity':
      return t['change-quantity'];
    case 'set-auto-renew':
      return t['set-auto-renew'];
    case 'schedule-renewal':
      return t['schedule-renewal'];
    case 'cancel':
      return t.cancel;
    case 'set-end-of-term':
      return t['set-end-of-term'];
    case 'change-term':
      return t['change-term'];
    case 'change-billing-frequency':
      return t['change-billing-frequency'];
    default:
      return undefined;
  }
}

/** The `asOf` of a state taken by {@link takeMade}, in a typed array: a write allocates nothing. */
const takenAsOf = /* @__PURE__ */ new Float64Array(1);

/**
 * Whether `status` takes no events (the table's `terminal`, NCE-7): compared in place, where a
 * look-up keyed by the status went through V8's megamorphic keyed load (~120 instructions a call).
 */
function isTerminal(status: NewCommerceStatus): boolean {
  return (
    status === 'expired' || status === 'disabled' || status === 'cancelled' || status === 'deleted'
  );
}

/** Whether `status` is among the statuses `from` (one to four): a loop, not a builtin call. */
function takes(from: readonly NewCommerceStatus[], status: NewCommerceStatus): boolean {
  for (let i = 0; i < from.length; i++) if (from[i] === status) return true;
  return false;
}

/**
 * `transition` for a New Commerce state (NCE-7, NCE-11): reads the event, advances to its `at`,
 * then refuses in the table's order (`TERMINAL`, `NOT_ALLOWED` — also every event but `cancel`
 * and `change-term` in an Extended Service Term, EST-4 — then the handler's, then an order
 * constraint's `ORDER_CONSTRAINT`, ORD-6) or applies it.
 */
export function transitionNewCommerce(
  subscription: NewCommerceSubscription,
  event: NewCommerceEvent,
  options?: PolicyOptions & PriceListOptions & PromotionOptions & HoldingsOptions & MessageOptions,
): NewCommerceTransitionResult {
  // a New Commerce state follows the catalog: a caller's policy is refused, never dropped (POL-1)
  refuseCustomPolicy(options);
  const prices = optionsPriceList(options);
  const promotions = optionsPromotions(options);
  // the state last returned, unchanged: its private copy is the fresh draft, nothing to check
  const draft = takeMade(subscription, takenAsOf);
  const asOf = draft === undefined ? readState(subscription) : (takenAsOf[0] as number);
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'event', 'expected an event object', event);
  const type = event.type;
  const handler = handlerOf(type);
  if (handler === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'event.type',
      'expected one of {allowed}',
      type,
      eventTypes.join(', '),
    );
  // an event at the instant of the one before (a replay's events of one day) is not read again
  const eventAt = event.at;
  const atMs = eventAtMs(eventAt, 'event.at');
  handler.read(event);
  assertNotBefore(atMs, 'event.at', asOf, 'subscription.asOf');
  const at = eventAtText(eventAt, atMs, 'event.at');
  const events: NewCommerceDeadline[] = [];
  const charges: NewCommerceChargeEffect[] = [];
  const state = advanceState(
    subscription,
    atMs,
    at,
    events,
    charges,
    asOf,
    prices,
    promotions,
    draft,
  );
  handler.check?.(event, state);
  const status = state.status;
  if (isTerminal(status)) {
    return refused(
      'TERMINAL',
      status === 'deleted'
        ? say(t, 'lifecycle.refused.deleted')
        : say(t, 'lifecycle.refused.terminal', { status }),
    );
  }
  // in an Extended Service Term only a cancellation or a conversion to a new term (EST-4)
  const est = state.extendedServiceTerm;
  if (est !== undefined && type !== 'cancel' && type !== 'change-term')
    return refused(
      'NOT_ALLOWED',
      say(e, 'lifecycle.nce.refused.in-extended-service-term', { event: type }),
    );
  if (!takes(handler.from, status)) {
    return refused(
      'NOT_ALLOWED',
      status === 'suspended'
        ? say(t, 'lifecycle.refused.suspended', { event: type })
        : say(t, 'lifecycle.refused.not-allowed', { status, event: type }),
    );
  }
  // an order constraint judges the change once NCE's own windows allowed it (ORD-6)
  const before = orderSnapshot(state);
  const result = handler.apply(event, { state, atMs, at, events, charges, prices, promotions });
  if (!result.ok || before === undefined) return result;
  const said = orderConstraintCheck(event, before, atMs, options);
  if (said === undefined) return result;
  if ('ok' in said) return said;
  return { ...result, warnings: [...(result.warnings ?? []), said] };
}
