import type { ActionMessageId } from './en/actions.ts';
import type { fixedRefundMessages } from './en/fixedRefunds.ts';
import type { legacyActionMessages } from './en/legacy/actions.ts';
import type { legacyRefundMessages } from './en/legacy/refunds.ts';
import type { LifecycleMessageId } from './en/lifecycle.ts';
import type { newCommerceActionMessages } from './en/newCommerce/actions.ts';
import type { MidTermMessageId } from './en/newCommerce/midTerm.ts';
import type { newCommerceRefundMessages } from './en/newCommerce/refunds.ts';
import type { OfferMessageId } from './en/offers.ts';
import type { OrderMessageId } from './en/orders.ts';
import type { RefundMessageId } from './en/refunds.ts';
import type { ReservationMessageId } from './en/reservations.ts';
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
  | MidTermMessageId
  | OfferMessageId
  | SoftwareMessageId
  | ActionMessageId
  | ResourceMessageId
  | ReservationMessageId
  | OrderMessageId;

/**
 * The message IDs a legacy result can carry (MSG-1, NCE-1): the legacy decisions' and actions'
 * and every program-free one (lifecycle refusals, offers, downloads, the reader's notes, the fixed
 * refund answers) — the IDs a legacy-only locale translates.
 *
 * @category Messages
 */
export type LegacyMessageId =
  | ProgramFreeMessageId
  | keyof typeof legacyRefundMessages
  | keyof typeof legacyActionMessages;

/**
 * The message IDs a New Commerce result can carry (MSG-1, NCE-1): New Commerce's decisions and
 * actions and every program-free one — the IDs a New Commerce-only locale translates.
 *
 * @category Messages
 */
export type NewCommerceMessageId =
  | ProgramFreeMessageId
  | keyof typeof newCommerceRefundMessages
  | keyof typeof newCommerceActionMessages
  | MidTermMessageId
  | OrderMessageId;

/** The IDs results of both programs carry: read off the tables both programs share. */
type ProgramFreeMessageId =
  | keyof typeof fixedRefundMessages
  | LifecycleMessageId
  | OfferMessageId
  | SoftwareMessageId
  | ResourceMessageId;
