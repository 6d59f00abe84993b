import type { BillingCycle, Product } from '../policy/types.ts';
import type {
  NEW_COMMERCE_BILLING,
  NewCommerceTermProduct,
} from '../policy/vocabulary/newCommerceBilling.ts';
import type { Money } from '../pricing/money.ts';
import type { Instant } from '../time/parseInstant.ts';
import type { Term } from '../time/Term.ts';

/**
 * A purchase a cancellation request is decided for: a legacy one (REF-1 … REF-11) or a New
 * Commerce one (NCE-4), told apart by `program` (absent means `legacy`).
 *
 * @category Refunds
 */
export type Purchase = LegacyPurchase | NewCommercePurchase;

/**
 * A legacy purchase (REF-1 … REF-11).
 *
 * @category Refunds
 */
export interface LegacyPurchase {
  /** `legacy`, or absent (NCE-1). */
  readonly program?: 'legacy' | undefined;
  /** What was bought (REF-1..REF-8). */
  readonly product: Product;
  /**
   * How the purchase is billed; required where the policy's rule differs by billing cycle
   * (`marketplace-saas`, REF-10), ignored elsewhere (but still checked when given).
   */
  readonly billingCycle?: BillingCycle | undefined;
  /** When the order was placed; every window counts from here (REF-11) and it picks the policy (POL-2). */
  readonly orderedAt: Instant;
  /**
   * The price of one licence for the purchase's term, ≥ 0; when given, credit decisions say how
   * much (REF-6), for all `quantity` licences.
   */
  readonly price?: Money | undefined;
  /**
   * Licences bought, a whole number ≥ 1 (LC-1): a credit is for price × quantity, prorated as one
   * line, exactly as `transition` credits a cancelled subscription. @defaultValue 1
   */
  readonly quantity?: number | undefined;
  /**
   * The term, one of the product's `terms` in the policy (`P1Y` or `P3Y` for software
   * subscriptions, REF-5).
   *
   * @defaultValue the product's first term in the policy (`P1Y` for software subscriptions)
   */
  readonly term?: Term | undefined;
  /** When the current paid term ends; a scheduled cancellation takes effect then (REF-2). */
  readonly currentTermEnd?: Instant | undefined;
  /**
   * The end (exclusive) of the full-credit window as Partner Center states it (the `Full` entry
   * of `refundOptions`, PCR-1): it replaces the computed end. A rule whose window is a full-credit
   * one then ends there; a prorated rule (REF-5) credits in full before it.
   *
   * @defaultValue the window the rules compute
   */
  readonly fullCreditUntil?: Instant | undefined;
}

/**
 * A New Commerce purchase (NCE-2, NCE-4): a subscription in terms, perpetual software, or a
 * usage-based offer.
 *
 * @category Refunds
 */
export type NewCommercePurchase =
  | NewCommerceSubscriptionPurchase
  | NewCommercePerpetualPurchase
  | NewCommerceUsagePurchase;

/**
 * What every New Commerce purchase has (NCE-4).
 *
 * @category Refunds
 */
export interface NewCommercePurchaseBase {
  /** Always `new-commerce` (NCE-1). */
  readonly program: 'new-commerce';
  /** When the order was placed. */
  readonly orderedAt: Instant;
  /** Seats or units bought, a whole number ≥ 1. @defaultValue 1 */
  readonly quantity?: number | undefined;
  /**
   * The unit price per billing period (per purchase for perpetual software), ≥ 0; when given,
   * credit decisions say how much (NCE-5).
   */
  readonly price?: Money | undefined;
  /** When the current term ends; a scheduled cancellation takes effect then (NCE-4, REF-2). */
  readonly currentTermEnd?: Instant | undefined;
  /** Legacy only: a New Commerce purchase has a `billingFrequency` (NCE-2). */
  readonly billingCycle?: undefined;
}

/**
 * A New Commerce subscription in terms: licence-based, a software subscription or a marketplace
 * SaaS offer (NCE-2, NCE-4), typed so that only the product, term and billing-frequency
 * combinations of NCE-2 compile.
 *
 * @category Refunds
 */
export type NewCommerceSubscriptionPurchase = {
  [P in NewCommerceTermProduct]: {
    [T in keyof (typeof NEW_COMMERCE_BILLING)[P]]: NewCommerceSubscriptionFields & {
      /** What was bought. */
      readonly product: P;
      /** The term (NCE-2). */
      readonly term: T;
      /** How often it is billed (NCE-2). */
      readonly billingFrequency: (typeof NEW_COMMERCE_BILLING)[P][T] extends readonly (infer F)[]
        ? F
        : never;
    };
  }[keyof (typeof NEW_COMMERCE_BILLING)[P]];
}[NewCommerceTermProduct];

/**
 * What a New Commerce subscription purchase has beside its product, term and billing frequency
 * (NCE-4).
 *
 * @category Refunds
 */
export interface NewCommerceSubscriptionFields extends NewCommercePurchaseBase {
  /**
   * The start of the current term: the window and the policy count from here (NCE-4, NCE-11), so
   * a renewal opens a new window. @defaultValue `orderedAt`
   */
  readonly termStart?: Instant | undefined;
  /**
   * The end (exclusive) of the current term's cancellation window as Partner Center states it
   * (`cancellationAllowedUntilDate`, PCR-1), replacing the computed one; `null`: the resource says
   * the term cannot be cancelled, so the window is closed from the term's start. Later than a
   * full-credit end, it gives a prorated credit between the two.
   *
   * @defaultValue the window the rules compute (NCE-4)
   */
  readonly cancellableUntil?: Instant | null | undefined;
  /**
   * The end (exclusive) of the current term's full-credit window as Partner Center states it (the
   * `Full` entry of `refundOptions`, PCR-1), replacing the computed one: full credit before it, a
   * prorated credit after it while the cancellation window is open. Without a stated
   * `cancellableUntil`, it also ends a window that is all full credit (marketplace SaaS).
   *
   * @defaultValue the window the rules compute (NCE-4)
   */
  readonly fullCreditUntil?: Instant | undefined;
}

/**
 * Perpetual software bought under New Commerce: no term (NCE-4).
 *
 * @category Refunds
 */
export interface NewCommercePerpetualPurchase extends NewCommercePurchaseBase {
  /** What was bought. */
  readonly product: 'software-perpetual';
}

/**
 * A usage-based offer bought under New Commerce: no term, never refundable (NCE-4, REF-4).
 *
 * @category Refunds
 */
export interface NewCommerceUsagePurchase extends NewCommercePurchaseBase {
  /** What was bought. */
  readonly product: 'marketplace-usage' | 'azure-plan';
}
