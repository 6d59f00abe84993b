import type { MessageOptions } from '../messages/types.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';

/**
 * One line of Partner Center's daily rated usage file, read (USG-1): ids as the file writes them
 * (`null` where the file has none), days as `YYYY-MM-DD` (UTC), quantities, prices, rates and
 * percentages as exact decimal strings (never numbers), the billed amount as `Money`.
 *
 * @category Usage
 */
export interface UsageLine {
  /** The row, from 1 (the header not counted; a JSON line's number among its blob's lines). */
  readonly row: number;
  /** `CustomerId`. */
  readonly customerId: string | null;
  /** `CustomerName`. */
  readonly customerName: string | null;
  /** `InvoiceNumber` (a G invoice; `null` for unbilled usage). */
  readonly invoiceNumber: string | null;
  /** `SubscriptionId`: the billing subscription (the Azure plan). */
  readonly subscriptionId: string | null;
  /** `EntitlementId`: the Azure subscription. */
  readonly entitlementId: string | null;
  /** `ProductId`. */
  readonly productId: string;
  /** `SkuId`. */
  readonly skuId: string;
  /** `AvailabilityId`. */
  readonly availabilityId: string | null;
  /** `MeterId`. */
  readonly meterId: string | null;
  /** `MeterName`. */
  readonly meterName: string | null;
  /** `MeterSubCategory`. */
  readonly meterSubCategory: string | null;
  /** `PublisherName` (`Microsoft` for first-party meters). */
  readonly publisherName: string | null;
  /** `UsageDate`: the day used. */
  readonly usageDate: string;
  /** `ChargeStartDate`: the billing cycle's first day. */
  readonly chargeStart: string | null;
  /** `ChargeEndDate`: its last day, inclusive. */
  readonly chargeEnd: string | null;
  /** `Quantity`. */
  readonly quantity: string;
  /** `UnitPrice`: the price list's price, in the pricing currency. */
  readonly unitPrice: string | null;
  /**
   * `EffectiveUnitPrice`: after PEC and credit, in the pricing currency. As the file wrote it when
   * plainly written (`0.20`, its zeros at the end kept: its match with the rule's price is judged
   * at the decimals printed, USG-2), else its exact text (`1.7E-1` is `0.17`).
   */
  readonly effectiveUnitPrice: string;
  /** `PCToBCExchangeRate`. */
  readonly exchangeRate: string;
  /** `BillingCurrency`. */
  readonly billingCurrency: CurrencyCode;
  /** `PricingCurrency` (USD when the file has none). */
  readonly pricingCurrency: CurrencyCode;
  /** `BillingPreTaxTotal`. */
  readonly billingPreTaxTotal: Money;
  /** `PartnerEarnedCreditPercentage` (0–100; a v1 `rateOfPartnerEarnedCredit` × 100). */
  readonly pecPercentage?: string;
  /** `CreditPercentage` (0–100; a v1 `rateOfCredit` × 100). */
  readonly creditPercentage?: string;
  /**
   * `CreditType` (`Azure Credit Applied`, …): a credit when it names one applied; `Credit Not
   * Applied` (any case) is none (USG-5).
   */
  readonly creditType?: string;
  /** `Tags`. */
  readonly tags?: string;
  /** `BenefitType`: the line is covered by a reservation or savings plan. */
  readonly benefitType?: string;
  /** `ChargeType`. */
  readonly chargeType?: string;
  /** `PromotionId` or `PriceBenefits`: a promotion's price, whose EffectiveUnitPrice is not checked. */
  readonly promotion?: string;
}

/**
 * Why a usage row could not be read (USG-1, ERR-2): the column as the file names it (its needed
 * name when the row has none), a stable code and an English sentence.
 *
 * @category Usage
 */
