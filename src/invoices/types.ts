import type { MessageOptions } from '../messages/types.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';

/**
 * What a Partner Center invoice document is (INV-1): an invoice, or a credit note that amends one.
 *
 * @category Invoices
 */
export type InvoiceDocumentType = 'invoice' | 'credit-note';

/**
 * Partner Center's Invoice resource (`GET /v1/invoices/{id}`) as the library reads it (INV-1):
 * `totalCharges` exactly, in minor units of `currencyCode`; the instants as ISO UTC; the
 * resource's other keys (`invoiceDetails`, `links`, `attributes`, …) kept as they are.
 *
 * @category Invoices
 */
export interface Invoice {
  /** The invoice number (`G000024135`). */
  readonly id: string;
  /** When it was issued, ISO UTC. */
  readonly invoiceDate: string;
  /** The billing period's first instant (`billingPeriodStartDate`), ISO UTC. */
  readonly billingPeriodStart?: string;
  /** The billing period's last instant (`billingPeriodEndDate`), ISO UTC. */
  readonly billingPeriodEnd?: string;
  /** The total, tax included: "charges for transactions and any adjustments". */
  readonly totalCharges: Money;
  /** What was paid. */
  readonly paidAmount?: Money;
  /** The billing currency (`currencyCode`). */
  readonly currency: CurrencyCode;
  /** `invoice` or `credit-note`, from `documentType` in any spelling (`"Credit Note"`). */
  readonly documentType: InvoiceDocumentType;
  /** The number of the document this one amends. */
  readonly amendsOf?: string;
  /** The documents amending this one, as the resource lists them. */
  readonly amendments: readonly Invoice[];
  /** Partner Center's `invoiceType` (`Recurring`, `OneTime`). */
  readonly invoiceType?: string;
  /** `true` for a legacy (`D…`) number: its files are not read by this library. */
  readonly legacy?: true;
  /** The resource's other keys, kept. */
  readonly [key: string]: unknown;
}

/**
 * An amount of the tie-out (INV-2, PRICE-1): `Money` — integer minor units in `amount` — whenever
 * the sum is a whole number of minor units that is a safe integer; otherwise (a JPY line printed
 * `100.4`, or a sum past `Number.MAX_SAFE_INTEGER` minor units) its exact decimal text in the
 * currency's major unit in `exact` (`'-1.2'`), and no `amount`. So `amount`, when present, is
 * always a safe integer a caller can add, and a sum the currency cannot hold is never rounded
 * into it: test `exact === undefined` (or `'amount' in a`) before adding.
 *
 * @category Invoices
 */
export type TieOutAmount = TieOutMoney | TieOutExact;

/**
 * A tie-out amount that is a whole number of minor units: `Money` (INV-2).
 *
 * @category Invoices
 */
export interface TieOutMoney extends Money {
  /** Never present: the amount is whole minor units. */
  readonly exact?: undefined;
}

/**
 * A tie-out amount that is not a safe whole number of minor units: its exact decimal text (INV-2,
 * PRICE-1).
 *
 * @category Invoices
 */
export interface TieOutExact {
  /** Never present: the sum is no safe integer of minor units. */
  readonly amount?: undefined;
  /** The exact sum in the currency's major unit, as decimal text (`'901.2'`, `'-1.2'`). */
  readonly exact: string;
  /** The ISO 4217 code. */
  readonly currency: CurrencyCode;
}

/**
 * How an invoice and its lines compare (INV-2).
 *
 * - `tied`: the residual is 0.
 * - `rounding`: within the bound the lines' rounding can leave.
 * - `adjustment-not-in-files`: past it: an adjustment on the invoice only; ask Microsoft which.
 * - `no-invoice`: lines of a number no resource was given for.
 * - `no-lines`: a resource without lines; its residual is classified in `classification`.
 * - `mixed-currency`: one number with lines in two currencies: no sum.
 * - `currency-mismatch`: the lines' currency is not the resource's.
 *
 * @category Invoices
 */
export type TieOutOutcome =
  | 'tied'
  | 'rounding'
  | 'adjustment-not-in-files'
  | 'no-invoice'
  | 'no-lines'
  | 'mixed-currency'
  | 'currency-mismatch';

/**
 * How a residual is classified (INV-2).
 *
 * @category Invoices
 */
export type TieOutClassification = 'tied' | 'rounding' | 'adjustment-not-in-files';

/**
 * A document amending an invoice, as its result lists it (INV-2).
 *
 * @category Invoices
 */
export interface TieOutAmendment {
  /** The amending document's number. */
  readonly id: string;
  /** Its type. */
  readonly documentType: InvoiceDocumentType;
  /** Its total. */
  readonly totalCharges: Money;
}

/**
 * One invoice number in one currency, tied out (INV-2, INV-3).
 *
 * @category Invoices
 */
