import { cancel } from '../events/cancel.ts';
import { changeQuantity } from '../events/changeQuantity.ts';
import { reactivate } from '../events/reactivate.ts';
import { setAutoRenew } from '../events/setAutoRenew.ts';
import { suspend } from '../events/suspend.ts';
import type { DeadlineType, RefusalCode, SubscriptionEvent, SubscriptionStatus } from '../types.ts';
import type { EventHandler } from './EventHandler.ts';

/** An event type a caller sends. */
export type EventType = SubscriptionEvent['type'];

/** One row of the event table: the statuses that take the event, and what it does. */
export interface EventRow<E extends SubscriptionEvent> {
  /** Statuses that take the event; any other live status refuses it `NOT_ALLOWED`. */
  readonly from: readonly SubscriptionStatus[];
  /** Reads the event's fields, and applies it. */
  readonly handler: EventHandler<E>;
}

/** The events a caller sends (LC-11), in the order `allowedActions` lists them. */
export const eventTable: {
  readonly [T in EventType]: EventRow<Extract<SubscriptionEvent, { type: T }>>;
} = {
  // LC-3: ends now with the refund decision's credit, or is scheduled for the term's end
  cancel: { from: ['trial', 'active'], handler: cancel },
  // LC-6: users locked out; the data is deleted after the policy's days (SUS-1)
  suspend: { from: ['trial', 'active'], handler: suspend },
  // LC-7: back to the status before; a deadline missed meanwhile happens now
  reactivate: { from: ['suspended'], handler: reactivate },
  // LC-5: where the product has the toggle
  'set-auto-renew': { from: ['trial', 'active'], handler: setAutoRenew },
  // LC-9: an integer ≥ 1
  'change-quantity': { from: ['trial', 'active'], handler: changeQuantity },
};

/** The event types, in the table's order. */
export const eventTypes: readonly EventType[] = /* @__PURE__ */ Object.keys(
  eventTable,
) as EventType[];

/** What a time-driven event does to the run of terms: starts a new run, renews, or leaves it. */
export type TermChange = 'start' | 'next' | 'keep';

/** One row of the deadline table: the status it leaves, and what it does to the terms. */
export interface DeadlineRow {
  /** The status after it. */
  readonly status: SubscriptionStatus;
  /** At its own instant, as time passes (`advanceState`). */
  readonly onTime: TermChange;
  /** When a reactivation catches it up after it passed while suspended (LC-7). */
  readonly caughtUp: TermChange;
}

/**
 * The time-driven events (LC-10). Which one is next, and when, is `deadlineOf`'s answer from
 * the status; each row says what it then does. `next` is the renewal formula (TIME-4, `nextTerm`).
 */
export const deadlineTable: { readonly [T in DeadlineType]: DeadlineRow } = {
  // LC-2: trial ends (`trialEndsAt`) with auto-renew on: the first paid term starts
  'trial-converted': { status: 'active', onTime: 'start', caughtUp: 'start' },
  // LC-4: term ends (`termEnd`) with auto-renew on; caught up, a new run starts then
  renewed: { status: 'active', onTime: 'next', caughtUp: 'start' },
  // LC-3: term ends with a cancellation scheduled
  cancelled: { status: 'cancelled', onTime: 'keep', caughtUp: 'keep' },
  // LC-2, LC-4: trial or term ends with auto-renew off
  expired: { status: 'expired', onTime: 'keep', caughtUp: 'keep' },
  // LC-8: `suspension.expiresAt` passes while suspended
  'data-deleted': { status: 'deleted', onTime: 'keep', caughtUp: 'keep' },
};

/**
 * Why an event is refused, in the order `transition` checks (LC-11), on the state advanced to
 * the event's instant: the first that applies is the answer, and nothing changes. `firstRefusal`
 * checks each in turn; the last two are the refund decision, which the `cancel` handler asks (LC-3).
 */
export const refusalOrder = [
  'TERMINAL', // the subscription has ended (LC-11)
  'NOT_ALLOWED', // the status is not in the event's row (LC-6)
  'NOT_SUPPORTED', // no auto-renew toggle for the product (LC-5)
  'CANCELLATION_SCHEDULED', // a second cancel, or auto-renew turned on (LC-3, LC-5)
  'NOT_CANCELLABLE', // the refund decision (LC-3)
  'SUPPORT_REQUEST_REQUIRED', // the refund decision (LC-3)
] as const;

/** Accepts only `never`: {@link EveryRefusalListed} fails to compile, naming a missing code. */
type Nothing<T extends never> = T;

/** The refusal codes {@link refusalOrder} leaves out: none, or this does not compile. */
export type EveryRefusalListed = Nothing<Exclude<RefusalCode, (typeof refusalOrder)[number]>>;
