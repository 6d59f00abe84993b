import type { PriceList, Promotion } from '../../../prices/types.ts';
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
  /** The caller's `options.priceList`, read: what prices a change the event gives no price for (PL-3). */
  readonly prices?: PriceList | undefined;
  /** The caller's `options.promotions`, read: what a term change may take (PL-5). */
  readonly promotions?: readonly Promotion[] | undefined;
}

/** What an event does once the table has let it through (TERMINAL and the statuses it takes). */
export interface EventHandler<E extends NewCommerceEvent> {
  /** Statuses that take the event; any other live status refuses it `NOT_ALLOWED`. */
  readonly from: readonly NewCommerceStatus[];
  /** Checks the event's own fields (a bad one is a RuleError, whatever the state). */
  readonly read: (event: E) => void;
  /**
   * Checks what the event asks against what the subscription is, not where it stands: a term and
   * billing frequency the product is not sold with is a RuleError before any refusal, `TERMINAL`
   * included (NCE-2, LC-11). Given the state as of the event's instant.
   */
  readonly check?: (event: E, state: NewCommerceDraft) => void;
  /** The rest of the refusal order, then the event applied. */
  readonly apply: (event: E, context: EventContext) => NewCommerceTransitionResult;
}
