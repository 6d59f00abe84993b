import type { AnyLocale } from '../messages/types.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';

/**
 * A commitment term as the product map names it (RSL-3): one month, one year, three years.
 *
 * @category Resale
 */
export type ResaleTerm = 'P1M' | 'P1Y' | 'P3Y';

/**
 * How often a term is billed (RSL-3): every month, once a year, or once for three years up front.
 *
 * @category Resale
 */
export type ResaleBilling = 'monthly' | 'annual' | 'triennial';

/**
 * One partner product code of the PSA mapped to what Microsoft sells (RSL-3): one SKU can be sold
 * under several terms, so the same `productId`/`skuId` may appear under several codes.
 *
 * @category Resale
 */
export interface ResaleProduct {
  /** The product or item code as the billed export writes it (`M365BP-ANNUAL-MONTHLY`). */
  readonly code: string;
  /** Partner Center's `ProductId` (`CFQ7TTC0LCHC`). */
  readonly productId: string;
  /** Partner Center's `SkuId` (`0002`). */
  readonly skuId: string;
  /** The commitment term the customer is sold. */
  readonly term: ResaleTerm;
  /** How the customer is billed for it. */
  readonly billing: ResaleBilling;
  /** Graph's `skuId` GUID of the tenant's `subscribedSkus`, to count assigned seats (`--seats`). */
  readonly graphSkuId?: string;
}

/**
 * How a date column of the billed export is written (RSL-2): never guessed from the values.
 *
 * @category Resale
 */
export type ResaleDateFormat = 'YYYY-MM-DD' | 'M/D/YYYY' | 'D/M/YYYY';

/**
 * The billed export's columns, as data the partner writes once for its PSA or accounting system
 * (RSL-2). Each value is a column name, matched exactly first, else ignoring case, spaces around it
 * and a byte-order mark.
 *
 * @category Resale
 */
export interface ResaleBilledColumns {
  /** The customer (a name or an ID), matched to a `CustomerId` through `map.customers`. */
  readonly customer: string;
  /** The partner's product or item code, looked up in `map.products`. */
  readonly product: string;
  /** The quantity billed: seats on a positive line, never seats on a negative one. */
  readonly quantity: string;
  /** The price of one unit; used when `amount` is not mapped. */
  readonly unitPrice?: string;
  /** The line's net amount (before tax). */
  readonly amount?: string;
  /** The line's currency; else `defaultCurrency`. */
  readonly currency?: string;
  /** The currency of every line, for an export without a currency column. */
  readonly defaultCurrency?: CurrencyCode;
  /** First day of the service period (inclusive). */
  readonly periodStart?: string;
  /** Last day of the service period (inclusive). */
  readonly periodEnd?: string;
  /** The invoice or service date, standing for a calendar month (see `dateMeans`). */
  readonly date?: string;
  /** How the date columns are written; `YYYY-MM-DD` by default (an ISO instant is its UTC day). */
  readonly dateFormat?: ResaleDateFormat;
  /** `month` (the default): `date` bills its own month; `previous-month`: the month before (arrears). */
  readonly dateMeans?: 'month' | 'previous-month';
  /** The invoice number, carried for people. */
  readonly invoice?: string;
  /** The line's description, carried for people. */
  readonly description?: string;
}

/**
 * The reconciliation file's columns the resale check reads (RSL-1), by their Partner Center names.
 *
 * @category Resale
 */
export type ResaleCostColumn =
  | 'CustomerId'
  | 'CustomerName'
  | 'ProductId'
  | 'SkuId'
  | 'SkuName'
  | 'ProductName'
  | 'SubscriptionId'
  | 'SubscriptionDescription'
  | 'TermAndBillingCycle'
  | 'ChargeType'
  | 'ChargeStartDate'
  | 'ChargeEndDate'
  | 'BillableQuantity'
  | 'Subtotal'
  | 'Currency'
  | 'MeterDescription';

/**
 * Everything the resale check needs to line the three systems up (RSL-2, RSL-3).
 *
 * @category Resale
 */
