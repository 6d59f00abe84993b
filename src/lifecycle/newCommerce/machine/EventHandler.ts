import type { NewCommerceDeadline, NewCommerceEvent } from '../eventTypes.ts';
import type { NewCommerceChargeEffect, NewCommerceTransitionResult } from '../resultTypes.ts';
import type { NewCommerceStatus } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/** What a handler is given: the state already advanced to the event's instant. */
export interface EventContext {
  /** A fresh copy of the state as of `at`, which the handler fills in and returns (or drops). */
  readonly state: NewCommerceDraft;
  /** The event's instant, epoch milliseconds. */
  readonly atMs: number;
  /** The event's instant, ISO text. */
  readonly at: string;
  /** Time-driven events applied on the way to `at`. */
  readonly events: NewCommerceDeadline[];
  /** What the time passed on the way to `at` billed (CHG-1), before the event's own effects. */
  readonly charges: readonly NewCommerceChargeEffect[];
}

/** What an event does once the table has let it through (TERMINAL and the statuses it takes). */
export interface EventHandler<E extends NewCommerceEvent> {
  /** Statuses that take the event; any other live status refuses it `NOT_ALLOWED`. */
  readonly from: readonly NewCommerceStatus[];
  /** Checks the event's own fields (a bad one is a RuleError, whatever the state). */
  readonly read: (event: E) => void;
  /** The rest of the refusal order, then the event applied. */
  readonly apply: (event: E, context: EventContext) => NewCommerceTransitionResult;
}
