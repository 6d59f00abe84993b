import type {
  NewCommerceChargeKind,
  NewCommerceCreditKind,
} from '../lifecycle/newCommerce/resultTypes.ts';
import type { MessageOptions } from '../messages/types.ts';

/**
 * What an invoice line bills or credits (REC-1, REC-4): a charge's or a credit's `kind`, and
 * `upgrade-full` for the charge of an upgrade that moved every seat (a `convert` line).
 *
 * @category Reconciliation
 */
export type InvoiceLineKind = NewCommerceChargeKind | NewCommerceCreditKind | 'upgrade-full';

/**
 * A caller's own `ChargeType` names for any kind (REC-1, REC-4), e.g. `{ cycle: 'CycleFee' }`:
 * the kinds not named keep Partner Center's (`new`, `cycleCharge`, `renew`, `addQuantity`,
 * `convert`, `removeQuantity`, `cancelImmediate`).
 *
 * @category Reconciliation
 */
export type ChargeTypeNames = { readonly [Kind in InvoiceLineKind]?: string | undefined };

/**
 * One line of Partner Center's New Commerce invoice reconciliation file (REC-1), keyed by the
 * file's own column names, every value a string in the file's form: days as `YYYY-MM-DD`
 * (`ChargeEndDate` the last billed day, inclusive), amounts as decimals of the currency's minor
 * unit (`31.20`; `3120` for a currency without decimals), a credit's `BillableQuantity` and
 * `Subtotal` negative.
 *
 * @category Reconciliation
 */
export interface InvoiceLine {
  /** The customer's tenant, when `options.customerId` gives it. */
  readonly CustomerId?: string;
  /** The subscription, when `options.subscriptionId` gives it. */
  readonly SubscriptionId?: string;
  /** The UTC day of the event that made the line: the purchase, the period's start, the change. */
  readonly OrderDate?: string;
  /** The kind of charge or credit in the file's words (`new`, `addQuantity`, …). */
  readonly ChargeType: string;
  /** The first billed (or credited) day. */
  readonly ChargeStartDate: string;
  /** The last billed (or credited) day, inclusive. */
  readonly ChargeEndDate: string;
  /** The subscription's price per seat per billing period. */
  readonly UnitPrice?: string;
  /** What one seat costs for the line's days (a credit's: what one seat gets back, positive). */
  readonly EffectiveUnitPrice?: string;
  /** The subscription's seats after the event (0 after a cancellation). */
  readonly Quantity?: string;
  /** The seats the line bills; negative for a credit. */
  readonly BillableQuantity: string;
  /** EffectiveUnitPrice × BillableQuantity; negative for a credit. */
  readonly Subtotal: string;
  /** The ISO 4217 code of the amounts. */
  readonly Currency: string;
  /** The term and billing frequency, as `Annual term, Monthly billing`. */
  readonly TermAndBillingCycle?: string;
  /**
   * On a month of Extended Service Term (EST-5): `Extended Service Terms 3% Fee Applied` (or 23 %);
   * its `UnitPrice` is then the base price and `EffectiveUnitPrice` the price with the fee.
   */
  readonly PriceAdjustmentDescription?: string;
  /**
   * On a line of a promoted term (PL-5): the promotion; its `UnitPrice` is then the list's period
   * price and `EffectiveUnitPrice` the discounted one.
   */
  readonly PromotionId?: string;
}

/**
 * Options of `invoiceLines`.
 *
 * @category Reconciliation
 */
export interface InvoiceLinesOptions {
  /**
   * The subscription the effects are of, written in every line's `SubscriptionId`.
   *
   * @defaultValue none: the lines have no `SubscriptionId`
   */
  readonly subscriptionId?: string | undefined;
  /**
   * The customer's tenant, written in every line's `CustomerId`.
   *
   * @defaultValue none
   */
  readonly customerId?: string | undefined;
  /**
   * Your own `ChargeType` names for any kind.
   *
   * @defaultValue Partner Center's (REC-1)
   */
  readonly chargeTypes?: ChargeTypeNames | undefined;
}

