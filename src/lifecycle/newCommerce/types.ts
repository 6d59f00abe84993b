import type { PriceMessageId } from '../../messages/en/newCommerce/prices.ts';
import type { Message, MessageOptions } from '../../messages/types.ts';
import type { HoldingsOptions } from '../../orders/types.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { AppliedPromotion, PriceFrom, PriceStateKey, Promotion } from '../../prices/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { Instant } from '../../time/parseInstant.ts';

/**
 * The products a New Commerce subscription can be (NCE-2, NCE-7, NCE-11).
 *
 * @category New Commerce
 */
export type NewCommerceSubscriptionProduct =
  | 'license-based'
  | 'software-subscription'
  | 'marketplace-saas'
  | 'marketplace-usage'
  | 'azure-plan';

/**
 * Where a New Commerce subscription is in its life (NCE-7). `expired`, `disabled`, `cancelled` and
 * `deleted` take no events.
 *
 * @category New Commerce
 */
export type NewCommerceStatus =
  | 'trial'
  | 'active'
  | 'suspended'
  | 'expired'
  | 'disabled'
  | 'cancelled'
  | 'deleted';

/**
 * Why `createSubscription` did not apply the promotion it was given (PL-5, MSG-1).
 *
 * @category New Commerce
 */
export type PromotionNote = Message<Extract<PriceMessageId, `lifecycle.nce.promotion.${string}`>>;

/**
 * Seats added together: at purchase, at a renewal, or by one increase mid-term (NCE-6).
 *
 * @category New Commerce
 */
export interface SeatBatch {
  /** How many seats (integer ≥ 1: a batch never holds 0). */
  readonly quantity: number;
  /** When they were added. */
  readonly addedAt: string;
  /** End of their reduction window (exclusive); `null` when the product allows no reduction. */
  readonly reducibleUntil: string | null;
}

/**
 * Changes scheduled for the next renewal (NCE-7, NCE-11); a field left out stays as it is.
 *
 * @category New Commerce
 */
export interface ScheduledRenewal {
  /** The quantity of the next term. */
  readonly quantity: number | null;
  /** The next term's length. */
  readonly term: NewCommerceTerm | null;
  /** The next term's billing frequency. */
  readonly billingFrequency: BillingFrequency | null;
  /** The next term's unit price per billing period. */
  readonly price: Money | null;
  /**
   * The next term's aligned end (MID-3): its inclusive last date, `YYYY-MM-DD`, as Partner
   * Center's `scheduledNextTermInstructions.customTermEndDate`. Present only when scheduled.
   */
  readonly customTermEndDate?: string;
}

/**
 * A billing frequency change waiting for the next billing period (MID-2): from `from` the term is
 * billed at `billingFrequency` and `price`.
 *
 * @category New Commerce
 */
export interface PendingBillingFrequency {
  /** The new billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /** The unit price per billing period at the new frequency. */
  readonly price: Money;
  /** When it applies: the start of the next billing period. */
  readonly from: string;
  /** The price-list row the price came from, when the change was priced by the list (PL-3). */
  readonly priceFrom?: PriceFrom;
}

/**
 * What happens at the end of a New Commerce term (EST-2), Partner Center's three options: it
 * renews (`renew`, auto-renew on), it continues month to month in a paid Extended Service Term
 * (`extended-service-term`, EST-3: auto-renew off on an eligible subscription), or it stops
 * (`cancel`: disabled at once when eligible, else expired as NCE-8).
 *
 * @category New Commerce
 */
export type EndOfTermAction = 'renew' | 'extended-service-term' | 'cancel';

/**
 * Whether a subscription's SKU is at end of sale (EST-1, added 2026-11-27): `none`;
 * `end-of-sale`, with no conversion SKUs — not eligible for an Extended Service Term; or
 * `end-of-sale-with-conversions`, which is.
 *
 * @category New Commerce
 */
export type EndOfSale = 'none' | 'end-of-sale' | 'end-of-sale-with-conversions';

