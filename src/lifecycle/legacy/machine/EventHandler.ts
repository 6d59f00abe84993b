import type { PolicyRules } from '../../../policy/types.ts';
import type { Deadline, DeadlineType, SubscriptionEvent, TransitionResult } from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/**
 * Applies a time-driven event to a draft state, in place: `applyDeadline`. A handler gets it from
 * its context rather than by import, because `applyDeadline` reads the lifecycle table, and the
 * table imports the handlers (an import would close a cycle).
 */
export type ApplyDeadline = (
  s: DraftSubscription,
  type: DeadlineType,
  at: string,
  atMs: number,
  caughtUp: boolean,
) => void;

/** What a handler is given: the state already advanced to the event's instant, and accepted so far. */
export interface EventContext {
  /** A fresh copy of the state as of `at`, which the handler fills in and returns (or drops). */
  readonly state: DraftSubscription;
  /** The event's instant, epoch milliseconds. */
  readonly atMs: number;
  /** The event's instant, ISO text. */
  readonly at: string;
  /** The subscription's policy. */
  readonly policy: PolicyRules;
  /** Time-driven events applied so far; a handler may add more (LC-7). */
  readonly events: Deadline[];
  /** Applies a time-driven event as the deadline table says (for a catch-up, LC-7). */
  readonly applyDeadline: ApplyDeadline;
}

/**
 * What an event does, once the event table has let it through (which statuses take it, and every
 * refusal checked before it, are in `table.ts`).
 */
export interface EventHandler<E extends SubscriptionEvent> {
  /** Checks the event's own fields (a bad one is a RuleError, whatever the state). */
  readonly read: (event: E, policy: PolicyRules) => void;
  /** Applies the event to a state that takes it; may still refuse for a reason the table defers. */
  readonly apply: (event: E, context: EventContext) => TransitionResult;
}
