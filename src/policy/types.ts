import type { MarketCode } from '../markets/MarketCode.ts';
import type { Term } from '../time/Term.ts';
import type { OrderRules } from './orderTypes.ts';
import type { Action } from './vocabulary/actions.ts';
import type { BillingCycle } from './vocabulary/billingCycles.ts';
import type { BillingFrequency } from './vocabulary/billingFrequencies.ts';
import type { NewCommerceProduct } from './vocabulary/newCommerceProducts.ts';
import type { NewCommerceTerm } from './vocabulary/newCommerceTerms.ts';
import type { ProductFamily } from './vocabulary/productFamilies.ts';
import type { Product } from './vocabulary/products.ts';
import type { Role } from './vocabulary/roles.ts';
import type { SuspensionReason } from './vocabulary/suspensionReasons.ts';

export type { Action, BillingCycle, Product, ProductFamily, Role, SuspensionReason };

/**
 * A length of time as whole hours or whole UTC days (TIME-2), or as calendar days (NCE-3).
 *
 * @category Policies
 */
export type PolicyDuration = PolicyHours | PolicyDays | PolicyCalendarDays;

/**
 * A length of time in whole hours.
 *
 * @category Policies
 */
export interface PolicyHours {
  /** Whole hours, ≥ 1. */
  readonly hours: number;
}

/**
 * A length of time in whole UTC days.
 *
 * @category Policies
 */
export interface PolicyDays {
  /** Whole UTC days, ≥ 1. */
  readonly days: number;
}

/**
 * A length of time in whole calendar days (NCE-3): a window of N calendar days opened at X closes
 * at 00:00:00Z of the UTC date (date(X) + N + 1), so the whole N-th day after the opening day is
 * inside.
 *
 * @category Policies
 */
export interface PolicyCalendarDays {
  /** Whole calendar days, ≥ 1. */
  readonly calendarDays: number;
}

/**
 * How a cancellation request is decided inside and after a window that opens at the order
 * (REF-1, REF-2, REF-3, REF-5).
 *
 * @category Policies
 */
export interface WindowCancellation {
  /** Discriminant. */
  readonly type: 'window';
  /** Length of the window, counted from `orderedAt`. */
  readonly window: PolicyDuration;
  /** The outcome inside the window. */
  readonly within: 'full-credit' | 'prorated-credit';
  /** The rule ID that decides inside the window. */
  readonly withinRule: string;
  /** The outcome at and after the window's end. */
  readonly after: 'cancel-at-renewal' | 'not-cancellable';
  /** The rule ID that decides after the window. */
  readonly afterRule: string;
}

/**
 * A cancellation answer that does not depend on time (REF-4, REF-7, REF-8).
 *
 * @category Policies
 */
export interface FixedCancellation {
  /** Discriminant. */
  readonly type: 'fixed';
  /** The outcome, whenever the request comes. */
  readonly outcome: 'no-refund' | 'not-cancellable' | 'support-request';
  /** The rule ID that decides. */
  readonly rule: string;
  /** Why, as a stable code (`usage-based`, `plan-not-cancellable`), where the outcome needs one. */
  readonly reason?: string;
}

/**
 * The cancellation rule of one product, or of each billing cycle where they differ.
 *
 * @category Policies
 */
export type CancellationRule = WindowCancellation | FixedCancellation | CancellationByBillingCycle;

/**
 * A cancellation rule for each billing cycle, for products whose windows differ by cycle (REF-1,
 * REF-3).
 *
 * @category Policies
 */
export interface CancellationByBillingCycle {
  /** The rule for subscriptions billed monthly. */
  readonly monthly: WindowCancellation | FixedCancellation;
  /** The rule for subscriptions billed annually. */
  readonly annual: WindowCancellation | FixedCancellation;
}

/**
 * What a policy says about one product.
 *
 * @category Policies
 */
export interface ProductRules {
  /** How a cancellation request is decided (REF-1 … REF-11). */
  readonly cancellation: CancellationRule;
  /**
   * The terms a subscription of this product may have, the default first; `null` when the product
   * is not a subscription (LC-1); `[]` for a subscription with no term that runs until cancelled.
   */
  readonly terms: readonly Term[] | null;
  /** Whether the product is billed by cycle and needs `billingCycle` (REF-10, LC-1). */
  readonly billingCycleRequired: boolean;
  /** Whether an offer of this product may come with a free trial (LC-1, LC-2). */
  readonly freeTrial: boolean;
  /** Whether `set-auto-renew` is supported (LC-5). */
  readonly autoRenewToggle: boolean;
}

