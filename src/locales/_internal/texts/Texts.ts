import type { fixedRefundMessages } from '../../../messages/en/fixedRefunds.ts';
import type { legacyActionMessages } from '../../../messages/en/legacy/actions.ts';
import type { legacyRefundMessages } from '../../../messages/en/legacy/refunds.ts';
import type { LifecycleMessageId } from '../../../messages/en/lifecycle.ts';
import type { newCommerceActionMessages } from '../../../messages/en/newCommerce/actions.ts';
import type { MidTermMessageId } from '../../../messages/en/newCommerce/midTerm.ts';
import type { newCommerceRefundMessages } from '../../../messages/en/newCommerce/refunds.ts';
import type { OfferMessageId } from '../../../messages/en/offers.ts';
import type { OrderMessageId } from '../../../messages/en/orders.ts';
import type { ReservationMessageId } from '../../../messages/en/reservations.ts';
import type { sharedActionMessages } from '../../../messages/en/sharedActions.ts';
import type { SoftwareMessageId } from '../../../messages/en/software.ts';

/** A translation of every ID of `Id`: what each language's table of one part holds. */
type TextsOf<Id extends string> = { readonly [K in Id]: string };

/** The legacy program's refund sentences. */
export type LegacyRefundTexts = TextsOf<keyof typeof legacyRefundMessages>;

/** New Commerce's refund sentences. */
export type NewCommerceRefundTexts = TextsOf<keyof typeof newCommerceRefundMessages>;

/** New Commerce's refusals of a change made mid-term (MID-1 … MID-4). */
export type MidTermTexts = TextsOf<MidTermMessageId>;

/** The sentences both programs' results use: fixed refund answers, refusals, offers, downloads. */
export type SharedTexts = TextsOf<
  keyof typeof fixedRefundMessages | LifecycleMessageId | OfferMessageId | SoftwareMessageId
>;

/** An action description's own to one program, not shared with the other. */
type Own<T> = Exclude<keyof T, keyof typeof sharedActionMessages>;

/** The action descriptions both programs use. */
export type SharedActionTexts = TextsOf<keyof typeof sharedActionMessages>;

/** The legacy program's own action descriptions. */
export type LegacyActionTexts = TextsOf<Own<typeof legacyActionMessages>>;

/** New Commerce's own action descriptions. */
export type NewCommerceActionTexts = TextsOf<Own<typeof newCommerceActionMessages>>;

/** The sentences of Azure reservations and savings plans (program-free: the full locales only). */
export type ReservationTexts = TextsOf<ReservationMessageId>;

/** The sentences of an order's refusals and notes (ORD-8; New Commerce). */
export type OrderTexts = TextsOf<OrderMessageId>;
