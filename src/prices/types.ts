import type { MessageParams } from '../messages/types.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';

/**
 * A term as Partner Center's licence price list writes it in `TermDuration` (PL-1): one month, one,
 * two, three or five years.
 *
 * @category Prices over time
 */
export type PriceTermDuration = 'P1M' | 'P1Y' | 'P2Y' | 'P3Y' | 'P5Y';

/**
 * How often a row's term is billed, as the price list writes it in `BillingPlan` (PL-1, PL-2):
 * `None` is a trial, `OneTime` the whole term at once.
 *
 * @category Prices over time
 */
export type PriceBillingPlan = 'Monthly' | 'Annual' | 'Triennial' | 'None' | 'OneTime';

/**
 * What picks the rows of one price (PL-1): the price list's own column names, no `AvailabilityId`
 * (the price list has none).
 *
 * @category Prices over time
 */
export interface PriceKey {
  /** The product (`CFQ7TTC0LH18`), any case. */
  readonly ProductId: string;
  /** The SKU (`0001`). */
  readonly SkuId: string;
  /** The term the row prices. */
  readonly TermDuration: string;
  /** The billing plan the row prices. */
  readonly BillingPlan: string;
  /** The market's two-letter code (`US`). */
  readonly Market: string;
  /** The currency the partner is billed in. */
  readonly Currency: string;
  /** `Commercial`, `Government`, `Education` or `Charity`; a file without the column is `Commercial`. */
  readonly Segment: string;
}

/**
 * What a New Commerce subscription is priced by in the price list (PL-4): a {@link PriceKey}
 * without its term and billing plan, which are the state's.
 *
 * @category Prices over time
 */
export interface PriceStateKey {
  /** The product (`CFQ7TTC0LH18`). */
  readonly ProductId: string;
  /** The SKU (`0001`). */
  readonly SkuId: string;
  /** The market's two-letter code. */
  readonly Market: string;
  /** The currency the partner is billed in. */
  readonly Currency: string;
  /** `Commercial`, `Government`, `Education` or `Charity`. */
  readonly Segment: string;
}

/**
 * The price-list row a charge was priced by (PL-4).
 *
 * @category Prices over time
 */
export interface PriceFrom {
  /** The row's `EffectiveStartDate` (`null`: always). */
  readonly effectiveStartDate: string | null;
  /** The row's `UnitPrice`, the whole term's, as the file writes it. */
  readonly unitPrice: string;
  /** One billing period's share of it ({@link periodPrice}). */
  readonly periodPrice: Money;
}

/**
 * The option that prices renewals by Partner Center's price list (PL-4).
 *
 * @category Prices over time
 */
export interface PriceListOptions {
  /**
   * The price list ({@link readPriceList}); with it, a renewal of a state with a `priceKey` takes
   * the list's price at the renewal instant, and its charge says the row (`priceFrom`).
   */
  readonly priceList?: PriceList | undefined;
}

/**
 * The option that applies Partner Center's promotions at renewals and changes (PL-5).
 *
 * @category Prices over time
 */
export interface PromotionOptions {
  /**
   * The promotions on offer (`parsePromotion`'s values): a renewal (or a trial's conversion,
   * or a term change) whose instant is inside one's window, for one of its products, terms and
   * billing cycles, takes its discount for the whole new term. A term's own promotion is kept at
   * renewal while the renewal instant is inside its window, listed here or not.
   */
  readonly promotions?: readonly Promotion[] | undefined;
}

/**
 * One row of Partner Center's licence price list (the `updatedlicensebased` view), read (PL-1): the
 * key's columns in one case (`ProductId`, `Market`, `Currency` and `TermDuration` upper case,
 * `BillingPlan` and a known `Segment` as Partner Center writes them), the price as its text, the
 * dates as instants, and every other column as the file wrote it.
 *
 * @category Prices over time
 */
