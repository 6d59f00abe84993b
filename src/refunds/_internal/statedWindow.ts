import { parseInstant } from '../../time/parseInstant.ts';

/** The window a decision uses, in epoch ms (PCR-1). */
export interface DecisionWindow {
  /** The end of the cancellation window (exclusive). */
  readonly endMs: number;
  /** The end of a stated full-credit window (exclusive); `undefined`: the rule's own outcomes. */
  readonly fullMs: number | undefined;
  /** Whether a stated end differs from the computed one (the message then speaks of it). */
  readonly stated: boolean;
}

/**
 * The window of a decision (PCR-1): the computed one, unless the purchase states its own. A stated
 * `cancellableUntil` replaces the cancellation window's end (`null`: the window is closed from its
 * start); a stated `fullCreditUntil` ends the full credit (before it full credit, after it a
 * prorated one for as long as the window stays open), and also ends the window where the rule's
 * whole window is a full-credit one and no cancellation end is stated.
 *
 * @param cancellableUntil - The purchase's stated cancellation end, as given (New Commerce only).
 * @param fullCreditUntil - The purchase's stated full-credit end, as given.
 * @param startMs - Where the window opens.
 * @param endMs - The computed window's end.
 * @param fullMs - The computed full-credit end, if the rule gives one.
 * @param fullOnly - Whether the rule's whole window is a full-credit one.
 * @returns The window to decide by.
 * @throws {@link RuleError} the codes of a bad instant, at `purchase.cancellableUntil` /
 *   `purchase.fullCreditUntil`.
 */
export function statedWindow(
  cancellableUntil: unknown,
  fullCreditUntil: unknown,
  startMs: number,
  endMs: number,
  fullMs: number | undefined,
  fullOnly: boolean,
): DecisionWindow {
  const full =
    fullCreditUntil === undefined
      ? undefined
      : parseInstant(fullCreditUntil, 'purchase.fullCreditUntil');
  const end =
    cancellableUntil === undefined
      ? full !== undefined && fullOnly
        ? full
        : endMs
      : cancellableUntil === null
        ? startMs
        : parseInstant(cancellableUntil, 'purchase.cancellableUntil');
  return {
    endMs: end,
    fullMs: full,
    stated: end !== endMs || (full !== undefined && full !== fullMs),
  };
}
