import { cancel } from './events/cancel.ts';
import { changeBillingFrequency } from './events/changeBillingFrequency.ts';
import { changeQuantity } from './events/changeQuantity.ts';
import { changeTerm } from './events/changeTerm.ts';
import { reactivate } from './events/reactivate.ts';
import { scheduleRenewal } from './events/scheduleRenewal.ts';
import { setAutoRenew } from './events/setAutoRenew.ts';
import { setEndOfTerm } from './events/setEndOfTerm.ts';
import { suspend } from './events/suspend.ts';
import type { NewCommerceDeadlineType, NewCommerceEvent } from './eventTypes.ts';
import type { EventHandler } from './machine/EventHandler.ts';
import type { NewCommerceRefusalCode } from './resultTypes.ts';
import type { NewCommerceStatus } from './types.ts';

/** A New Commerce event type. */
export type NewCommerceEventType = NewCommerceEvent['type'];

/**
 * The New Commerce events (NCE-7), in the order `allowedActions` lists them; each handler says the
 * statuses it is allowed in (`from`) and applies the rest of the refusal order.
 */
export const eventTable: {
  readonly [T in NewCommerceEventType]: EventHandler<Extract<NewCommerceEvent, { type: T }>>;
} = {
  // trial (SaaS only), active, suspended: inside the term's window → cancelled with a credit;
  // after it → NOT_CANCELLABLE, or for SaaS scheduled at termEnd (NCE-4)
  cancel,
  // active: up → a new batch; down → from the reducible batches with a credit (NCE-6)
  'change-quantity': changeQuantity,
  // trial, active: off → expires at the end, or an eligible term continues into an Extended
  // Service Term (EST-2); drops `scheduled`
  'set-auto-renew': setAutoRenew,
  // trial, active: renew, extended-service-term (eligible only) or cancel at the term's end (EST-2)
  'set-end-of-term': setEndOfTerm,
  // active with auto-renew on: quantity, term, billing frequency, price for the next term
  'schedule-renewal': scheduleRenewal,
  // active: still billed; auto-renew forced off; `scheduled` dropped
  suspend,
  // suspended, before termEnd: → active, auto-renew stays off
  reactivate,
  // active licence-based: a longer term now, the old period's unused days credited (MID-1)
  'change-term': changeTerm,
  // active, where the policy at `at` allows it: the frequency from the next period (MID-2)
  'change-billing-frequency': changeBillingFrequency,
};

/** The event types, in the table's order. */
export const eventTypes: readonly NewCommerceEventType[] = /* @__PURE__ */ Object.keys(
  eventTable,
) as NewCommerceEventType[];

/** Statuses that take no events (NCE-7, NCE-11): refused `TERMINAL`. */
export const terminal: { readonly [S in NewCommerceStatus]: boolean } = {
  trial: false,
  active: false,
  suspended: false,
  expired: true,
  disabled: true,
  cancelled: true,
  deleted: true,
};

/**
 * The time-driven events (NCE-8), from `machine/deadlineOf.ts` (when) and
 * `machine/applyDeadline.ts` (what), in one place:
 *
 * | from | at | with | event → status |
 * |---|---|---|---|
 * | active, suspended | pending `from` | a billing frequency change waits | `billing-frequency-changed` (status kept; MID-2) |
 * | trial | `trialEndsAt` | auto-renew on | `trial-converted` → active (first term, one batch) |
 * | trial | `trialEndsAt` | auto-renew off | `expired` |
 * | active | `termEnd` | cancellation scheduled | `cancelled` |
 * | active | `termEnd` | auto-renew on | `renewed` → active (`scheduled` applied, one batch, policy at termEnd) |
 * | active | `termEnd` | in an Extended Service Term | `renewed` → active (the next month, EST-3) |
 * | active | `termEnd` | `endOfTerm` extended-service-term | `extended-service-term` → active (one-month terms, EST-3) |
 * | active | `termEnd` | `endOfTerm` cancel, eligible (EST-1) | `disabled` (deleted 90 days later, EST-3) |
 * | active | `termEnd` | `endOfTerm` cancel, not eligible | `expired` |
 * | suspended | `termEnd` | cancellation scheduled | `cancelled` |
 * | suspended | `termEnd` | | `expired` (then disabled and deleted as any expired one) |
 * | expired | `expiredAt` + 30 days | | `disabled` |
 * | disabled | `disabledAt` + 90 days | | `data-deleted` → deleted |
 */
export const deadlineStatus: {
  readonly [T in NewCommerceDeadlineType]: NewCommerceStatus | null;
} = {
  // the status stays (active or suspended): the billing changes (MID-2)
  'billing-frequency-changed': null,
  'extended-service-term': 'active',
  'trial-converted': 'active',
  renewed: 'active',
  cancelled: 'cancelled',
  expired: 'expired',
  disabled: 'disabled',
  'data-deleted': 'deleted',
};

/**
 * The refusal order (NCE-11, LC-11): `TERMINAL` and `NOT_ALLOWED` (status not in `from`) here,
 * the rest in the handler, in this order.
 */
export const refusalOrder = [
  'TERMINAL',
  'NOT_ALLOWED', // also: a Microsoft trial's cancel; schedule-renewal with auto-renew off; a
  // term not longer (MID-1); a billing frequency the policy keeps, in the last period, or the
  // same (MID-2)
  'NOT_SUPPORTED', // marketplace usage; a reduction of software or SaaS seats; a term change of
  // another product than licence-based (MID-1)
  'CANCELLATION_SCHEDULED', // a second SaaS cancel; auto-renew on while one is scheduled
  'NOT_CANCELLABLE', // the window has closed
  'REDUCTION_NOT_ALLOWED', // more seats than refundableQuantity.total
  'ORDER_CONSTRAINT', // a seat, renewal or term change an order constraint breaks (ORD-6)
] as const;

/** Accepts only `never`: {@link EveryRefusalListed} fails to compile, naming a missing code. */
type Nothing<T extends never> = T;

/** The refusal codes {@link refusalOrder} leaves out: none, or this does not compile. */
export type EveryRefusalListed = Nothing<
  Exclude<NewCommerceRefusalCode, (typeof refusalOrder)[number]>
>;
