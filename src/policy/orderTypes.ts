import type { BillingFrequency } from './vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from './vocabulary/newCommerceTerms.ts';

/**
 * What a New Commerce policy says a partner may buy or change (ORD-2): the offers it knows, by
 * catalog key, and the constraints an order is checked against, in the order refusals are given.
 *
 * @category Orders
 */
export interface OrderRules {
  /**
   * The offers, by catalog key (`microsoft-365-e3`), each with the Partner Center product IDs an
   * order or a holding may name it by (matched case-insensitively; `[]` when none is known).
   */
  readonly products: { readonly [offer: string]: OrderProduct };
  /** The constraints, each with the instants it is in force between (ORD-2). */
  readonly constraints: readonly OrderConstraint[];
}

/**
 * One offer of {@link OrderRules.products}.
 *
 * @category Orders
 */
export interface OrderProduct {
  /** Partner Center product IDs (`CFQ7TTC0LFLX`) that name this offer. */
  readonly productIds: readonly string[];
}

/**
 * The fields every order constraint has (ORD-2).
 *
 * @category Orders
 */
export interface OrderConstraintBase {
  /** A stable id (`p3y-minimum-suites`), named by every refusal it gives. */
  readonly id: string;
  /**
   * When it comes into force, an ISO 8601 UTC instant; `null` for the earliest instant.
   */
  readonly effectiveFrom: string | null;
  /** When it stops being in force (exclusive); absent: it stays in force. */
  readonly effectiveUntil?: string;
}

/**
 * A seat bound of one subscription (ORD-2 `quantity`): the ordered subscription's quantity is in
 * [`min`, `max`] when its term is one of `terms` (absent: every term).
 *
 * @category Orders
 */
export interface QuantityConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'quantity';
  /** The offers it binds, by key. */
  readonly offers: readonly string[];
  /** The terms it binds; absent: every term. */
  readonly terms?: readonly NewCommerceTerm[];
  /** The fewest seats, ≥ 1. */
  readonly min?: number;
  /** The most seats, ≥ 1. */
  readonly max?: number;
}

/**
 * The billing frequencies of one term (ORD-2 `billing`): an order of `term` uses one of
 * `billingFrequencies`.
 *
 * @category Orders
 */
export interface BillingConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'billing';
  /** The offers it binds, by key. */
  readonly offers: readonly string[];
  /** The term whose frequencies it lists. */
  readonly term: NewCommerceTerm;
  /** The frequencies allowed for that term. */
  readonly billingFrequencies: readonly BillingFrequency[];
}

/**
 * The terms an offer is sold with (ORD-2 `terms`).
 *
 * @category Orders
 */
export interface TermsConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'terms';
  /** The offers it binds, by key. */
  readonly offers: readonly string[];
  /** The terms allowed. */
  readonly terms: readonly NewCommerceTerm[];
}

/**
 * A seat cap across offers (ORD-2 `family-cap`): the counted seats of `offers` after the order are
 * at most `max` (the Business family's 300).
 *
 * @category Orders
 */
export interface FamilyCapConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'family-cap';
  /** The offers whose seats are summed, by key. */
  readonly offers: readonly string[];
  /** The most seats, ≥ 1. */
  readonly max: number;
}

/**
 * An add-on measured against its base (ORD-2 `add-on`): with B the counted seats of `baseOffers`
 * and S those of `offers` after the order, B > 0, S ≤ ⌊B·max/100⌋ and S ≥ ⌈B·min/100⌉.
 *
 * @category Orders
 */
export interface AddOnConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'add-on';
  /** The add-on offers, by key. */
  readonly offers: readonly string[];
  /** The offers whose seats are its base, by key. */
  readonly baseOffers: readonly string[];
  /** The most add-on seats, in whole percent of the base (1 … 100). */
  readonly maxPercentOfBase?: number;
  /** The fewest add-on seats, in whole percent of the base (1 … 100). */
  readonly minPercentOfBase?: number;
}

/**
 * Who may have a trial (ORD-2 `trial`): at most the trial seats of NCE-8, the first subscription of
 * its offer when `onePerOffer`, never an offer of `excludeOffers` (add-ons).
 *
 * @category Orders
 */
export interface TrialConstraint extends OrderConstraintBase {
  /** Discriminant. */
  readonly kind: 'trial';
  /** Whether a trial must be the first subscription of its offer. */
  readonly onePerOffer: boolean;
  /** Offers that have no trial (add-ons), by key. */
  readonly excludeOffers?: readonly string[];
}

/**
 * One constraint of {@link OrderRules} (ORD-2), told apart by `kind`.
 *
 * @category Orders
 */
export type OrderConstraint =
  | QuantityConstraint
  | BillingConstraint
  | TermsConstraint
  | FamilyCapConstraint
  | AddOnConstraint
  | TrialConstraint;

/**
 * The kinds of order constraint (ORD-2).
 *
 * @category Orders
 */
export const ORDER_CONSTRAINT_KINDS = [
  'quantity',
  'billing',
  'terms',
  'family-cap',
  'add-on',
  'trial',
] as const;
