import type { ActionMessageId } from './en/actions.ts';
import type { LifecycleMessageId } from './en/lifecycle.ts';
import type { OfferMessageId } from './en/offers.ts';
import type { RefundMessageId } from './en/refunds.ts';
import type { ResourceMessageId } from './en/resource.ts';
import type { SoftwareMessageId } from './en/software.ts';

/**
 * The stable ID of every message the library writes (MSG-1): dotted, kebab-case, never renamed
 * once published (`refund.full-credit`, `lifecycle.refused.terminal`, `offer.market-unavailable`,
 * `action.nce.reduce-seats`).
 * A result carries it as `messageId`, so a program can choose its own words, and a {@link Locale}
 * must give a template for each.
 *
 * @category Messages
 */
export type MessageId =
  | RefundMessageId
  | LifecycleMessageId
  | OfferMessageId
  | SoftwareMessageId
  | ActionMessageId
  | ResourceMessageId;

/**
 * The message IDs a legacy result can carry (MSG-1, NCE-1): the legacy decisions' and actions'
 * and every program-free one (lifecycle refusals, offers, downloads, the reader's notes, the fixed
 * refund answers) — the IDs a legacy-only locale translates.
 *
 * @category Messages
 */
export type LegacyMessageId = Exclude<MessageId, `refund.term.${string}` | `action.nce.${string}`>;

/**
 * The message IDs a New Commerce result can carry (MSG-1, NCE-1): New Commerce's decisions and
 * actions and every program-free one — the IDs a New Commerce-only locale translates.
 *
 * @category Messages
 */
export type NewCommerceMessageId = Exclude<
  MessageId,
  | Exclude<
      RefundMessageId,
      | `refund.term.${string}`
      | 'refund.usage-based'
      | 'refund.plan-not-cancellable'
      | 'refund.support-request'
    >
  | Exclude<
      ActionMessageId,
      | `action.nce.${string}`
      | 'action.cancel.trial'
      | 'action.auto-renew.on'
      | 'action.auto-renew.off'
      | 'action.reactivate'
    >
>;