/**
 * Options of `reconcile` (and of the pieces it is made of).
 *
 * @category Reconciliation
 */
export interface ReconcileOptions extends MessageOptions {
  /**
   * The subscription that `expected` effects are of (invoice lines name their own).
   *
   * @defaultValue none: compared with the file's lines that name no subscription, or with all of
   *   them when the file names only one
   */
  readonly subscriptionId?: string | undefined;
  /**
   * Your own `ChargeType` names for any kind, as in `invoiceLines`; the file's charge types are
   * compared with them case-insensitively.
   *
   * @defaultValue Partner Center's (REC-1)
   */
  readonly chargeTypes?: ChargeTypeNames | undefined;
}

/**
 * What lines are grouped by and compared under (REC-2): the subscription, the charge type, the
 * billed days and the currency.
 *
 * @category Reconciliation
 */
export interface ReconcileGroupKey {
  /** `SubscriptionId`; `null` when neither side names one. */
  readonly subscriptionId: string | null;
  /** `ChargeType`: the expected line's, or the file's spelling of an unexpected one. */
  readonly chargeType: string;
  /** `ChargeStartDate`, `YYYY-MM-DD`. */
  readonly chargeStartDate: string;
  /** `ChargeEndDate`, `YYYY-MM-DD`, inclusive. */
  readonly chargeEndDate: string;
  /** `Currency`; `null` for the file's lines without one. */
  readonly currency: string | null;
}

/**
 * The amounts of a group of lines, in the file's column names.
 *
 * @category Reconciliation
 */
export interface ReconcileAmounts {
  /** The net `Subtotal`, exactly (the file's digits, never rounded). */
  readonly Subtotal: string;
  /** The net `BillableQuantity`. */
  readonly BillableQuantity: string;
  /** The currency, when known. */
  readonly Currency?: string;
  /**
   * `PromotionId` (PL-5), on a difference that names it: the promotion the rules apply and the one
   * the file prints (`''` for none; left out where the file's lines print several).
   */
  readonly PromotionId?: string;
}

/**
 * A value printed differently that changes no amount: an `EffectiveUnitPrice` the file prints
 * unrounded while `Subtotal` agrees (REC-2).
 *
 * @category Reconciliation
 */
export interface ReconcileNote {
  /**
   * The column: `EffectiveUnitPrice` printed otherwise (REC-2), or `ChargeType` where one charge
   * was printed under another type than the rules bill it with, its days, seats and amount the
   * same (`new` for `renew`, REC-5).
   */
  readonly field: 'EffectiveUnitPrice' | 'ChargeType';
  /** What the rules give. */
  readonly expected: string;
  /** What the file prints. */
  readonly actual: string;
  /** One sentence, in the locale asked for. */
  readonly message: string;
}

/** What each entry about the file's lines says of them. */
interface FileLines {
  /** How many of the file's lines the group holds. */
  readonly lines: number;
  /**
   * Their rows in the sheet, as a spreadsheet shows them (REC-6: the header is row 1, so the first
   * line is row 2); the first ten of a larger group.
   */
  readonly rows: readonly number[];
}

/**
 * A group the file bills as the rules say (REC-2).
 *
 * @category Reconciliation
 */
export interface ReconcileMatch extends ReconcileGroupKey, FileLines {
  /**
   * The charge type the file printed, when it is not `chargeType`: the first month of an Extended
   * Service Term matched as `renew` or `new` (EST-5).
   */
  readonly printedAs?: string;
  /** `two-line` when the file printed a change as the old quantity refunded and the new charged. */
  readonly form: 'one-line' | 'two-line';
  /** The amounts, as both sides give them. */
  readonly amounts: ReconcileAmounts;
  /** The rules that produced the expected lines. */
  readonly rules: readonly string[];
  /** What the file prints differently without changing an amount. */
  readonly notes: readonly ReconcileNote[];
}

