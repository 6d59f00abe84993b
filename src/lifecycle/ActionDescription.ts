import type { ActionMessageId } from '../messages/en/actions.ts';
import type { MessageParams } from '../messages/types.ts';
import type { CancellationOutcome } from '../refunds/types.ts';

/**
 * What every allowed action of either program says of itself (LC-12, NCE-10, MSG-1): its
 * description, and the ID and parameters it was written from, so `formatMessage(action, locale)`
 * writes it again in another language.
 *
 * @category Lifecycle
 */
export interface ActionDescription {
  /**
   * What it would do, in a few words, e.g. `full-credit until 2026-11-21T10:00:00.000Z`: English
   * unless a `{ locale }` was given.
   */
  readonly description: string;
  /**
   * The stable ID of the description (MSG-1), e.g. `action.cancel.full-credit`: the key of its
   * template in every locale.
   */
  readonly messageId: ActionMessageId;
  /**
   * The values of the description's placeholders, as plain JSON: instants as ISO strings, amounts
   * as money (`{ until: '2026-11-21T10:00:00.000Z' }`).
   */
  readonly params: MessageParams;
}

/**
 * The outcome of an allowed `cancel` (LC-12, NCE-10): the outcomes of a cancellation decision that
 * `transition` accepts — `not-cancellable` and `support-request` are refusals, so never offered —
 * and `trial-cancelled` for a cancel during a free trial.
 *
 * @category Lifecycle
 */
export type AllowedCancelOutcome =
  | Exclude<CancellationOutcome, 'not-cancellable' | 'support-request'>
  | 'trial-cancelled';