export interface PriceRow {
  /** The row's line in the file (the header is line 1), or its index + 2 for rows in memory. */
  readonly line: number;
  /** The product. */
  readonly ProductId: string;
  /** The SKU. */
  readonly SkuId: string;
  /** The term the price is for. */
  readonly TermDuration: PriceTermDuration;
  /** How the term is billed. */
  readonly BillingPlan: PriceBillingPlan;
  /** The market's code. */
  readonly Market: string;
  /** The currency of `UnitPrice`. */
  readonly Currency: CurrencyCode;
  /** The segment (`Commercial` where the file has no `Segment` column). */
  readonly Segment: string;
  /**
   * The price of one licence for the **whole term** (PL-2), as decimal text without Excel's
   * apostrophe (`'75.60'`); {@link periodPrice} gives one billing period's.
   */
  readonly UnitPrice: string;
  /** The first instant the row holds (ISO 8601 UTC), `null` for "always" (the placeholder year 1753). */
  readonly EffectiveStartDate: string | null;
  /**
   * The last instant the row holds (ISO 8601 UTC, the last millisecond of the unit the file wrote:
   * `6/30/2026 11:59 PM` is `2026-06-30T23:59:59.999Z`), `null` for "open" (the placeholder year 9999).
   */
  readonly EffectiveEndDate: string | null;
  /** Every other column by the file's name for it (`ProductTitle`, `ERP Price`, unknown ones), as written. */
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * A row the reader could not read (PL-1): its line, the column, what was expected, the cell.
 *
 * @category Prices over time
 */
export interface PriceListIssue {
  /** The line in the file (the header is line 1). */
  readonly row: number;
  /** The column, by its canonical name. */
  readonly column: string;
  /** Why: `MISSING_FIELD` (no such column, or an empty cell), `INVALID_INSTANT`, `OUT_OF_ORDER`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY` or `INVALID_ARGUMENT`. */
  readonly code: string;
  /** The cell as written (`''` for a missing column). */
  readonly value: string;
  /** An English sentence naming the row, the column and the cell. */
  readonly message: string;
}

/**
 * A price list read (PL-1): its rows and the rows it could not read. A list from
 * {@link readPriceList} or {@link overlayPriceList} is frozen, and {@link priceAt} indexes a frozen
 * list once.
 *
 * @category Prices over time
 */
export interface PriceList {
  /** The rows read, in the file's order. */
  readonly rows: readonly PriceRow[];
  /** The rows that could not be read, each named by its line and column. */
  readonly issues: readonly PriceListIssue[];
  /**
   * The list's own lookup, as {@link priceAt} answers for a key at an instant (epoch
   * milliseconds): set, not enumerable, on a list from {@link readPriceList} or
   * {@link overlayPriceList}, which the lifecycle's `options.priceList` needs (a JSON copy drops
   * it: read its rows again with `readPriceList(copy.rows)`).
   */
  readonly lookUp?: (key: PriceKey, at: number) => PriceAtResult;
}

/**
 * The answer of {@link priceAt} (PL-3): the row that prices the key at the instant and its
 * period price, or `NO_PRICE` with a message naming the key and the nearest rows.
 *
 * @category Prices over time
 */
export type PriceAtResult =
  | {
      /** Found. */
      readonly ok: true;
      /** The row that holds at the instant. */
      readonly row: PriceRow;
      /** The row's price of one billing period ({@link periodPrice}). */
      readonly price: Money;
    }
  | {
      /** Not found. */
      readonly ok: false;
      /** Why there is no price. */
      readonly code: 'NO_PRICE';
      /** The key, and the rows of the key nearest the instant (or of its product, when the key has none). */
      readonly message: string;
      /** The message's stable ID (MSG-1): `formatMessage(result, ko)` says it in Korean. */
      readonly messageId:
        | 'lifecycle.nce.price.no-price.no-product'
        | 'lifecycle.nce.price.no-price.product-rows'
        | 'lifecycle.nce.price.no-price.nearest'
        | 'lifecycle.nce.price.no-price.usage';
      /** The message's named parameters: `key`, and `when` and `rows` where it names them. */
      readonly params: MessageParams;
    };

/**
 * A pricing policy of a promotion (PL-5): a percentage off the partner's price, `value` a fraction as
 * Partner Center writes it (`'0.05'` is 5 %).
 *
 * @category Prices over time
 */
export interface PromotionPricingPolicy {
  /** `PercentDiscount`, the one type Partner Center's samples show (its `type` or `policyType`). */
  readonly type: 'PercentDiscount';
  /** The fraction off, as decimal text (`'0.05'`). */
  readonly value: string;
}

/**
 * A product a promotion applies to (PL-5): its product, SKU, term and billing cycle, and the
 * discount.
 *
 * @category Prices over time
 */
export interface PromotionProduct {
  /** The product (`CFQ7TTC0HD33`). */
  readonly productId: string;
  /** The SKU (`0003`). */
  readonly skuId: string;
  /** The term and billing cycle the promotion is for. */
  readonly term: {
    /** `P1M`, `P1Y` or `P3Y`. */
    readonly duration: string;
    /** `Monthly`, `Annual`, `OneTime` or `Unknown`. */
    readonly billingCycle: string;
  };
  /** The discounts. */
  readonly pricingPolicies: readonly PromotionPricingPolicy[];
}

/**
 * Partner Center's promotion resource, read (PL-5): its window's instants as the library writes
 * them, each pricing policy's type under `type`; the resource's other keys kept as they are.
 *
 * @category Prices over time
 */
export interface Promotion {
  /** The promotion's id (`39NFJQT1PJQB:0001:39NFJQT1Q5KN`). */
  readonly id: string;
  /** The window's first instant. */
  readonly startDate: string;
  /** The window's last instant, as the resource writes it (`2021-10-14T23:59:59+00:00`). */
  readonly endDate: string;
  /** The products it applies to. */
  readonly requiredProducts: readonly PromotionProduct[];
  /** The resource's other keys (`name`, `description`, `properties`), kept. */
  readonly [key: string]: unknown;
}

/**
 * A promotion applied to a term (PL-5): the promotion, its discount, its window, and the list's
 * period price it discounts (the invoice's `UnitPrice`). A New Commerce state carries the one its
 * term's price was discounted by.
 *
 * @category Prices over time
 */
export interface AppliedPromotion {
  /** The promotion's id (the invoice's `PromotionId`). */
  readonly promotionId: string;
  /** The fraction off, as decimal text (`'0.05'`). */
  readonly value: string;
  /** The window's first instant. */
  readonly startDate: string;
  /** The window's last instant (inclusive, PL-7). */
  readonly endDate: string;
  /** The period price before the discount (the invoice's `UnitPrice`). */
  readonly listPrice: Money;
}