/**
 * A group the file bills differently (REC-2): which columns differ, both values, the rules that
 * produced the expected line and the arithmetic.
 *
 * @category Reconciliation
 */
export interface ReconcileDifference extends ReconcileGroupKey, FileLines {
  /** The form the file printed the group in. */
  readonly form: 'one-line' | 'two-line';
  /**
   * The columns that differ: `Subtotal`, `BillableQuantity`, `Currency`, and `PromotionId` where
   * the file prints the column and its promotion is not the one the rules apply (PL-5).
   */
  readonly fields: readonly ('Subtotal' | 'BillableQuantity' | 'Currency' | 'PromotionId')[];
  /** What the rules give. */
  readonly expected: ReconcileAmounts;
  /** What the file bills, net. */
  readonly actual: ReconcileAmounts;
  /** The rules that produced the expected lines. */
  readonly rules: readonly string[];
  /**
   * `true` when the file's lines say they are a month of Extended Service Term (EST-5, as
   * {@link ReconcileUnexpected.extendedServiceTerm} says) where the rules bill another charge of the
   * same days and type, a renewal most often: the message then says what the file bills and why.
   */
  readonly extendedServiceTerm?: true;
  /**
   * The arithmetic and what was billed, in the locale asked for: `added 5 seats on 2026-12-05:
   * 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD`.
   */
  readonly message: string;
}

/**
 * An expected group the file has no line of (REC-2).
 *
 * @category Reconciliation
 */
export interface ReconcileMissing extends ReconcileGroupKey {
  /** What the rules give. */
  readonly expected: ReconcileAmounts;
  /** The rules that produced the expected lines. */
  readonly rules: readonly string[];
  /** The arithmetic, in the locale asked for. */
  readonly message: string;
}

/**
 * Lines the rules do not expect (REC-2): a group of a known charge type, or one row of a charge
 * type nobody knows, under its own spelling (never taken for a credit).
 *
 * @category Reconciliation
 */
export interface ReconcileUnexpected extends ReconcileGroupKey, FileLines {
  /** `unknown-charge-type` for a charge type neither Partner Center's nor yours. */
  readonly reason: 'not-expected' | 'unknown-charge-type';
  /**
   * `true` when the lines say they are a month of Extended Service Term (EST-5): their
   * `PriceAdjustmentDescription`, `SkuName`, `OfferName` or `ProductName` contains "Extended
   * Service Term" in any letter case. The message then says why the rules may not bill it.
   */
  readonly extendedServiceTerm?: true;
  /** What the lines bill, net. */
  readonly actual: ReconcileAmounts;
  /** One sentence, in the locale asked for. */
  readonly message: string;
}

/**
 * A row of the file that could not be read (ERR-2): reported, never thrown, never dropped.
 *
 * @category Reconciliation
 */
export interface ReconcileIssue {
  /** The row in the sheet, as a spreadsheet shows it (REC-6: the header is row 1, the first line row 2). */
  readonly row: number;
  /** The column at fault, as the file names it (the required name when it has none). */
  readonly column: string;
  /** What was expected, in the locale asked for. */
  readonly message: string;
}

/**
 * What `reconcile` found (REC-2, REC-4): one entry per group for `matched`, `missing`,
 * `different` and `unexpected` (one per row for an unknown charge type), the unreadable rows and
 * the columns it did not read.
 *
 * @category Reconciliation
 */
export interface ReconcileResult {
  /** Groups billed as the rules say. */
  readonly matched: readonly ReconcileMatch[];
  /** Expected groups the file lacks. */
  readonly missing: readonly ReconcileMissing[];
  /** The file's groups (or rows) the rules do not expect. */
  readonly unexpected: readonly ReconcileUnexpected[];
  /** Groups billed differently. */
  readonly different: readonly ReconcileDifference[];
  /** Rows that could not be read. */
  readonly issues: readonly ReconcileIssue[];
  /** The file's columns not read (tax, names, ids…), each once, as the file names them. */
  readonly otherColumns: readonly string[];
}