/**
 * A source document a policy's facts come from.
 *
 * @category Policies
 */
export interface PolicySource {
  /** The document's title, as a reader finds it. */
  readonly title: string;
  /** Where it is published (an `https:` URL). */
  readonly url: string;
  /** The document's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** What the policy takes from it. */
  readonly about: string;
}

/**
 * A policy of either program (POL-1, NCE-1): a {@link LegacyPolicy} or a {@link NewCommercePolicy},
 * told apart by `program` (absent means `legacy`). Both have the same JSON shape.
 *
 * @category Policies
 */
export type Policy = LegacyPolicy | NewCommercePolicy;

/**
 * Every number and list the legacy rules use, as plain JSON data (POL-1). The library ships the
 * Partner Center policies ({@link partnerCenterPolicies}); {@link definePolicy} validates your own,
 * written in the same shape (start from a JSON copy of a built-in one).
 *
 * @category Policies
 */
export interface LegacyPolicy {
  /**
   * The program whose purchases the policy decides (NCE-1); absent means `legacy`. New Commerce
   * policies are {@link NewCommercePolicy}.
   */
  readonly program?: 'legacy';
  /** Stable identifier named by every decision, e.g. `partner-center-2021-03`. */
  readonly id: string;
  /** A one-line English title. */
  readonly title: string;
  /**
   * The instant the policy comes into force, in ISO 8601 UTC form; `null` for the earliest policy
   * of a catalog, which also applies to every instant before its documents (the catalog).
   */
  readonly inForceFrom: string | null;
  /** The documents the facts come from. */
  readonly sources: readonly PolicySource[];
  /** The rules of each product (REF-1 … REF-11, LC). */
  readonly products: PolicyProducts;
  /** Length of a free trial in UTC days (LC-2; `000`: "a 30-day free trial"). */
  readonly trialDays: number;
  /** Suspension and data deletion (SUS-1, SUS-5; `000` and `001`). */
  readonly suspension: {
    /** Days after suspension before the data is deleted (`000`: "within 90 days"). */
    readonly baseDays: number;
    /** Most extra days the account gap adds (`000`: "maximum 120 days", so 120 − 90). */
    readonly maxExtraDays: number;
    /** The reasons a subscription may be suspended for. */
    readonly reasons: readonly SuspensionReason[];
  };
  /**
   * Limits of a software download link (SW-1; `003`: "two weeks or 50 downloads"); `null` where no
   * limit is documented (`002`), so only revocation ends a link.
   */
  readonly downloadLinks: DownloadLinkLimits | null;
  /** Markets whose commercial list prices include tax (PRICE-2; `002`/`003`: Australia, Brazil). */
  readonly taxInclusiveMarkets: readonly MarketCode[];
  /** Markets where a product family is unavailable (MKT-3; `002`/`003`). */
  readonly unavailableMarkets: { readonly [family: string]: readonly MarketCode[] };
  /** The roles allowed to take each action (ROLE-1; `000`, `002`, `003`). */
  readonly roles: PolicyRoles;
  /**
   * The limit on a customer's refunds of Azure reservations (RES-1): 50 000 USD of cancelled
   * commitment in a rolling 365 days (Microsoft's reservations page; per customer in CSP). Every
   * catalog policy states it; a policy of one's own may leave it out (one written before the
   * limit existed keeps working), and then the catalog's limit applies.
   */
  readonly reservationRefunds?: ReservationRefundLimit;
}

/**
 * The limit on refunds of Azure reservations (RES-1): the cancelled commitments of one customer's
 * refunds may add up to at most `limit` in any rolling `window`; a refund counts from its instant
 * until `window` after it.
 *
 * @category Policies
 */
export interface ReservationRefundLimit {
  /** The most cancelled commitment a window may hold, in USD minor units (`5 000 000` cents). */
  readonly limit: {
    /** Whole US cents, ≥ 0. */
    readonly amount: number;
    /** Always `USD`: the rates that bring other currencies to the limit are USD per unit. */
    readonly currency: 'USD';
  };
  /** How long a refund counts against the limit, in whole UTC days (`365`). */
  readonly window: PolicyDays;
}

/**
 * What a policy says about each product (REF-1 … REF-11, LC).
 *
 * @category Policies
 */