export interface ResaleMap {
  /** The billed export's columns. */
  readonly billed: ResaleBilledColumns;
  /** The partner's product codes. */
  readonly products: readonly ResaleProduct[];
  /** A billed customer value → its `CustomerId`; else a customer equal to a `CustomerId` or `CustomerName`. */
  readonly customers?: Readonly<Record<string, string>>;
  /** A distributor's own names for the reconciliation columns (`{ CustomerId: 'Client GUID' }`). */
  readonly cost?: Readonly<Partial<Record<ResaleCostColumn, string>>>;
}

/**
 * One exchange rate of the partner's own (RSL-2): `amount in from × rate = amount in to`.
 *
 * @category Resale
 */
export interface ResaleFxRate {
  /** The cost's currency. */
  readonly from: CurrencyCode;
  /** The billed currency. */
  readonly to: CurrencyCode;
  /** The rate as decimal text (`'0.9237'`), or a number; positive. */
  readonly rate: string | number;
  /** The month it holds for (`YYYY-MM`); an undated rate holds for any month without its own. */
  readonly month?: string;
}

/**
 * How a resale check runs (RSL-6 … RSL-8).
 *
 * @category Resale
 */
export interface ResaleOptions {
  /** The one month to reconcile (`YYYY-MM`); else every month in which a line starts. */
  readonly period?: string;
  /** The lowest margin on the selling price, a percentage (`'10'`, `'10%'`, `'12.5'`), 0 ≤ p < 100. */
  readonly marginFloor?: string | number;
  /** The partner's exchange rates from the cost's currency to the billed one. */
  readonly fx?: readonly ResaleFxRate[];
  /** The language of messages and remedies: a locale from `subscription-rules/locales/<tag>`. */
  readonly locale?: AnyLocale;
}

/**
 * One SKU of a tenant as Graph's `GET /subscribedSkus` returns it (the fields the check reads).
 *
 * @category Resale
 */
export interface ResaleSubscribedSku {
  /** Graph's SKU GUID, matched through `map.products[].graphSkuId`. */
  readonly skuId: string;
  /** Seats assigned to users. */
  readonly consumedUnits: number;
  /** Seats bought, by status. */
  readonly prepaidUnits?: {
    /** Seats bought and enabled. */
    readonly enabled?: number;
  };
  /** Graph's part number, for people (`SPB`). */
  readonly skuPartNumber?: string;
}

/**
 * One tenant's `subscribedSkus` body with the customer it belongs to (RSL-6, RSL-8).
 *
 * @category Resale
 */
export interface ResaleTenantSeats {
  /** The customer's `CustomerId` (its tenant ID). */
  readonly customerId: string;
  /** The body's `value`. */
  readonly value: readonly ResaleSubscribedSku[];
}

/**
 * What `reconcileResale` and `createResaleReconciler` take (RSL-8).
 *
 * @category Resale
 */
export interface ResaleInput {
  /** The reconciliation file's rows, keyed by the file's own column names (values as text). */
  readonly cost: readonly Readonly<Record<string, unknown>>[];
  /** The billed export's rows, keyed by its own column names. */
  readonly billed: readonly Readonly<Record<string, unknown>>[];
  /** The column and product maps. */
  readonly map: ResaleMap;
  /** Graph's assigned seats per tenant. */
  readonly seats?: readonly ResaleTenantSeats[];
  /** Period, margin floor, exchange rates, locale. */
  readonly options?: ResaleOptions;
}

/**
 * What to do about a finding and when (REC-6): `now`, or `at-renewal` when the commitment only
 * changes at the subscription's renewal.
 *
 * @category Resale
 */
export interface ResaleRemedy {
  /** When it can be done. */
  readonly when: 'now' | 'at-renewal';
  /** What to do, in the locale asked for. */
  readonly message: string;
}

/**
 * The kinds of leak the resale check finds (RSL-5 … RSL-7).
 *
 * @category Resale
 */
export type ResaleFindingKind =
  | 'unbilled-seats'
  | 'ghost'
  | 'over-billed'
  | 'term-mismatch'
  | 'unused-seats'
  | 'price-not-passed-on'
  | 'credit-not-passed-back'
  | 'margin-below-floor';

