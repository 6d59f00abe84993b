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
