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
  /** `EffectiveUnitPrice`: after PEC and credit, in the pricing currency. */
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
  /** `CreditType` (`Azure Credit Applied`, …). */
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
  /** `MISSING_FIELD`, `INVALID_ARGUMENT`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY` or `LEGACY_INVOICE`. */
  readonly code:
    | 'MISSING_FIELD'
    | 'INVALID_ARGUMENT'
    | 'INVALID_AMOUNT'
    | 'UNKNOWN_CURRENCY'
    | 'LEGACY_INVOICE';
  /** What was expected, in the locale asked for (English from `readUsageLine`). */
  readonly message: string;
  /** `invoice` for a row of the invoice file; absent for the usage file's. */
  readonly file?: 'invoice';
}

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
    }
  | {
      /** Not read. */
      readonly ok: false;
      /** Every reason, at least one. */
      readonly issues: readonly UsageIssue[];
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
 * What can be done about a finding (REC-2's remedy): `now` (restore admin access) or `never`
 * (Microsoft's to answer).
 *
 * @category Usage
 */
export interface UsageRemedy {
  /** When it can be done. */
  readonly when: 'now' | 'never';
  /** What to do, in the locale asked for. */
  readonly message: string;
}

/**
 * One finding of `reconcileUsage` (USG-2 … USG-5), in REC-2's shape: what, where, the money and
 * what can be done.
 *
 * @category Usage
 */
export interface UsageFinding {
  /**
   * `different` (a line's arithmetic or EffectiveUnitPrice, USG-2; the invoice past the band,
   * USG-4), `missing` (daily lines no invoice line bills), `unexpected` (an invoice usage line
   * without daily lines), `pec-not-earned`, `pec-on-excluded-meter`, `pec-rate-unexpected` (USG-3).
   */
  readonly kind:
    | 'different'
    | 'missing'
    | 'unexpected'
    | 'pec-not-earned'
    | 'pec-on-excluded-meter'
    | 'pec-rate-unexpected';
  /** The rows (of the usage file; of the invoice file for `unexpected`), the first ten. */
  readonly rows: readonly number[];
  /** How many lines the finding is about. */
  readonly lines: number;
  /** `CustomerId`, or `null`. */
  readonly customerId: string | null;
  /** `InvoiceNumber`, or `null`. */
  readonly invoiceNumber: string | null;
  /** `SubscriptionId`, or `null`. */
  readonly subscriptionId: string | null;
  /** `EntitlementId` (the Azure subscription), for a line's or a day's finding. */
  readonly entitlementId?: string;
  /** `ProductId` (`''` for an entitlement's whole month of PEC lost). */
  readonly productId: string;
  /** `SkuId` (`''` likewise). */
  readonly skuId: string;
  /** `MeterId` (or `MeterName`) of a PEC finding about one meter. */
  readonly meter?: string;
  /** The days (`YYYY-MM-DD`) of a PEC finding. */
  readonly days?: readonly string[];
  /** What the rules give. */
  readonly expected: Money;
  /** What the file bills. */
  readonly billed: Money;
  /** Billed less expected, signed. */
  readonly difference: Money;
  /** The money to look at, without sign (past the band, for USG-4). */
  readonly atStake: Money;
  /** The rule. */
  readonly rule: 'USG-2' | 'USG-3' | 'USG-4' | 'USG-5';
  /** The arithmetic, in the locale asked for. */
  readonly message: string;
  /** What can be done. */
  readonly remedy: UsageRemedy;
}

/**
 * An invoice usage line (or lines of one EffectiveUnitPrice) tied to the daily lines (USG-4):
 * their difference inside the band is rounding.
 *
 * @category Usage
 */
export interface UsageMatch {
  /** `InvoiceNumber`. */
  readonly invoiceNumber: string | null;
  /** `SubscriptionId`. */
  readonly subscriptionId: string | null;
  /** `ProductId`. */
  readonly productId: string;
  /** `SkuId`. */
  readonly skuId: string;
  /** `AvailabilityId`. */
  readonly availabilityId: string | null;
  /** The daily lines' `EffectiveUnitPrice`, or `null` when the key was compared whole. */
  readonly effectiveUnitPrice: string | null;
  /** How many daily lines. */
  readonly lines: number;
  /** The invoice file's rows, the first ten. */
  readonly rows: readonly number[];
  /** `gross` (usage lines), or `net` of `customerCredit` lines when the daily lines carry credit (USG-5). */
  readonly form: 'gross' | 'net';
  /** The invoice's Subtotal the rules give: r(r(E × ΣQ) × X). */
  readonly expected: Money;
  /** The invoice's net Subtotal. */
  readonly billed: Money;
  /** The sum of the daily lines' BillingPreTaxTotal. */
  readonly daily: Money;
  /** `billed − daily`: the rounding, inside the band. */
  readonly rounding: Money;
  /** The band. */
  readonly band: UsageBand;
  /** One sentence, in the locale asked for. */
  readonly message: string;
}

/**
 * Something to know that is no money at stake (USG-2, USG-4, USG-5): an EffectiveUnitPrice printed
 * otherwise, a promotion's price not checked, late usage, a credit applied, partial or on an
 * ineligible meter.
 *
 * @category Usage
 */
export interface UsageNote {
  /** What. */
  readonly kind:
    | 'effective-unit-price'
    | 'promotion'
    | 'late-usage'
    | 'credit-applied'
    | 'credit-partial'
    | 'credit-on-ineligible-meter';
  /** The rows, the first ten. */
  readonly rows: readonly number[];
  /** How many lines. */
  readonly lines: number;
  /** `EntitlementId`, when the note is about one. */
  readonly entitlementId: string | null;
  /** `InvoiceNumber`. */
  readonly invoiceNumber: string | null;
  /** The rule. */
  readonly rule: 'USG-2' | 'USG-4' | 'USG-5';
  /** One sentence, in the locale asked for. */
  readonly message: string;
}

/**
 * The Azure credit used by one Azure subscription on one day (USG-5).
 *
 * @category Usage
 */
export interface UsageCredit {
  /** `CustomerId`. */
  readonly customerId: string | null;
  /** `EntitlementId`. */
  readonly entitlementId: string | null;
  /** The day. */
  readonly day: string;
  /** What the usage would have cost after PEC: the credit used. */
  readonly used: Money;
  /** The rows, the first ten. */
  readonly rows: readonly number[];
}

/**
 * Daily lines of an invoice key used before their billing cycle (USG-4): late usage, billed by
 * the invoice their `InvoiceNumber` names.
 *
 * @category Usage
 */
export interface UsageLate {
  /** `InvoiceNumber`. */
  readonly invoiceNumber: string | null;
  /** `SubscriptionId`. */
  readonly subscriptionId: string | null;
  /** `ProductId`. */
  readonly productId: string;
  /** `SkuId`. */
  readonly skuId: string;
  /** The lines. */
  readonly lines: number;
  /** Their days. */
  readonly days: readonly string[];
}

/**
 * The money at stake in one currency: never summed across currencies.
 *
 * @category Usage
 */
export interface UsageAtStake {
  /** The currency. */
  readonly currency: CurrencyCode;
  /** The sum of the findings' `atStake`. */
  readonly amount: Money;
  /** The sum of their `difference`, signed. */
  readonly net: Money;
}

/**
 * One customer's money at stake and credit used, per currency.
 *
 * @category Usage
 */
export interface UsageCustomer {
  /** `CustomerId`, or `null`. */
  readonly customerId: string | null;
  /** `CustomerName` (of the customer's first row), or `null`. */
  readonly customerName: string | null;
  /** At stake, per currency. */
  readonly atStake: readonly UsageAtStake[];
  /** Azure credit used, per currency. */
  readonly creditUsed: readonly Money[];
}

/**
 * The totals of a usage reconciliation, and what it could not check.
 *
 * @category Usage
 */
export interface UsageSummary {
  /** The usage rows observed (read or not). */
  readonly lines: number;
  /** The distinct usage days. */
  readonly days: number;
  /** The distinct Azure subscriptions (`EntitlementId`). */
  readonly entitlements: number;
  /** Rows outside `options.period`, left out. */
  readonly outsidePeriod: number;
  /** Groups (or EffectiveUnitPrice sub-groups) by outcome; all 0 when USG-4 was not checked. */
  readonly groups: {
    /** Tied within the band. */
    readonly matched: number;
    /** Past it. */
    readonly different: number;
    /** Daily lines without an invoice line. */
    readonly missing: number;
    /** Invoice lines without daily lines. */
    readonly unexpected: number;
  };
  /** The days (an entitlement's meter's day) without PEC. */
  readonly pecDaysLost: number;
  /** What PEC would have saved, per currency. */
  readonly pecLost: readonly Money[];
  /** Azure credit used, per currency. */
  readonly creditUsed: readonly Money[];
  /** The rows not read. */
  readonly issues: number;
  /** The columns not read, each once, sorted. */
  readonly otherColumns: readonly string[];
  /** What was checked: `false` with a sentence in `notChecked` for each check left out. */
  readonly checked: {
    /** USG-3 (the file carries PartnerEarnedCreditPercentage). */
    readonly pec: boolean;
    /** The Third Party test of USG-3 (`options.prices` given). */
    readonly thirdParty: boolean;
    /** USG-4 (invoice rows given). */
    readonly invoice: boolean;
  };
  /** Why a check was left out, one sentence each, in the locale asked for. */
  readonly notChecked: readonly string[];
}

/**
 * What `reconcileUsage` (and a usage reconciler's `finish`) answers (USG-6).
 *
 * @category Usage
 */
export interface UsageReconcileResult {
  /** Invoice usage lines tied to the daily lines within the band (USG-4). */
  readonly matched: readonly UsageMatch[];
  /** Daily lines no invoice line bills (USG-4). */
  readonly missing: readonly UsageFinding[];
  /** Invoice usage lines without daily lines (USG-4). */
  readonly unexpected: readonly UsageFinding[];
  /** Lines billed otherwise than their arithmetic (USG-2), PEC at another rate (USG-3), invoices past the band (USG-4). */
  readonly different: readonly UsageFinding[];
  /** Rows not read. */
  readonly issues: readonly UsageIssue[];
  /** What is no money at stake. */
  readonly notes: readonly UsageNote[];
  /** Partner Earned Credit (USG-3). */
  readonly pec: {
    /** Days an eligible meter went without PEC. */
    readonly notEarned: readonly UsageFinding[];
    /** PEC on a meter that does not earn it. */
    readonly onExcludedMeter: readonly UsageFinding[];
  };
  /** Azure credit used, per Azure subscription and day (USG-5). */
  readonly credits: readonly UsageCredit[];
  /** Late usage, per invoice key (USG-4). */
  readonly late: readonly UsageLate[];
  /** The money at stake, per currency. */
  readonly atStake: readonly UsageAtStake[];
  /** Per customer. */
  readonly customers: readonly UsageCustomer[];
  /** The totals. */
  readonly summary: UsageSummary;
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
}

/**
 * A streaming usage reconciliation (USG-6): observe lines one at a time, merge shards, finish.
 *
 * @category Usage
 */
export interface UsageReconciler {
  /** Adds one line read by `readUsageLine` (or its read result, whose issues are kept). */
  readonly observe: (line: UsageLine | UsageReadResult) => void;
  /** Adds everything another reconciler of the same options observed; associative and commutative. */
  readonly merge: (other: UsageReconciler) => void;
  /** The result, against the invoice file's rows (`null` or none: USG-4 not checked). */
  readonly finish: (reconRows?: readonly object[] | null) => UsageReconcileResult;
}
