import type { RefundMessageId } from '../messages/en/refunds.ts';
import type { MessageParams } from '../messages/types.ts';
import type { Program } from '../policy/vocabulary/programs.ts';
import type { Money } from '../pricing/money.ts';

/**
 * What every cancellation decision carries (REF-9).
 *
 * @category Refunds
 */
export interface DecisionBase {
  /** The ID of the rule that decided, from the policy data: `REF-1` … `REF-8`. */
  readonly rule: string;
  /** The ID of the policy the decision was made by (POL-1, POL-2). */
  readonly policyId: string;
  /** The program whose rules decided (NCE-1): the purchase's. */
  readonly program: Program;
  /**
   * One sentence a UI can show, English unless a `{ locale }` was given (MSG-1); it names the
   * window's end when there is a window.
   */
  readonly message: string;
  /** The message's stable ID (MSG-1), e.g. `refund.full-credit`. */
  readonly messageId: RefundMessageId;
  /** The message's named parameters (MSG-1), e.g. `{ count: 24, unit: 'hour', windowEndsAt }`. */
  readonly params: MessageParams;
}

/**
 * Cancelled now, with the whole price credited on the next invoice (REF-1, REF-3, REF-5).
 *
 * @category Refunds
 */
export interface FullCreditDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'full-credit';
  /** When the window closes (exclusive), in ISO 8601 UTC. */
  readonly windowEndsAt: string;
  /** Whole days left in the window, rounded down (0 on its last partial day). */
  readonly daysRemaining: number;
  /** 100 % of the purchase's price; present exactly when the purchase has a `price` (REF-6). */
  readonly credit?: Money;
}

/**
 * Cancelled now with no early-termination fee, the unused part of the term credited (REF-5, REF-6).
 *
 * @category Refunds
 */
export interface ProratedCreditDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'prorated-credit';
  /** When the window closes (exclusive), in ISO 8601 UTC. */
  readonly windowEndsAt: string;
  /** Whole days left in the window, rounded down (0 on its last partial day). */
  readonly daysRemaining: number;
  /** The unused part of the term, rounded half-up (PRICE-6); present exactly when there is a `price`. */
  readonly credit?: Money;
}

/**
 * Too late for a credit: the cancellation is scheduled for the end of the current term (REF-2, REF-3).
 *
 * @category Refunds
 */
export interface CancelAtRenewalDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'cancel-at-renewal';
  /** When the full-credit window closed, in ISO 8601 UTC. */
  readonly windowEndsAt: string;
  /** Always 0: the window has closed. */
  readonly daysRemaining: number;
  /** When the cancellation takes effect: the purchase's `currentTermEnd`, when it was given. */
  readonly effectiveAt?: string;
}

/**
 * Stopped now, nothing credited: usage is billed after it happens (REF-4).
 *
 * @category Refunds
 */
export interface NoRefundDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'no-refund';
  /** Why nothing is credited. */
  readonly reason: 'usage-based';
  /** Zero in the price's currency; present exactly when the purchase has a `price` (LC-3). */
  readonly credit?: Money;
}

/**
 * The purchase cannot be cancelled: its window has closed (REF-5) or the plan never can be (REF-7).
 *
 * @category Refunds
 */
export interface NotCancellableDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'not-cancellable';
  /** `window-closed` (REF-5) or `plan-not-cancellable` (REF-7). */
  readonly reason: 'window-closed' | 'plan-not-cancellable';
  /** When the window closed, for a product that has one. */
  readonly windowEndsAt?: string;
  /** Always 0 when present: the window has closed. */
  readonly daysRemaining?: number;
}

/**
 * Only a customer support request can cancel this purchase (REF-8, SUP-1).
 *
 * @category Refunds
 */
export interface SupportRequestDecision extends DecisionBase {
  /** Discriminant. */
  readonly outcome: 'support-request';
}

/**
 * The answer to "if my customer cancels now, what happens to the money?" (REF-1 … REF-11), discriminated
 * by `outcome`.
 *
 * @category Refunds
 */
export type CancellationDecision =
  | FullCreditDecision
  | ProratedCreditDecision
  | CancelAtRenewalDecision
  | NoRefundDecision
  | NotCancellableDecision
  | SupportRequestDecision;

/**
 * A decision under the legacy program's rules (REF-1 … REF-11): `program: 'legacy'`.
 *
 * @category Refunds
 */
export type LegacyCancellationDecision = CancellationDecision & {
  /** Decided by the legacy program's rules. */
  readonly program: 'legacy';
};

/**
 * A decision under New Commerce's rules (NCE-4): `program: 'new-commerce'`. The catalog's New
 * Commerce policies never answer `support-request`; a policy of your own may.
 *
 * @category Refunds
 */
export type NewCommerceCancellationDecision = CancellationDecision & {
  /** Decided by New Commerce's rules. */
  readonly program: 'new-commerce';
};

/**
 * The outcome of a {@link CancellationDecision}, as a literal type.
 *
 * @category Refunds
 */
export type CancellationOutcome = CancellationDecision['outcome'];
