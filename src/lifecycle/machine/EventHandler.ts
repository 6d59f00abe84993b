import type { Policy } from '../../policy/types.ts';
import type {
  Deadline,
  SubscriptionEvent,
  SubscriptionStatus,
  TransitionResult,
} from '../types.ts';
import type { DraftSubscription } from './cloneState.ts';

/** What a handler is given: the state already advanced to the event's instant. */
export interface EventContext {
  /** A fresh copy of the state as of `at`, which the handler fills in and returns (or drops). */
  readonly state: DraftSubscription;
  /** The event's instant, epoch milliseconds. */
  readonly atMs: number;
  /** The event's instant, ISO text. */
  readonly at: string;
  /** The subscription's policy. */
  readonly policy: Policy;
  /** Time-driven events applied so far; a handler may add more (LC-7). */
  readonly events: Deadline[];
}

/** One row of the transition table: which statuses take the event, and what it does. */
export interface EventHandler<E extends SubscriptionEvent> {
  /** Statuses that accept the event; any other live status refuses it `NOT_ALLOWED`. */
  readonly from: readonly SubscriptionStatus[];
  /** Checks the event's own fields (a bad one is a RuleError, whatever the state). */
  readonly read: (event: E, policy: Policy) => void;
  /** Applies the event to a state that accepts it. */
  readonly apply: (event: E, context: EventContext) => TransitionResult;
}
