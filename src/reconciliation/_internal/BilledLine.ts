import type { FileDecimal } from '../../kernel/fileDecimal.ts';
import type { InvoiceLineKind } from '../types.ts';

/** What an effect says beyond its line, for the arithmetic of a message (REC-2). */
export interface EffectDetails {
  /** The seats charged or credited. */
  readonly quantity: number;
  /** The subscription's seats after the event. */
  readonly seats: number;
  /** The day of the event. */
  readonly atDay: number;
  /** The days billed or credited, of `periodDays`. */
  readonly days: number;
  /** The billing period's days (D). */
  readonly periodDays: number;
  /** The price per seat per period, in minor units. */
  readonly unitPrice: number;
  /** The amount (a credit's given back), in minor units, ≥ 0. */
  readonly amount: number;
  /** A credit's outcome. */
  readonly outcome: 'full-credit' | 'prorated-credit' | undefined;
  /**
   * For seats added to seats already there (`seats - quantity` ≥ 1): what a file that prints the
   * change as two lines bills, prorated(seats, days) − prorated(seats − quantity, days).
   */
  readonly twoLine:
    | { readonly amount: number; readonly after: number; readonly before: number }
    | undefined;
  /**
   * A month of Extended Service Term (EST-5): since when (a UTC day), its base price for a month
   * (minor units) and the uplift, a fraction (`0.03`).
   */
  readonly est?: { readonly since: number; readonly basePrice: number; readonly uplift: number };
}

/**
 * An expected line in numbers (REC-1): from an effect, or read back from a caller's
 * {@link InvoiceLine}. Amounts are decimals in the currency's minor unit, a credit's negative.
 */
export interface BilledLine {
  /** What it bills, when it comes from an effect. */
  readonly kind: InvoiceLineKind | undefined;
  /** `ChargeType`. */
  readonly chargeType: string;
  /** `OrderDate`, as UTC days since 1970-01-01. */
  readonly orderDay: number | undefined;
  /** `ChargeStartDate`, as UTC days. */
  readonly startDay: number;
  /** `ChargeEndDate` (inclusive), as UTC days. */
  readonly endDay: number;
  /** `Currency`. */
  readonly currency: string;
  /** Its minor unit's decimals. */
  readonly exponent: number;
  /** `UnitPrice`. */
  readonly unitPrice: FileDecimal | undefined;
  /** `EffectiveUnitPrice` (positive, a credit's too). */
  readonly effectiveUnitPrice: FileDecimal | undefined;
  /** `Quantity`. */
  readonly seats: FileDecimal | undefined;
  /** `BillableQuantity`. */
  readonly billableQuantity: FileDecimal;
  /** `Subtotal`. */
  readonly subtotal: FileDecimal;
  /** `TermAndBillingCycle`. */
  readonly termAndBillingCycle: string | undefined;
  /** `PriceAdjustmentDescription`: an Extended Service Term's fee (EST-5). */
  readonly priceAdjustment?: string | undefined;
  /** `PromotionId`: the promotion of the term (PL-5). */
  readonly promotionId?: string | undefined;
  /** `SubscriptionId`. */
  readonly subscriptionId: string | undefined;
  /** `CustomerId`. */
  readonly customerId: string | undefined;
  /** The rule that produced it (`REC-1` for a caller's line). */
  readonly rule: string;
  /** The effect's numbers, when it comes from one. */
  readonly effect: EffectDetails | undefined;
}