export interface PolicyProducts {
  /** Third-party SaaS offers from the commercial marketplace, license-based (REF-1..3; `000`). */
  readonly 'marketplace-saas': ProductRules;
  /** Third-party usage-based or metered services (REF-4; `000`). */
  readonly 'marketplace-usage': ProductRules;
  /** Perpetual software bought through CSP (REF-5; `002`, `003`). */
  readonly 'software-perpetual': ProductRules;
  /** Software subscriptions bought through CSP (REF-5; `002`, `003`). */
  readonly 'software-subscription': ProductRules;
  /** SUSE Linux or Red Hat software plans in Azure (REF-7; `002`). */
  readonly 'software-plan': ProductRules;
  /** Windows 7 Extended Security Updates 2020 (REF-8; `003`). */
  readonly 'windows-7-esu': ProductRules;
}

/**
 * Limits of a software download link (SW-1; `003`).
 *
 * @category Policies
 */
export interface DownloadLinkLimits {
  /** UTC days a link stays valid after it is issued (`003`: "two weeks"). */
  readonly validDays: number;
  /** Downloads a link allows; the next one is refused (`003`: "50 downloads"). */
  readonly maxDownloads: number;
}

/**
 * The roles allowed to take each action (ROLE-1).
 *
 * @category Policies
 */
export interface PolicyRoles {
  /** Create a subscription (`000`). */
  readonly 'create-subscription': readonly Role[];
  /** Suspend a subscription (`000`). */
  readonly 'suspend-subscription': readonly Role[];
  /** Reactivate a suspended subscription (`000`). */
  readonly 'reactivate-subscription': readonly Role[];
  /** Cancel a subscription (`000`). */
  readonly 'cancel-subscription': readonly Role[];
  /** Change a subscription's quantity (`000`). */
  readonly 'change-quantity': readonly Role[];
  /** Turn auto-renew on or off (`000`). */
  readonly 'set-auto-renew': readonly Role[];
  /** Buy software (`002`, `003`: admin agent, global admin). */
  readonly 'buy-software': readonly Role[];
  /** Get software keys and downloads (`002`, `003`: admin agent). */
  readonly 'get-software-keys': readonly Role[];
  /** Cancel a software purchase (`002`, `003`: admin agent). */
  readonly 'cancel-software-purchase': readonly Role[];
  /** View the software key and download activity log (`002`, `003`). */
  readonly 'view-software-activity-log': readonly Role[];
}

/**
 * The part of a {@link Policy} that decides refunds and lifecycles: its id, when it came into
 * force, the rules per product, the trial length and the suspension rules. Every `Policy` is one.
 *
 * @category Policies
 */
export type PolicyRules = Pick<
  LegacyPolicy,
  'program' | 'id' | 'inForceFrom' | 'products' | 'trialDays' | 'suspension'
>;

/**
 * How a New Commerce term's cancellation is decided (NCE-4): on the term's first UTC day
 * `firstDay` (Partner Center: a `Full` refund until 00:00Z of the next day), later inside a window
 * counted from the term's start `within` (the unused part credited, NCE-5), at and after its end
 * `after` (the full term is billed). A renewal opens a new window.
 *
 * @category Policies
 */
export interface TermWindowCancellation {
  /** Discriminant. */
  readonly type: 'term-window';
  /** Length of the window, counted from the term's start (`{ hours }` TIME-2, `{ calendarDays }` NCE-3). */
  readonly window: PolicyDuration;
  /** The outcome on the term's first UTC calendar day. */
  readonly firstDay: 'full-credit' | 'prorated-credit';
  /** The outcome later inside the window. */
  readonly within: 'prorated-credit';
  /** The outcome at and after the window's end. */
  readonly after: 'not-cancellable';
  /** The rule ID that decides (`NCE-4`). */
  readonly rule: string;
}

/**
 * The cancellation rule of one New Commerce product: a term window (NCE-4), or a rule of the legacy
 * kinds (a window from the order, a fixed answer, one per billing frequency).
 *
 * @category Policies
 */
export type NewCommerceCancellationRule = CancellationRule | TermWindowCancellation;

/**
 * What a New Commerce policy says about one product (NCE-1, NCE-2): the fields of
 * {@link ProductRules}, with New Commerce terms and term windows.
 *
 * @category Policies
 */