export interface TieOutResult {
  /** The invoice number (the lines' `InvoiceNumber`, the resource's `id`). */
  readonly invoiceNumber: string;
  /** The lines' currency; the resource's without lines. */
  readonly currency: CurrencyCode;
  /** The resource's type; `invoice` without a resource. */
  readonly documentType: InvoiceDocumentType;
  /** The document a credit note amends. */
  readonly amendsOf?: string;
  /** The documents amending this one, with their totals. */
  readonly amendments: readonly TieOutAmendment[];
  /**
   * The resource's total plus its amendments' in its currency, informational only; an amendment in
   * another currency is listed in `amendments` but left out of it, and the `message` says so.
   */
  readonly netOfAmendments?: TieOutAmount;
  /** How many lines carry this number in this currency. */
  readonly lines: number;
  /** Σ `Subtotal` (none for `mixed-currency`). */
  readonly subtotal?: TieOutAmount;
  /** Σ `TaxTotal` (none for `mixed-currency`). */
  readonly tax?: TieOutAmount;
  /** Σ `Total`, `exact` when not whole minor units (none for `mixed-currency`). */
  readonly total?: TieOutAmount;
  /** Whether Σ Subtotal + Σ TaxTotal = Σ Total. */
  readonly check?: boolean;
  /** The resource's `totalCharges` (none without a resource). */
  readonly invoiceTotal?: Money;
  /** `totalCharges − Σ Total`, `exact` when not whole minor units (none when not comparable). */
  readonly residual?: TieOutAmount;
  /** The bound: `|residual| < tolerance`, `(m + k + [k > 0])` minor units. */
  readonly tolerance?: Money;
  /** The lines taxed (k). */
  readonly taxedLines: number;
  /** The lines printed with more decimals than the currency has (m). */
  readonly fractionalLines: number;
  /** How they compare. */
  readonly outcome: TieOutOutcome;
  /** For `no-lines`: how its residual (the whole total) is classified. */
  readonly classification?: TieOutClassification;
  /** What can be done: `never` for an adjustment the files do not hold. */
  readonly remedy?: 'never';
  /** One sentence, in the locale asked for. */
  readonly message: string;
  /** The lines' rows, from 1 in the order given (empty when not kept). */
  readonly rows: readonly number[];
}

/**
 * A row the tie-out could not read, or a line whose figures do not add up (INV-2).
 *
 * @category Invoices
 */
export interface TieOutIssue {
  /** The row, from 1 in the order given. */
  readonly row: number;
  /** The column at fault, as the file's header names it. */
  readonly column: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * The totals of one currency (INV-3).
 *
 * @category Invoices
 */
export interface TieOutCurrencySummary {
  /** The currency. */
  readonly currency: CurrencyCode;
  /** The results in it. */
  readonly results: number;
  /** How many of each outcome. */
  readonly outcomes: Readonly<Partial<Record<TieOutOutcome, number>>>;
  /** Σ of the lines' `Total` (of the results with a sum). */
  readonly total: TieOutAmount;
  /** Σ of the resources' `totalCharges` (`exact` only past the safe integers). */
  readonly invoiceTotal: TieOutAmount;
}

/**
 * What {@link TieOutResult}s add up to (INV-3).
 *
 * @category Invoices
 */
export interface TieOutSummary {
  /** The rows read. */
  readonly rows: number;
  /** Whether every result is `tied` or `rounding` and no row is an issue. */
  readonly tied: boolean;
  /** Per currency, in code order. */
  readonly currencies: readonly TieOutCurrencySummary[];
}

/**
 * What `tieOut` and a tie-out's `finish` return (INV-3).
 *
 * @category Invoices
 */
export interface TieOutResults {
  /** One result per (invoice number, currency), by number then currency. */
  readonly results: readonly TieOutResult[];
  /** The rows not read, and the lines whose Total ≠ Subtotal + TaxTotal. */
  readonly issues: readonly TieOutIssue[];
  /** The totals. */
  readonly summary: TieOutSummary;
}

/**
 * Options of `tieOut` and a tie-out's `finish`.
 *
 * @category Invoices
 */
export interface TieOutOptions extends MessageOptions {}

/**
 * Options of `createTieOut`.
 *
 * @category Invoices
 */
export interface TieOutConstraints {
  /**
   * Whether each result lists its lines' rows (memory then grows with the lines, not only with
   * the invoices).
   *
   * @defaultValue `true`
   */
  readonly keepRows?: boolean | undefined;
}

/**
 * A tie-out fed a row at a time (INV-3): its state is one entry per (invoice number, currency),
 * so a file of any length ties out in the memory of its invoices.
 *
 * @category Invoices
 */
export interface TieOut {
  /**
   * Adds one reconciliation row.
   *
   * @param row - The row, keyed by the file's header names.
   * @param at - Its number (from 1); default: one more than the rows observed.
   */
  observe(row: Readonly<Record<string, unknown>> | string, at?: number): void;
  /**
   * Adds what another tie-out observed (a worker's share of the rows): the same as observing its
   * rows here.
   *
   * @param other - A tie-out made by `createTieOut`.
   */
  merge(other: TieOut): void;
  /**
   * Ties the rows observed out against the invoices.
   *
   * @param invoices - The Invoice resources (or `parseInvoice`'s values).
   * @param options - `locale`.
   * @returns The results.
   */
  finish(invoices: readonly unknown[], options?: TieOutOptions): TieOutResults;
}
