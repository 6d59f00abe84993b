/**
 * One line of a reconciliation file, read exactly (REC-2, REC-4). Amounts are integers with a
 * scale (`units × 10^-scale`): plain numbers while they are safe integers, `bigint` past 2^53.
 */
export interface FileLine {
  /** The line's place among the data rows, from 1 (the header is not counted). */
  readonly row: number;
  /** `SubscriptionId`, when the line has one. */
  readonly subscriptionId: string | undefined;
  /** `ChargeType` as the file writes it. */
  readonly chargeType: string;
  /** `ChargeType` in lower case: what lines are grouped and compared by. */
  readonly chargeKey: string;
  /** Whether the charge type is Partner Center's or the caller's (else it is reported per row). */
  readonly known: boolean;
  /** Whether the charge type is a credit's, so the line's quantity and amount are ≤ 0. */
  readonly credit: boolean;
  /** `ChargeStartDate`, the first billed day, as UTC days since 1970-01-01. */
  readonly startDay: number;
  /** `ChargeEndDate`, the last billed day (inclusive), as UTC days since 1970-01-01. */
  readonly endDay: number;
  /** `BillableQuantity`'s digits, its sign from the charge type. */
  readonly quantityUnits: number | bigint;
  /** How many of them are decimals. */
  readonly quantityScale: number;
  /** `Subtotal`'s digits, its sign from the charge type. */
  readonly subtotalUnits: number | bigint;
  /** How many of them are decimals. */
  readonly subtotalScale: number;
  /** `EffectiveUnitPrice`'s digits as printed, when there is one. */
  readonly priceUnits: number | bigint | undefined;
  /** How many of them are decimals. */
  readonly priceScale: number;
  /** `Currency`, when there is one. */
  readonly currency: string | undefined;
  /**
   * `PromotionId` (PL-5): `''` on a line printing none, `undefined` when the file has no such
   * column (nothing to compare).
   */
  readonly promotionId?: string | undefined;
  /**
   * `UnitPrice` as the file writes it (Excel's apostrophe dropped), when the line prints one: the
   * price of its term a term read back is priced by (REC-5).
   */
  readonly unitPrice?: string | undefined;
  /**
   * Whether the line is a month of Extended Service Term by what it says of itself (EST-5):
   * `PriceAdjustmentDescription`, `SkuName`, `OfferName` or `ProductName` containing "Extended
   * Service Term", in any letter case.
   */
  readonly est: boolean;
}

/** A row that could not be read, and why (ERR-2: reported, never thrown, never dropped). */
export interface FileRowIssue {
  /** The row in the sheet: the header is row 1 (REC-6). */
  readonly row: number;
  /** The column at fault, as the file names it (or the required name when it is missing). */
  readonly column: string;
  /** What was expected (English: the key of its translations; a template when `values` are given). */
  readonly message: string;
  /**
   * Of an issue of the file's shape (a column named twice, a row of another width than its
   * header): the `{name}`s of `message`'s template. The row is read nonetheless, its issue said.
   */
  readonly values?: Readonly<Record<string, string | number>>;
}