/**
 * Why a price was not passed on (RSL-6).
 *
 * @category Resale
 */
export type ResalePriceReason = 'extended-service-term' | 'renewal' | 'price-change';

/**
 * What every resale finding has.
 *
 * @category Resale
 */
export interface ResaleFindingBase {
  /** The customer's `CustomerId`. */
  readonly customerId: string;
  /** Its `CustomerName` (else the billed export's customer, else the ID). */
  readonly customerName: string;
  /** `ProductId` (`''` for a customer-month's `margin-below-floor`). */
  readonly productId: string;
  /** `SkuId` (`''` likewise). */
  readonly skuId: string;
  /** The month judged, `YYYY-MM`. */
  readonly month: string;
  /** Money lost or at risk in that month, in the customer's billed currency. */
  readonly atStake: Money;
  /** The rule that finds it. */
  readonly rule: 'RSL-5' | 'RSL-6' | 'RSL-7';
  /** The sheet rows behind it (the header is row 1), each side sorted. */
  readonly rows: {
    /** Rows of the reconciliation file. */
    readonly cost: readonly number[];
    /** Rows of the billed export. */
    readonly billed: readonly number[];
  };
  /** What was found, in the locale asked for. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: ResaleRemedy;
}

/**
 * A finding about one product of a customer (every kind but `margin-below-floor`).
 *
 * @category Resale
 */
export interface ResaleProductFinding extends ResaleFindingBase {
  /** What leaks. */
  readonly kind: Exclude<ResaleFindingKind, 'margin-below-floor'>;
  /** The key's term (absent for `unused-seats`, which pools every term). */
  readonly term?: ResaleTerm;
  /** The key's billing (absent for `unused-seats`). */
  readonly billing?: ResaleBilling;
  /** The seats the finding is about (not for a price or a credit). */
  readonly seats?: number;
  /** For `term-mismatch`: the term the customer is billed on. */
  readonly billedTerm?: ResaleTerm;
  /** For `term-mismatch`: the billing the customer is billed on. */
  readonly billedBilling?: ResaleBilling;
  /** For `price-not-passed-on`: why the cost moved. */
  readonly reason?: ResalePriceReason;
}

/**
 * A customer-month whose margin is under the floor (RSL-7).
 *
 * @category Resale
 */
export interface ResaleMarginFinding extends ResaleFindingBase {
  /** Margin under `marginFloor`. */
  readonly kind: 'margin-below-floor';
  /** The customer-month's margin on the selling price, 2 decimals. */
  readonly marginPercent: string;
  /** The floor, as given (`'10'`). */
  readonly floor: string;
}

/**
 * One leak of a customer's month, with its money and its remedy (RSL-6).
 *
 * @category Resale
 */
export type ResaleFinding = ResaleProductFinding | ResaleMarginFinding;

/**
 * One customer's month: cost, billed and margin in the billed currency (RSL-7).
 *
 * @category Resale
 */
export interface ResaleCustomerMonth {
  /** `CustomerId`. */
  readonly customerId: string;
  /** `CustomerName` (else the billed export's customer, else the ID). */
  readonly customerName: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** The billed currency (the cost's when nothing is billed). */
  readonly currency: CurrencyCode;
  /** What Microsoft charges for the month, converted. */
  readonly cost: Money;
  /** What the customer is billed for the month (mapped lines only). */
  readonly billed: Money;
  /** `billed − cost`. */
  readonly margin: Money;
  /** `margin ÷ billed × 100`, 2 decimals, half away from zero; `null` when billed ≤ 0. */
  readonly marginPercent: string | null;
}

/**
 * The codes of a row or customer-month the check could not judge (ERR-2).
 *
 * @category Resale
 */
export type ResaleIssueCode =
  | 'MISSING_COLUMN'
  | 'MISSING_FIELD'
  | 'INVALID_AMOUNT'
  | 'INVALID_QUANTITY'
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_CURRENCY'
  | 'UNREADABLE_TERM'
  | 'UNMAPPED_CUSTOMER'
  | 'NO_FX_RATE'
  | 'MIXED_CURRENCY';

/**
 * Something the check could not read or judge: never dropped, never thrown (RSL-8).
 *
 * @category Resale
 */
export interface ResaleIssue {
  /** Which input it is in. */
  readonly side: 'cost' | 'billed' | 'seats';
  /** The code. */
  readonly code: ResaleIssueCode;
  /** The sheet row (the header is row 1), for one row. */
  readonly row?: number;
  /** The sheet rows, for an issue of many. */
  readonly rows?: readonly number[];
  /** The column as the file names it (or as the map names it, when the file lacks it). */
  readonly column?: string;
  /** The customer-month, for `NO_FX_RATE` and `MIXED_CURRENCY`. */
  readonly customerId?: string;
  /** `YYYY-MM`, for `NO_FX_RATE` and `MIXED_CURRENCY`. */
  readonly month?: string;
  /** What is wrong, in the locale asked for. */
  readonly message: string;
}

/**
 * Something worth knowing that moves no money: Azure usage lines left to the usage check, a
 * tenant's bought seats that differ from the cost's, prices that could not be compared.
 *
 * @category Resale
 */
export interface ResaleNote {
  /** What it is about. */
  readonly code: 'usage-lines' | 'seats-differ' | 'prices-not-compared';
  /** The customer, where it is about one. */
  readonly customerId?: string;
  /** The month, where it is about one. */
  readonly month?: string;
  /** The rows, where it is about rows (the first hundred). */
  readonly rows?: readonly number[];
  /** In the locale asked for. */
  readonly message: string;
}

/**
 * The totals of a resale check (RSL-8).
 *
 * @category Resale
 */
export interface ResaleSummary {
  /** The months reconciled, sorted. */
  readonly months: readonly string[];
  /** Cost rows read (usage lines and rows with issues included). */
  readonly costLines: number;
  /** Billed rows read. */
  readonly billedLines: number;
  /** Cost rows that were Azure usage, left to the usage check. */
  readonly usageLines: number;
  /** Billed lines whose code is not in `map.products` (labour, backup, …): not Microsoft resale. */
  readonly billedUnmapped: {
    /** How many lines. */
    readonly lines: number;
    /** Their money, per currency. */
    readonly amounts: readonly Money[];
  };
  /** How many findings. */
  readonly findings: number;
  /** Money at stake, per currency, never summed across currencies. */
  readonly atStake: readonly Money[];
  /** Customer × SKU snapshots of assigned seats judged (`--seats`). */
  readonly seatsChecked: number;
  /** Key-months whose prices were compared with an earlier month, and those that had none to compare with. */
  readonly priceChecks: {
    /** Key-months compared with an earlier month. */
    readonly compared: number;
    /** Key-months with a period line and no earlier month to compare with. */
    readonly notCompared: number;
  };
}

/**
 * The result of a resale check (RSL-8).
 *
 * @category Resale
 */
export interface ResaleResult {
  /** Every leak, by month, customer, kind and key. */
  readonly findings: readonly ResaleFinding[];
  /** Every customer-month reconciled, by month and customer. */
  readonly customers: readonly ResaleCustomerMonth[];
  /** What could not be read or judged. */
  readonly issues: readonly ResaleIssue[];
  /** What moves no money. */
  readonly notes: readonly ResaleNote[];
  /** The totals. */
  readonly summary: ResaleSummary;
}

/**
 * The streaming form (RSL-8): rows in any order and split, merged, finished once.
 *
 * @category Resale
 */
export interface ResaleReconciler {
  /** Adds a row of the reconciliation file; `rowNumber` is its data row (1 = first after the header). */
  readonly observeCost: (row: Readonly<Record<string, unknown>>, rowNumber?: number) => void;
  /** Adds a row of the billed export; `rowNumber` likewise. */
  readonly observeBilled: (row: Readonly<Record<string, unknown>>, rowNumber?: number) => void;
  /** A new reconciler holding what both observed; associative and commutative. */
  readonly merge: (other: ResaleReconciler) => ResaleReconciler;
  /** The result; the reconciler can still observe and finish again. */
  readonly finish: () => ResaleResult;
}
