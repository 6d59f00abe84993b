import type { SuspensionReason } from '../../policy/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { ActionDescription, AllowedCancelOutcome } from '../ActionDescription.ts';

/**
 * `cancel` as a legacy subscription would accept it now (LC-3, LC-12), with what it would do.
 *
 * @category Lifecycle
 */
export interface CancelAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'cancel';
  /**
   * The refund decision's outcome (REF): `full-credit`, `prorated-credit`, `no-refund` (usage),
   * `cancel-at-renewal` (scheduled for the term's end); `trial-cancelled` during a free trial.
   */
  readonly outcome: AllowedCancelOutcome;
  /**
   * Until when the outcome holds (exclusive): for `full-credit` and `prorated-credit`, the end of
   * the refund window (or a stated full-credit end before it, PCR-1); `null` where no window
   * closes — `no-refund`, `cancel-at-renewal` (the term's end is in the description) and
   * `trial-cancelled`.
   */
  readonly until: string | null;
  /**
   * What the cancel would credit now, for every licence: exactly `cancellationDecision`'s credit
   * for the same state and instant (REF-6) — the price for `full-credit`, the unused part of the
   * term for `prorated-credit`, zero for `no-refund`. Absent when the state has no `price` (a
   * legacy state may be unpriced), and for `cancel-at-renewal` and `trial-cancelled`, which
   * credit nothing.
   */
  readonly credit?: Money;
}

/**
 * `suspend` as a legacy subscription would accept it now (LC-6, SUS-5).
 *
 * @category Lifecycle
 */
export interface SuspendAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'suspend';
  /** The reasons to choose from (SUS-5). */
  readonly reasons: readonly SuspensionReason[];
  /** The fields the event must carry because the subscription does not know them (SUS-1). */
  readonly needs: readonly ('accountOpenedAt' | 'firstBillingPeriodStart')[];
}

/**
 * `reactivate` as a suspended legacy subscription would accept it now (LC-7).
 *
 * @category Lifecycle
 */
export interface ReactivateAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'reactivate';
  /** When the data is deleted unless reactivated first (SUS-1). */
  readonly until: string;
}

/**
 * `set-auto-renew` with one value a legacy subscription would accept now (LC-4, LC-5): one action
 * for each value accepted.
 *
 * @category Lifecycle
 */
export interface SetAutoRenewAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'set-auto-renew';
  /** The value that would be accepted. */
  readonly enabled: boolean;
}

/**
 * `change-quantity` as a legacy subscription would accept it now (LC-9): a description only.
 *
 * @category Lifecycle
 */
export interface ChangeQuantityAction extends ActionDescription {
  /** Discriminant. */
  readonly type: 'change-quantity';
}

/**
 * One event a legacy subscription would accept now, with what it would do (LC-12), for a UI to
 * show: a union discriminated by `type`, each member with exactly its own fields, so
 * `if (action.type === 'cancel') action.until` is `string | null`.
 *
 * @category Lifecycle
 */
export type AllowedAction =
  | CancelAction
  | SuspendAction
  | ReactivateAction
  | SetAutoRenewAction
  | ChangeQuantityAction;
