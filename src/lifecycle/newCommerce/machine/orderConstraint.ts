import type { MessageOptions } from '../../../messages/types.ts';
import { judgeOrder } from '../../../orders/judgeOrder.ts';
import { type QuantityBounds, quantityBounds } from '../../../orders/quantityBounds.ts';
import type { HoldingsOptions } from '../../../orders/types.ts';
import { partnerCenterOrders } from '../../../policy/data/newCommerce/orders.ts';
import type { NewCommercePolicy } from '../../../policy/types.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceEvent } from '../eventTypes.ts';
import type { NewCommerceTransitionRefused, NewCommerceWarning } from '../resultTypes.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { policyIdAt } from './policyRules.ts';

/** The id the changed subscription goes by among the holdings: a state has none of its own. */
const SELF = '(this subscription)';

/**
 * The catalog policy in force at `ms` as the order check reads it (ORD-2): its id and the one list
 * of order constraints every catalog policy carries — not the whole policy, whose sources and
 * tables a lifecycle bundle does not need.
 */
function catalogOrders(ms: number): Pick<NewCommercePolicy, 'id' | 'orders'> {
  return { id: policyIdAt(ms), orders: partnerCenterOrders };
}

/** What the order check needs of a state before an event changes it (ORD-6). */
export interface OrderSnapshot {
  readonly offerId: string;
  readonly quantity: number;
  readonly term: string | null;
  readonly billingFrequency: string | null;
  readonly status: string;
  readonly termEnd: string | null;
}

/** The state's offer, seats and plan before the event, or `undefined` when it names no offer. */
export function orderSnapshot(state: NewCommerceDraft): OrderSnapshot | undefined {
  const offerId = state.offerId;
  if (offerId === undefined) return undefined;
  return {
    offerId,
    quantity: state.quantity,
    term: state.term,
    billingFrequency: state.billingFrequency,
    status: state.status,
    termEnd: state.termEnd,
  };
}

/**
 * The order an accepted seat change, renewal schedule or term change places (ORD-6), and the
 * instant it is judged at (a renewal's at the term's end), or `undefined` for another event or one
 * that changes nothing an order constraint reads.
 */
function orderOf(
  event: NewCommerceEvent,
  before: OrderSnapshot,
  atMs: number,
): { order: object; ms: number } | undefined {
  const { quantity, term, billingFrequency } = before;
  const base = { offer: before.offerId, subscriptionId: SELF };
  if (event.type === 'change-quantity') {
    if (event.quantity === quantity || term === null) return undefined;
    return { order: { ...base, quantity: event.quantity, term, billingFrequency }, ms: atMs };
  }
  if (event.type === 'schedule-renewal') {
    if (before.termEnd === null || term === null) return undefined;
    const order = {
      ...base,
      quantity: event.quantity ?? quantity,
      term: event.term ?? term,
      billingFrequency: event.billingFrequency ?? billingFrequency,
    };
    return { order, ms: parseInstant(before.termEnd, 'subscription.termEnd') };
  }
  if (event.type === 'change-term') {
    const order = {
      ...base,
      quantity: event.quantity ?? quantity,
      term: event.term,
      billingFrequency: event.billingFrequency,
    };
    return { order, ms: atMs };
  }
  return undefined;
}

/**
 * What the order constraints say of an accepted change (ORD-6): the refusal of a change they break
 * — `checkOrder`'s judgement of it with the state among `options.holdings` (only its own
 * constraints without them), under the catalog policy in force when it takes effect — or the
 * warning that the caps were not checked for want of holdings; `undefined` when neither.
 */
export function orderConstraintCheck(
  event: NewCommerceEvent,
  before: OrderSnapshot,
  atMs: number,
  options: (HoldingsOptions & MessageOptions) | undefined,
): NewCommerceTransitionRefused | NewCommerceWarning | undefined {
  const placed = orderOf(event, before, atMs);
  if (placed === undefined) return undefined;
  const given = options?.holdings;
  const self = {
    id: SELF,
    offerId: before.offerId,
    quantity: before.quantity,
    status: before.status,
    term: before.term,
    billingFrequency: before.billingFrequency,
  };
  const holdings = given === undefined ? [self] : Array.isArray(given) ? [...given, self] : given;
  const check = judgeOrder(
    placed.order,
    holdings,
    placed.ms,
    catalogOrders(placed.ms),
    options?.locale === undefined ? undefined : options,
    given === undefined,
  );
  if (check.ok) {
    const note = check.notes.find((n) => n.code === 'caps-not-checked');
    return note === undefined
      ? undefined
      : {
          code: 'ORDER_CAPS_NOT_CHECKED',
          message: note.message,
          messageId: note.messageId,
          params: note.params,
        };
  }
  const first = check.refusals[0] as (typeof check.refusals)[number];
  return {
    ok: false,
    code: 'ORDER_CONSTRAINT',
    message: first.message,
    messageId: first.messageId,
    params: first.params,
    refusals: check.refusals,
  };
}

/**
 * The seat bounds the order constraints put on a change of the state's quantity now (ORD-7), with
 * the state among `options.holdings` (only its own constraints without them); `undefined` for a
 * state that names no offer or has no term.
 */
export function orderQuantityBounds(
  state: NewCommerceDraft,
  atMs: number,
  options: (HoldingsOptions & MessageOptions) | undefined,
): QuantityBounds | undefined {
  const before = orderSnapshot(state);
  if (before === undefined || before.term === null) return undefined;
  const given = options?.holdings;
  const self = {
    id: SELF,
    offerId: before.offerId,
    quantity: before.quantity,
    status: before.status,
    term: before.term,
    billingFrequency: before.billingFrequency,
  };
  return quantityBounds(
    {
      offer: before.offerId,
      subscriptionId: SELF,
      term: before.term,
      billingFrequency: before.billingFrequency,
    },
    given === undefined ? [self] : Array.isArray(given) ? [...given, self] : given,
    before.quantity,
    atMs,
    catalogOrders(atMs),
    options?.locale === undefined ? undefined : options,
    given === undefined,
  );
}