export interface NewCommerceProductRules {
  /** How a cancellation request is decided (NCE-4). */
  readonly cancellation: NewCommerceCancellationRule;
  /**
   * Always `null`: a New Commerce subscription's terms and billing frequencies are those of the
   * NCE-2 table (`NEW_COMMERCE_BILLING`), the same under every policy.
   */
  readonly terms: null;
  /** Whether the cancellation rule differs by billing frequency. */
  readonly billingCycleRequired: boolean;
  /** Whether the product may start as a free trial. */
  readonly freeTrial: boolean;
  /** Whether auto-renew may be turned off and on. */
  readonly autoRenewToggle: boolean;
  /**
   * The billing frequencies a term may switch between mid-term, from the next billing period
   * (MID-2): `[{ term: 'P3Y', frequencies: ['monthly', 'annual'] }]` until 2025-04-01, none
   * after (`[]`: a frequency changes at renewal only). Every catalog policy says it; a policy of
   * your own may leave it out (one written before keeps working), as none.
   */
  readonly midTermFrequencyChanges?: readonly MidTermFrequencyChange[];
}

/**
 * A billing frequency change a New Commerce policy allows mid-term (MID-2): in a `term`, from any
 * of `frequencies` to any other of them.
 *
 * @category Policies
 */
export interface MidTermFrequencyChange {
  /** The term whose billing frequency may change. */
  readonly term: NewCommerceTerm;
  /** The billing frequencies it may switch between. */
  readonly frequencies: readonly BillingFrequency[];
}

/**
 * What a New Commerce policy says about each product (NCE-1, NCE-2).
 *
 * @category Policies
 */
export interface NewCommercePolicyProducts {
  /** Per-user seat subscriptions: Microsoft 365, Dynamics 365, Windows 365. */
  readonly 'license-based': NewCommerceProductRules;
  /** Software subscriptions. */
  readonly 'software-subscription': NewCommerceProductRules;
  /** Perpetual software. */
  readonly 'software-perpetual': NewCommerceProductRules;
  /** Third-party SaaS offers from the commercial marketplace. */
  readonly 'marketplace-saas': NewCommerceProductRules;
  /** Usage-based offers, never refundable. */
  readonly 'marketplace-usage': NewCommerceProductRules;
}

/**
 * A New Commerce policy (NCE-1): the same JSON shape as a legacy {@link Policy}, with
 * `program: 'new-commerce'` and the New Commerce products. As editable as a legacy one: start from
 * a JSON copy of a catalog policy and pass it to {@link definePolicy}.
 *
 * @category Policies
 */
export interface NewCommercePolicy extends Omit<LegacyPolicy, 'program' | 'products'> {
  /** Always `new-commerce`. */
  readonly program: 'new-commerce';
  /** The rules of each product (NCE-2, NCE-4). */
  readonly products: NewCommercePolicyProducts;
  /**
   * Who continues into a paid Extended Service Term when a term ends without renewing, and its
   * uplifts (EST-1, EST-3). Left out: no subscription is eligible (NCE-8 as before).
   */
  readonly extendedServiceTerm?: ExtendedServiceTermRules;
  /**
   * What a partner may buy or change (ORD-2): the offers and the dated constraints `checkOrder`
   * checks an order against. Every catalog policy carries the same list; left out, no order is
   * refused.
   */
  readonly orders?: OrderRules;
}

/**
 * The Extended Service Term section of a New Commerce policy (EST-1, EST-3): the products it is
 * for, the term dates that make a subscription eligible, and the uplifts on the base price.
 *
 * @category Policies
 */
export interface ExtendedServiceTermRules {
  /** The products that can continue into it (`['license-based']`). */
  readonly products: readonly NewCommerceProduct[];
  /** The earliest start of the current term, an instant (`2025-04-01T00:00:00.000Z`). */
  readonly termStartedFrom: string;
  /** The earliest end of the current term, an instant (`2026-05-04T00:00:00.000Z`). */
  readonly termEndingFrom: string;
  /** The uplift on a SKU's monthly-term price, a fraction (`0.03`: 3 %). */
  readonly monthlyPlanUplift: number;
  /** The uplift when the SKU has no monthly-term plan, a fraction (`0.23`: 23 %). */
  readonly noMonthlyPlanUplift: number;
}

/**
 * The part of a {@link NewCommercePolicy} that decides refunds and lifecycles.
 *
 * @category Policies
 */
export type NewCommercePolicyRules = Pick<
  NewCommercePolicy,
  'id' | 'program' | 'inForceFrom' | 'products' | 'trialDays' | 'suspension' | 'extendedServiceTerm'
>;
