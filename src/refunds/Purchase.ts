import type { BillingCycle, Product } from '../policy/types.ts';
import type { Money } from '../pricing/money.ts';
import type { Instant } from '../time/parseInstant.ts';
import type { Term } from '../time/Term.ts';

/**
 * A purchase a cancellation request is decided for (REF-1 … REF-11).
 *
 * @category Refunds
 */
export interface Purchase {
  /** What was bought (REF-1..REF-8). */
  readonly product: Product;
  /**
   * How the purchase is billed; required where the policy's rule differs by billing cycle
   * (`marketplace-saas`, REF-10), ignored elsewhere (but still checked when given).
   */
  readonly billingCycle?: BillingCycle | undefined;
  /** When the order was placed; every window counts from here (REF-11) and it picks the policy (POL-2). */
  readonly orderedAt: Instant;
  /** The price of the purchase's term, ≥ 0; when given, credit decisions say how much (REF-6). */
  readonly price?: Money | undefined;
  /**
   * The term, one of the product's `terms` in the policy (`P1Y` or `P3Y` for software
   * subscriptions, REF-5).
   *
   * @defaultValue the product's first term in the policy (`P1Y` for software subscriptions)
   */
  readonly term?: Term | undefined;
  /** When the current paid term ends; a scheduled cancellation takes effect then (REF-2). */
  readonly currentTermEnd?: Instant | undefined;
}