export interface UsageIssue {
  /** The row, from 1. */
  readonly row: number;
  /** The column at fault. */
  readonly column: string;
  /**
   * `MISSING_FIELD`, `INVALID_ARGUMENT`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`, `LEGACY_INVOICE`, or
   * `USAGE_AFTER_AT` (a line dated on or after the day `options.at` falls in: after the file was
   * fetched, USG-6).
   */
  readonly code:
    | 'MISSING_FIELD'
    | 'INVALID_ARGUMENT'
    | 'INVALID_AMOUNT'
    | 'UNKNOWN_CURRENCY'
    | 'LEGACY_INVOICE'
    | 'USAGE_AFTER_AT';
  /** What was expected, in the locale asked for (English from `readUsageLine`). */
  readonly message: string;
  /** `invoice` for a row of the invoice file; absent for the usage file's. */
  readonly file?: 'invoice';
  /** Of a column named twice (USG-1's shapes): the other name, not read (`{other}` in `message`). */
  readonly other?: string;
  /** Of a CSV row shorter or longer than its header: how many cells it has (`{cells}`). */
  readonly cells?: number;
  /** Of a CSV row shorter or longer than its header: how many names the header has (`{header}`). */
  readonly header?: number;
}

/**
 * The issues of a row's shape beside its reading (USG-1): a column its header names twice, in
 * another case or by a v1 alias beside its own name (`column` the name read, the first; `other`
 * the other), and, from a reader that sees a CSV header, a row with more or fewer cells than the
 * header has names (`cells`, `header`). The row is still read. A reconciler says a column named
 * twice once per pair of names, at the lowest row observed with it; a row's width at its row.
 * Absent when the row has none.
 */
export type UsageShape = readonly UsageIssue[];

/**
 * What `readUsageLine` answers: the line and the columns it did not read, or every issue of the
 * row.
 *
 * @category Usage
 */
export type UsageReadResult =
  | {
      /** Read. */
      readonly ok: true;
      /** The line. */
      readonly line: UsageLine;
      /** The row's columns this library does not read, as the row names them, sorted. */
      readonly otherColumns: readonly string[];
      /** The issues of the row's shape ({@link UsageShape}), when it has any. */
      readonly shape?: UsageShape;
    }
  | {
      /** Not read. */
      readonly ok: false;
      /** Every reason, at least one. */
      readonly issues: readonly UsageIssue[];
      /** The issues of the row's shape ({@link UsageShape}), when it has any. */
      readonly shape?: UsageShape;
    };

/**
 * The band the invoice's usage line may lie from the sum of the daily lines (USG-4), in minor
 * units of the billing currency, both ends included.
 *
 * @category Usage
 */
export interface UsageBand {
  /** The lowest `recon − Σ daily` that is rounding. */
  readonly low: Money;
  /** The highest. */
  readonly high: Money;
}

/**
 * Options of `reconcileUsage` and `createUsageReconciler` (USG-6).
 *
 * @category Usage
 */
export interface UsageReconcileOptions extends MessageOptions {
  /**
   * The Azure price list's rows, keyed by its column names as a CSV parser gives them: `MeterId`
   * and `Tags` (a `Third Party` tag excludes the meter from PEC), and a PEC rate column (a name
   * containing `EarnedCredit`: a percentage, or a fraction when the name contains `Rate`).
   *
   * @defaultValue none: the Third Party test is left out, and the summary says so
   */
  readonly prices?: readonly object[] | undefined;
  /**
   * The PEC rate, a percentage as decimal text, where the price list gives none.
   *
   * @defaultValue `'15'`
   */
  readonly pecRate?: string | undefined;
  /**
   * The invoice month `YYYY-MM`: only lines whose billing cycle starts in it (`ChargeStartDate`,
   * else `UsageDate`, on both files) are compared.
   *
   * @defaultValue none: every line
   */
  readonly period?: string | undefined;
  /**
   * Findings whose money at stake is below this amount, in major units of their currency
   * (`'0.05'`), are left out.
   *
   * @defaultValue none: every finding
   */
  readonly minAtStake?: string | undefined;
  /**
   * The instant the usage file was fetched, an ISO 8601 instant (USG-6): time as data, the library
   * reads no clock. Partner Center's unbilled daily usage lags up to 24 hours, so a day whose end
   * plus 24 hours is later than `at` may still receive lines: a PEC finding or a credit on such a
   * day is `provisional` until that instant (equal to `at` is final). A line dated on a day that
   * starts at or after `at` is an issue, `USAGE_AFTER_AT`.
   *
   * @defaultValue none: every day final
   */
  readonly at?: string | undefined;
}
