import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';
import type { UsageBand, UsageIssue, UsageLine, UsageReadResult } from './types.ts';

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
  /**
   * `MeterId` (else `MeterName`, else `ProductId/SkuId`) of a line's finding (USG-2) or a PEC
   * finding about one meter (USG-3); the message names it by `MeterName`.
   */
  readonly meter?: string;
  /**
   * The days (`YYYY-MM-DD`, sorted, each once) of a line's finding (USG-2: one finding per Azure
   * subscription, meter, printed and expected EffectiveUnitPrice and month) or a PEC finding.
   */
  readonly days?: readonly string[];
  /** The first of {@link days}, when they are given. */
  readonly firstDay?: string;
  /** The last of {@link days}, when they are given. */
  readonly lastDay?: string;
  /** What the rules give. */
  readonly expected: Money;
  /** What the file bills (summed over a group's lines). */
  readonly billed: Money;
  /** Billed less expected, signed: the `net` of {@link UsageAtStake}. */
  readonly difference: Money;
  /**
   * The money to look at, without sign: `|difference|`, summed over a group's lines before the
   * sign is taken off; for USG-4, `|billed − expected|` when the invoice line is not the Subtotal
   * the rules give, else the part of the daily lines' difference past the band.
   */
  readonly atStake: Money;
  /** The rule. */
  readonly rule: 'USG-2' | 'USG-3' | 'USG-4' | 'USG-5';
  /** The arithmetic, in the locale asked for. */
  readonly message: string;
  /** What can be done. */
  readonly remedy: UsageRemedy;
  /**
   * `true` when a day of a PEC finding may still receive lines at `options.at` (USG-6): its end
   * plus 24 hours is later than `at`. Absent when final.
   */
  readonly provisional?: true;
  /** When provisional: the instant the finding's last day becomes final (its end + 24 h). */
  readonly provisionalUntil?: string;
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
 * What every note has (USG-2, USG-4, USG-5).
 *
 * @category Usage
 */
export interface UsageNoteBase {
  /** The rows, the first ten. */
  readonly rows: readonly number[];
  /** How many lines. */
  readonly lines: number;
  /** `EntitlementId`, when the note is about one. */
  readonly entitlementId: string | null;
  /** `InvoiceNumber`. */
  readonly invoiceNumber: string | null;
  /** The rule. */
  readonly rule: 'USG-2' | 'USG-3' | 'USG-4' | 'USG-5';
  /** One sentence, in the locale asked for. */
  readonly message: string;
}

/**
 * A note of an Azure credit used by one Azure subscription on one day (USG-5), the credit used
 * beside its sentence.
 *
 * @category Usage
 */
export interface UsageCreditNote extends UsageNoteBase {
  /** What. */
  readonly kind: 'credit-applied';
  /**
   * The credit used: `r_u(B)(UnitPrice × (1 − PEC/100) × Quantity × PCToBCExchangeRate)` less
   * what was billed, in integer minor units of the lines' billing currency — the `used` of its
   * entry in `credits`, summed per customer in `customers[].creditUsed`.
   */
  readonly creditUsed: Money;
}

/**
 * A finding with no money at stake on any of its lines — PEC not earned, given on an excluded
 * meter or at another rate on lines too small for it to change a minor unit (USG-3), or daily
 * lines without an invoice line that all bill 0 (USG-4): a note, never a finding (the command
 * exits 0 for it), the finding whole beside its sentence.
 *
 * @category Usage
 */
export interface UsageNoStakeNote extends UsageNoteBase {
  /** What. */
  readonly kind: 'no-money-at-stake';
  /** The finding it would be, its `atStake` 0. */
  readonly finding: UsageFinding;
}

/**
 * Something to know that is no money at stake (USG-2, USG-3, USG-4, USG-5): an EffectiveUnitPrice printed
 * otherwise, a promotion's price not checked, late usage, a credit applied (with the credit used,
 * {@link UsageCreditNote}), partial or on an ineligible meter, a PEC finding with no money at
 * stake ({@link UsageNoStakeNote}).
 *
 * @category Usage
 */
export type UsageNote =
  | UsageCreditNote
  | UsageNoStakeNote
  | (UsageNoteBase & {
      /** What. */
      readonly kind:
        | 'effective-unit-price'
        | 'promotion'
        | 'late-usage'
        | 'credit-partial'
        | 'credit-on-ineligible-meter';
    });

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
  /** `true` when the day may still receive lines at `options.at` (USG-6); absent when final. */
  readonly provisional?: true;
  /** When provisional: the instant the day becomes final (its end + 24 h). */
  readonly provisionalUntil?: string;
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
  /**
   * The sum of the findings' `atStake`, exact (PRICE-1). A sum past `Number.MAX_SAFE_INTEGER`
   * minor units is given as `Number.MAX_SAFE_INTEGER` (at least that much) with an issue
   * `INVALID_AMOUNT` whose `column` names the field and currency (`atStake USD`).
   */
  readonly amount: Money;
  /** The sum of their `difference`, signed; past the safe integers as `amount` (`net USD`). */
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
  /** Their `UsageDate`s, sorted, each once (none without `options.period`). */
  readonly outsidePeriodDays: readonly string[];
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
  /**
   * The daily lines billed on invoices none of whose rows were given, per invoice number (`null`:
   * lines without one), sorted: no finding and no money at stake — only a key of an invoice whose
   * rows were given and that has no line there is `missing` (USG-4). Empty when USG-4 was not
   * checked.
   */
  readonly otherInvoices: readonly UsageOtherInvoice[];
  /**
   * The invoices whose rows were given: each `InvoiceNumber` of the invoice rows (any line, a
   * licence line too), sorted, each once. Empty when USG-4 was not checked.
   */
  readonly invoices: readonly string[];
  /**
   * The calendar days on which any eligible meter lost PEC (each day once, however many meters
   * and Azure subscriptions lost it that day).
   */
  readonly pecDaysLost: number;
  /** The meter-days without PEC: one per Azure subscription (`EntitlementId`), meter and day. */
  readonly pecMeterDaysLost: number;
  /** What PEC would have saved, per currency (exact; past the safe integers as `atStake`'s). */
  readonly pecLost: readonly Money[];
  /** Azure credit used, per currency (exact; past the safe integers as `atStake`'s). */
  readonly creditUsed: readonly Money[];
  /**
   * The rows not read: the issues but those of a row's shape (a column named twice, a row's width:
   * the row is read) and of a sum past the safe integers.
   */
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
 * The daily lines of one invoice whose reconciliation file was not given (USG-4).
 *
 * @category Usage
 */
export interface UsageOtherInvoice {
  /** The lines' `InvoiceNumber`; `null` for lines without one (usage not yet invoiced). */
  readonly invoiceNumber: string | null;
  /** How many daily lines. */
  readonly lines: number;
  /** Their invoice keys (`SubscriptionId`, `ProductId`, `SkuId`, `AvailabilityId`, currency). */
  readonly keys: number;
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