/**
 * The price an Extended Service Term is billed from (EST-3), as the caller gave it before the term
 * ended, always the price of one month (EST-7): the SKU's monthly-term price (`monthlyPlan:
 * true`), or, for a SKU with no monthly-term plan, its annual-term price's month (`monthlyPlan:
 * false`).
 *
 * @category New Commerce
 */
export interface ExtendedServiceTermBase {
  /** The price of one month: the monthly-term price, or with `monthlyPlan: false` the annual price's month. */
  readonly basePrice: Money;
  /** Whether the SKU has a monthly-term (P1M) plan: the uplift is then 3 %, else 23 %. */
  readonly monthlyPlan: boolean;
}

/**
 * A subscription in its Extended Service Term (EST-3): since when, the base price of one month and
 * the uplift on it. Its `price` is `basePrice × (1 + uplift)`, rounded half up.
 *
 * @category New Commerce
 */
export interface ExtendedServiceTerm {
  /**
   * When it began: the end of the last committed term; `null` for a resource read as in one,
   * which does not say (EST-7).
   */
  readonly since: string | null;
  /** The base price of one month (the invoice's `UnitPrice`), or `null` when none was given. */
  readonly basePrice: Money | null;
  /**
   * The uplift, a fraction: `0.03` with a monthly-term plan, `0.23` without (the policy's). A state
   * saved when it was written in whole percent (`3`, `23`) is read as the fraction.
   */
  readonly uplift: number;
}

/**
 * The fields every New Commerce state has, `null` where they do not apply: one object shape,
 * stable as JSON (NCE-7, NCE-11).
 *
 * @category New Commerce
 */
