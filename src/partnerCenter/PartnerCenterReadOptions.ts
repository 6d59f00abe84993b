import type { EndOfSale } from '../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PriceListOptions, PriceStateKey, PromotionOptions } from '../prices/types.ts';
import type { Money } from '../pricing/money.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * A row of Partner Center's price list, as its file gives it: the unit price as decimal text
 * (`'12.5000'`; trailing zeros past the currency's decimals are read as what they are) and the
 * currency code. With its `TermDuration` or `BillingPlan` (as Partner Center's licence price list
 * has them), `UnitPrice` is the price of the **whole term** and the state is charged one billing
 * period's share of it (PL-2: a `P1Y` `Monthly` row of 75.60 bills 6.30 a month); without either, it
 * is the price of one billing period (a list of the user's own).
 *
 * @category Partner Center
 */
export interface PriceListRow {
  /** The price of one seat, as the file writes it: for the whole term with `TermDuration` or `BillingPlan`, else for one billing period. */
  readonly UnitPrice: string | number;
  /** The ISO 4217 code, upper case. */
  readonly Currency: string;
  /** The row's term (`P1Y`); the subscription's when absent. Must be the subscription's. */
  readonly TermDuration?: string | undefined;
  /** The row's billing plan (`Monthly`); the subscription's when absent. Must be the subscription's. */
  readonly BillingPlan?: string | undefined;
}

/**
 * What `fromPartnerCenterSubscription` takes beside the resource (PCR-1).
 *
 * @category Partner Center
 */
export interface PartnerCenterReadOptions
  extends MessageOptions,
    PromotionOptions,
    PriceListOptions {
  /**
   * The instant the state is read at: when the resource was fetched, or later — a resource whose
   * term ended by then (fetched before its renewal) is read at its own term and taken forward by
   * the rules to `asOf`, renewals priced by `priceList` (PCR-1, decided 2026-11-27).
   */
  readonly asOf: Instant;
  /**
   * The unit price, which the resource does not carry: per seat per billing period for New
   * Commerce (the price list's row for the subscription's term and billing plan), per licence per
   * term for the legacy program. With it the state charges and credits in money; without it, its
   * `price` is `null`.
   */
  readonly price?: Money | PriceListRow | undefined;
  /**
   * New Commerce only: what the Extended Service Term is priced from (EST-3, EST-7), which the
   * resource does not carry — `basePrice` the price of **one month** (the SKU's monthly-term price,
   * or without a monthly plan the annual price's month, `monthlyPlan: false`; default `true`), as
   * `set-end-of-term` takes it. On a term that continues into an Extended Service Term at its
   * end, the state keeps it and those months are priced `basePrice × (1 + uplift)`; on a resource
   * read as in its Extended Service Term it is the term's base, and without `price` its month's
   * price is that. Kept whatever the option (with auto-renew on it prices the months should the
   * option change); ignored for a term that cannot continue into one (a trial, a software
   * subscription, a term its policy leaves out, an ended subscription).
   */
  readonly extendedServiceTermBase?:
    | {
        /** The price of one month of the SKU, in the subscription's currency. */
        readonly basePrice: Money;
        /** Whether the SKU has a monthly-term plan (3 % uplift) or not (23 %); default `true`. */
        readonly monthlyPlan?: boolean | undefined;
      }
    | undefined;
  /**
   * New Commerce only: whether the SKU is at end of sale (EST-1), which the resource does not say:
   * `end-of-sale` (no conversion SKUs) makes the term not eligible for an Extended Service Term,
   * so auto-renew off reads as the old expiry path; kept as the state's `endOfSale`.
   *
   * @defaultValue `'none'`
   */
  readonly endOfSale?: EndOfSale | undefined;
  /**
   * New Commerce only: the state's `priceKey` (PL-4, PL-7) — the price list's `ProductId`, `SkuId`,
   * `Market`, `Currency` and `Segment` of the subscription, which the resource does not state — so
   * `options.priceList` prices its renewals and `options.promotions` match its product.
   */
  readonly priceKey?: PriceStateKey | undefined;
}