export interface NewCommerceFields {
  /** The instant this state is known at. */
  readonly asOf: string;
  /** The policy in force when the current term (or the trial) began (NCE-11). */
  readonly policyId: string;
  /** Always `new-commerce`. */
  readonly program: 'new-commerce';
  /** The product. */
  readonly product: NewCommerceSubscriptionProduct;
  /** The current term; in a trial, the term it converts to; `null` for a usage product. */
  readonly term: NewCommerceTerm | null;
  /** The billing frequency (in a trial, the one it converts to); `null` for a usage product. */
  readonly billingFrequency: BillingFrequency | null;
  /** The number of seats: the total of `seats`. */
  readonly quantity: number;
  /** The seat batches, oldest first (NCE-6). */
  readonly seats: readonly SeatBatch[];
  /** Changes scheduled for the renewal, or `null`. */
  readonly scheduled: ScheduledRenewal | null;
  /** Whether the term renews at its end (or the trial converts): `endOfTerm === 'renew'`. */
  readonly autoRenew: boolean;
  /**
   * What happens at the term's end (EST-2): `renew`, `extended-service-term` or `cancel`, always
   * in step with `autoRenew` (`true` exactly when `renew`).
   */
  readonly endOfTerm: EndOfTermAction;
  /** Whether a marketplace SaaS cancellation is scheduled for `termEnd`. */
  readonly cancelAtRenewal: boolean;
  /** When the order was placed. */
  readonly orderedAt: string;
  /** Unit price per billing period, if known. */
  readonly price: Money | null;
  /** When the trial ends; `null` outside a trial. */
  readonly trialEndsAt: string | null;
  /** The start of the current run of equal terms: term ends are counted from it (NCE-3). */
  readonly termAnchor: string | null;
  /** How many terms have started since `termAnchor` (1 for the first). */
  readonly termNumber: number;
  /** Start of the current term; `null` in a trial and for a usage product. */
  readonly termStart: string | null;
  /** End of the current term (exclusive, 00:00:00Z after the inclusive end date). */
  readonly termEnd: string | null;
  /** When it expired, once `expired` (and kept after). */
  readonly expiredAt: string | null;
  /** When it was disabled, once `disabled` (and kept after). */
  readonly disabledAt: string | null;
  /**
   * The end (exclusive) of the current term's cancellation window as Partner Center states it
   * (`cancellationAllowedUntilDate`, PCR-1); `null`: the resource says it cannot be cancelled.
   * Present only when stated (`fromPartnerCenterSubscription` keeps it); it replaces the window
   * the rules compute for this term, and is dropped when a new term starts (it described the old
   * one).
   */
  readonly cancellableUntil?: string | null;
  /**
   * The end (exclusive) of the current term's full-credit window as Partner Center states it (the
   * `Full` entry of `refundOptions`, PCR-1): full credit before it, a prorated one after it while
   * the cancellation window is open. Present only when stated; dropped when a new term starts.
   */
  readonly fullCreditUntil?: string;
  /**
   * The offer the subscription is for (MID-4), Partner Center's `offerId`
   * (`CFQ7TTC0LF8R:0001:CFQ7TTC0K821`), when known.
   */
  readonly offerId?: string;
  /**
   * Whether its SKU is at end of sale (EST-1): from the purchase or the reader's option, changed
   * by no event; absent is `none`. `end-of-sale` (no conversion SKUs) makes it not eligible for
   * an Extended Service Term.
   */
  readonly endOfSale?: EndOfSale;
  /**
   * What the price list prices the subscription by (PL-4): with `options.priceList`, a renewal
   * takes the list's price for this key and the new term's term and billing plan.
   */
  readonly priceKey?: PriceStateKey;
  /**
   * The promotion the current term's price is discounted by (PL-5): `price` is the discounted
   * price, `promotion.listPrice` the list's. Kept for the whole term and for seats added in it,
   * lost on an upgrade, a billing frequency change, an Extended Service Term, and at a renewal
   * outside its window.
   */
  readonly promotion?: AppliedPromotion;
  /**
   * Only on what `createSubscription` returns, when it was given a promotion it did not apply
   * (PL-5): why — a message with its ID and parameters (MSG-1), so `formatMessage(note, ko)` says
   * it in Korean. Never carried into a later state.
   */
  readonly notes?: readonly PromotionNote[];
  /**
   * A billing frequency change asked for mid-term, applied at the next billing period's start by
   * the time-driven `billing-frequency-changed` (MID-2). Present only while one waits.
   */
  readonly pendingBillingFrequency?: PendingBillingFrequency;
  /**
   * Where the current term's billing periods count from after a mid-term billing frequency
   * change (MID-2): the change's `from`. Present only after one, until the term ends.
   */
  readonly billingPeriodsFrom?: string;
  /**
   * The price an Extended Service Term would be billed from (EST-3), given by `set-end-of-term` or
   * the Partner Center reader. Present only when given, until the Extended Service Term begins.
   */
  readonly extendedServiceTermBase?: ExtendedServiceTermBase;
  /** Present while the subscription is in its Extended Service Term (EST-3, EST-4). */
  readonly extendedServiceTerm?: ExtendedServiceTerm;
}

/**
 * A New Commerce trial (NCE-8): 30 days, at most 25 seats, no seat or status changes.
 *
 * @category New Commerce
 */
export interface NewCommerceTrialSubscription extends NewCommerceFields {
  /** Discriminant. */
  readonly status: 'trial';
  /** When the trial converts (or expires, with auto-renew off). */
  readonly trialEndsAt: string;
}

/**
 * A New Commerce subscription that is running or suspended (still billed).
 *
 * @category New Commerce
 */
export interface NewCommerceRunningSubscription extends NewCommerceFields {
  /** Discriminant. */
  readonly status: 'active' | 'suspended';
}

/**
 * A New Commerce subscription that takes no more events.
 *
 * @category New Commerce
 */
export interface NewCommerceEndedSubscription extends NewCommerceFields {
  /** Discriminant. */
  readonly status: 'expired' | 'disabled' | 'cancelled' | 'deleted';
}

/**
 * A New Commerce subscription's state: plain JSON data, discriminated by `status` (NCE-7).
 *
 * @category New Commerce
 */
export type NewCommerceSubscription =
  | NewCommerceTrialSubscription
  | NewCommerceRunningSubscription
  | NewCommerceEndedSubscription;

/**
 * A trial's conversion (NCE-8): the term and billing frequency it converts to.
 *
 * @category New Commerce
 */
export interface NewCommerceTrialInput {
  /** Default `{ term: 'P1Y', billingFrequency: 'monthly' }`; SaaS converts to its own term. */
  readonly convertsTo?:
    | {
        /** The paid term. */
        readonly term: NewCommerceTerm;
        /** Its billing frequency. */
        readonly billingFrequency: BillingFrequency;
      }
    | undefined;
}

/**
 * What `createSubscription` takes for a New Commerce subscription (NCE-7).
 *
 * @category New Commerce
 */
export interface NewCommerceSubscriptionInput {
  /** The program. */
  readonly program: 'new-commerce';
  /** The product. */
  readonly product: NewCommerceSubscriptionProduct;
  /** The term (none for `marketplace-usage`). */
  readonly term?: NewCommerceTerm | undefined;
  /** The billing frequency (none for `marketplace-usage`). */
  readonly billingFrequency?: BillingFrequency | undefined;
  /** Seats, an integer ≥ 1 (≤ 25 in a trial). */
  readonly quantity: number;
  /** When the order was placed. */
  readonly orderedAt: Instant;
  /** Unit price per billing period. */
  readonly price?: Money | undefined;
  /** Starts in a 30-day trial. */
  readonly trial?: NewCommerceTrialInput | undefined;
  /**
   * The first term's aligned end (MID-3): its inclusive last date, `YYYY-MM-DD`, after the order's
   * date and not after the nominal end (such as a date `customTermEndDates` offers). Only
   * `license-based` and `software-subscription`, not in a trial.
   */
  readonly customTermEndDate?: string | undefined;
  /** The offer bought (MID-4), Partner Center's `offerId`. */
  readonly offerId?: string | undefined;
  /**
   * Whether the SKU is at end of sale (EST-1): `end-of-sale` (no conversion SKUs) is not eligible
   * for an Extended Service Term.
   *
   * @defaultValue `'none'`
   */
  readonly endOfSale?: EndOfSale | undefined;
  /** What the price list prices the subscription by (PL-4): product, SKU, market, currency, segment. */
  readonly priceKey?: PriceStateKey | undefined;
  /**
   * A promotion for the purchase (PL-5, `parsePromotion`'s value): applied when `orderedAt`
   * is inside its window and one of its products is the `priceKey`'s product and SKU with the
   * term and billing cycle bought — `price` is then the list's price and the state's price the
   * discounted one; else the state's `notes` say why not. Needs `priceKey`; not for a trial.
   */
  readonly promotion?: Promotion | undefined;
}

/**
 * A plan a New Commerce subscription could move to — a term, a billing frequency and its unit
 * price per billing period, as the caller's price list has it — for `allowedActions` to say what a
 * term or billing frequency change would cost (MID-1, MID-2).
 *
 * @category New Commerce
 */
export interface NewCommercePlan {
  /**
   * The offer the plan is for. One other than the subscription's `offerId` is an upgrade target
   * the caller knows the subscription is eligible for (MID-4): `allowedActions` then offers an
   * `upgrade` of every seat to it. Absent, or the subscription's own offer: a term or billing
   * frequency change (MID-1, MID-2).
   */
  readonly offerId?: string | undefined;
  /** The plan's term. */
  readonly term: NewCommerceTerm;
  /** Its billing frequency. */
  readonly billingFrequency: BillingFrequency;
  /** Its unit price per billing period, in the subscription's currency. */
  readonly price: Money;
}

/**
 * The options of `allowedActions` for a New Commerce subscription (NCE-10, MSG-1, MID-1, MID-2):
 * the language, and the plans the caller's price list offers, so that a term or billing frequency
 * change says what it would cost ("move to a P1Y term now: credit 70.00 USD, then 1,500.00 USD a
 * year"). Without plans, each change says what it does and credits.
 *
 * @category New Commerce
 */
export interface NewCommerceActionOptions extends PolicyOptions, MessageOptions, HoldingsOptions {
  /** The plans a term or billing frequency change could move to, with their prices. */
  readonly plans?: readonly NewCommercePlan[] | undefined;
}
