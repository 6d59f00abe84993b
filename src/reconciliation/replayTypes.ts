import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import type {
  NewCommerceAdvanced,
  NewCommerceChargeEffect,
  NewCommerceTransitionResult,
} from '../lifecycle/newCommerce/resultTypes.ts';
import type { NewCommerceSubscription } from '../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PartnerCenterReadOptions } from '../partnerCenter/PartnerCenterReadOptions.ts';
import type { PromotionOptions } from '../prices/types.ts';
import type { Money } from '../pricing/money.ts';
import type {
  ReconcileDifference,
  ReconcileMatch,
  ReconcileMissing,
  ReconcileUnexpected,
} from './types.ts';

/**
 * The New Commerce rules a replay runs on (REC-3): the `subscription-rules/new-commerce` entry
 * itself (`import * as newCommerce from 'subscription-rules/new-commerce'`), or the root entry.
 * They are passed in, never imported, so a bundle that only compares lines carries no lifecycle.
 * What they return is taken as the library's own: the states and effects are not checked again
 * (a caller's resources, rows and prices are), so other functions in their place are the caller's
 * responsibility.
 *
 * @category Reconciliation
 */
export interface NewCommerceRules {
  /** Reads a Partner Center Subscription resource (PCR-1). */
  readonly fromPartnerCenterSubscription: (
    resource: never,
    options: PartnerCenterReadOptions,
  ) => {
    /** The subscription read: New Commerce, or a legacy one the replay refuses. */
    readonly subscription:
      | NewCommerceSubscription
      | {
          /** A legacy subscription's program. */
          readonly program: 'legacy';
        };
  };
  /** The charges of a purchase (CHG-1). */
  readonly purchaseCharges: (
    subscription: NewCommerceSubscription,
  ) => readonly NewCommerceChargeEffect[];
  /** Applies one event. */
  readonly transition: (
    subscription: NewCommerceSubscription,
    event: NewCommerceEvent,
    options?: MessageOptions,
  ) => NewCommerceTransitionResult;
  /** Lets time pass; `options.promotions` for the renewals (PL-5). */
  readonly advance: (
    subscription: NewCommerceSubscription,
    to: string,
    options?: PromotionOptions,
  ) => NewCommerceAdvanced;
  /** The cycle and renewal charges between two instants; `options.promotions` for the renewals. */
  readonly chargesBetween: (
    subscription: NewCommerceSubscription,
    from: string,
    to: string,
    options?: PromotionOptions,
  ) => readonly NewCommerceChargeEffect[];
}

/**
 * Options of `reconcileSubscriptions`.
 *
 * @category Reconciliation
 */
export interface ReconcileSubscriptionsOptions extends MessageOptions {
  /** The rules to replay with: `import * as newCommerce from 'subscription-rules/new-commerce'`. */
  readonly rules: NewCommerceRules;
  /**
   * A price list's rows, objects keyed by its header as a CSV parser gives them: `UnitPrice`,
   * `Currency` and either `SubscriptionId` or `ProductId` and `SkuId` (a resource's `offerId` is
   * `ProductId:SkuId:…`); `TermDuration` and `BillingPlan` narrow a product's rows where present,
   * so Partner Center's own price list serves as it is. Columns are matched by name in any case.
   *
   * @defaultValue none: each subscription at its own lines' `UnitPrice`
   */
  readonly prices?: readonly object[] | undefined;
  /**
   * The market, a two-letter country code in any case (`DE`), that prices every subscription in
   * a price list of several markets (PL-7). Partner Center's market is the customer's country, so
   * each subscription is priced by default in the `CustomerCountry` of its first line in the file
   * (in any case; where its lines name two countries, the first line's holds) — a distributor's
   * file of many markets in one call. A subscription the file has no line of is priced, where
   * its month bills a charge, in the `CustomerCountry` its customer's other lines name (its
   * customer the one of its resource's `links.self.uri`, `/customers/{id}/subscriptions/…`, matched
   * to `CustomerId` in any case); a customer whose lines name two countries gives it none. This
   * overrides both; it is needed only for a subscription nothing gives a market (no line of it or
   * its customer, or a file without that column) when the list holds several markets, which is
   * otherwise an issue saying so. A list of one market, or without a `Market` column, needs
   * neither. A country the list does not hold leaves the subscription without a price, the issue
   * naming the market.
   *
   * @defaultValue none: each subscription's own `CustomerCountry`
   */
  readonly market?: string | undefined;
  /**
   * The billing month, `YYYY-MM` (2026-10): every charge whose `ChargeStartDate` falls in it is
   * expected, whatever the file's own first and last days — a charge due on the month's last day
   * is missing even when the file has no line of that day.
   *
   * @defaultValue none: the file's own first and last days, assumed (`result.period` is `null`)
   */
  readonly period?: string | undefined;
  /**
   * The instant each finding's remedy is worked out at ("reduce now … until …"), an ISO 8601
   * instant. The command line passes the clock (or `--at`); a service wanting "now" passes
   * `new Date().toISOString()`.
   *
   * @defaultValue the end of the billing days (the instant after their last day), so the result
   *   depends on nothing but the arguments
   */
  readonly at?: string | undefined;
  /**
   * Partner Center's promotions, read by `parsePromotion` (PL-5), as `options.promotions` of the
   * lifecycle takes them: the reader discounts the term of a resource naming one of them
   * (`promotionId`), and a renewal inside a promotion's window takes it. The same as the command
   * line's `--promotions`.
   *
   * @defaultValue none: no promotion is applied, and a resource naming one is read at its price
   */
  readonly promotions?: PromotionOptions['promotions'];
  /**
   * What an Extended Service Term is priced from (EST-3, EST-7), as `fromPartnerCenterSubscription`
   * takes it: `basePrice` the price of one seat for one month (the SKU's monthly-term price, or
   * without a monthly plan the annual price's month, `monthlyPlan: false`). A resource read as in
   * its Extended Service Term is priced from it; without it, and without `prices` to give its
   * monthly-term row, none of its groups is compared and an issue says why — the file's
   * `UnitPrice` is not taken for the base, as it can be another term's price. With `prices`, the
   * list's row decides.
   *
   * @defaultValue none
   */
  readonly extendedServiceTermBase?:
    | {
        /** The price of one seat for one month, in the subscription's currency. */
        readonly basePrice: Money;
        /** Whether the SKU has a monthly-term plan (3 % uplift) or not (23 %); default `true`. */
        readonly monthlyPlan?: boolean | undefined;
      }
    | undefined;
}

/**
 * What can still be done about a finding, and by when, from the rules the library knows: `now`
 * (until an instant), `at-renewal` (on the term's end), or `never` (nothing the rules let a
 * partner change; the difference is Microsoft's to answer).
 *
 * @category Reconciliation
 */
export interface ReconcileRemedy {
  /** When it can be done. */
  readonly when: 'now' | 'at-renewal' | 'never';
  /** The instant it can be done until (`now`), or the renewal it waits for (`at-renewal`). */
  readonly until?: string;
  /** What to do, in a sentence, in the locale asked for. */
  readonly message: string;
}

/**
 * What a person finds a subscription's lines by in the invoice: its customer, invoice and
 * product, as the file's first readable line of it writes them; a column the file lacks is absent.
 *
 * @category Reconciliation
 */
export interface ReconcileFindingLabels {
  /** `CustomerId`. */
  readonly customerId?: string;
  /** `CustomerName`. */
  readonly customerName?: string;
  /** `InvoiceNumber`. */
  readonly invoiceNumber?: string;
  /** `ProductName`. */
  readonly productName?: string;
  /** `SkuName`. */
  readonly skuName?: string;
  /**
   * `CustomerCountry`, as the subscription's first line in the file writes it: Partner Center's
   * market is the customer's country, and the subscription is priced in it (PL-7).
   */
  readonly customerCountry?: string;
}

/**
 * One finding, as `subscription-rules reconcile --json` writes it: what is not as the rules say,
 * by kind, with the customer, invoice and product of its subscription where the file names them,
 * and what can still be done about it.
 *
 * @category Reconciliation
 */
export type ReconcileFinding = (
  | ({
      /** A group billed differently. */
      readonly finding: 'different';
    } & ReconcileDifference)
  | ({
      /** An expected group the file lacks. */
      readonly finding: 'missing';
    } & ReconcileMissing)
  | ({
      /** A group of the file the rules do not expect. */
      readonly finding: 'unexpected';
    } & ReconcileUnexpected)
  | ({
      /** A change of the file the rules refuse. */
      readonly finding: 'refused';
    } & ReconcileRefusal)
  | ({
      /** A row not read, or a subscription not replayed in full. */
      readonly finding: 'issue';
    } & ReconcileSubscriptionIssue)
) &
  ReconcileFindingLabels & {
    /** What can still be done about it, and by when (every finding but an issue). */
    readonly remedy?: ReconcileRemedy;
  };

/**
 * The money one customer's findings put at stake, per currency.
 *
 * @category Reconciliation
 */
export interface ReconcileCustomerTotal {
  /** `CustomerId`, or `null` when the file names none. */
  readonly customerId: string | null;
  /** `CustomerName`, or `null`. */
  readonly customerName: string | null;
  /** What is at stake, by currency, never summed across currencies. */
  readonly atStake: readonly ReconcileAtStake[];
}

/**
 * A change of the file the rules refuse (REC-3), with their message.
 *
 * @category Reconciliation
 */
export interface ReconcileRefusal {
  /** The subscription. */
  readonly subscriptionId?: string;
  /** The change's charge type, as Partner Center names it. */
  readonly chargeType: string;
  /** The first billed day of its line, `YYYY-MM-DD`. */
  readonly chargeStartDate: string;
  /** When the replay applied it. */
  readonly at: string;
  /** Why the rules refuse it, in the locale asked for. */
  readonly message: string;
}

/**
 * A row that could not be read, or a subscription that could not be replayed in full (REC-3).
 *
 * @category Reconciliation
 */
export interface ReconcileSubscriptionIssue {
  /** The row in the sheet, the header being row 1 (a row's issue, REC-6). */
  readonly row?: number;
  /** The column at fault, as the file names it (a row's issue). */
  readonly column?: string;
  /** The subscription (a subscription's issue). */
  readonly subscriptionId?: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * The money one currency's findings put at stake, exactly, in the currency's decimals.
 *
 * @category Reconciliation
 */
export interface ReconcileAtStake {
  /** The ISO 4217 code (`?` when the lines name none). */
  readonly currency: string;
  /** The sum of every difference, each without its sign: what a person has to look at. */
  readonly amount: string;
  /** Billed less expected, with its sign: positive when the file bills more than the rules. */
  readonly net: string;
}

/**
 * Where the price of a term of the month came from (REC-5): `file`, the file's own `UnitPrice` on
 * the lines of that term (or, for the resource's own term without a price list, its lines');
 * `price-list`, the price list's row at the instant `at` (the term's start); `resource`, the price
 * the resource's own term is read with, taken for a term read back or forward that neither the
 * file nor the list prices.
 *
 * @example
 * ```ts
 * import type { ReconcileTermPriceSource } from 'subscription-rules/reconciliation';
 * const source: ReconcileTermPriceSource = {
 *   from: 'price-list', name: 'the price list', at: '2026-10-05T00:00:00.000Z',
 * };
 * source.from;
 * //=> 'price-list'
 * ```
 * @category Reconciliation
 */
export type ReconcileTermPriceSource =
  | {
      /** The file's own `UnitPrice`. */
      readonly from: 'file';
    }
  | {
      /** The price list's row at `at`. */
      readonly from: 'price-list';
      /** How the findings name the list: `the price list` (`--prices` on the command line). */
      readonly name: string;
      /** The instant the row was taken at: the term's start (ISO 8601, UTC). */
      readonly at: string;
    }
  | {
      /** The price the resource's own term is read with. */
      readonly from: 'resource';
    };

/**
 * One term of a subscription that bills the month, as the replay read it (REC-5): the resource's
 * own (`as-read`), an earlier one read back from a resource fetched after the month (`rebuilt`), or
 * a later one the rules renew it into, from a resource fetched before the month's end (`advanced`).
 * Each ends where the next begins (half-open); a term none of whose instants is in the month is
 * not listed, save the one holding the month's first instant.
 *
 * @example
 * ```ts
 * import type { ReconcileTerm } from 'subscription-rules/reconciliation';
 * const term: ReconcileTerm = {
 *   start: '2026-10-05T00:00:00.000Z', end: '2026-11-05T00:00:00.000Z', reading: 'rebuilt',
 *   kind: 'renewal', seats: 12, price: { amount: 1250, currency: 'USD' },
 *   priceSource: { from: 'file' },
 * };
 * term.reading;
 * //=> 'rebuilt'
 * ```
 * @category Reconciliation
 */
export interface ReconcileTerm {
  /** Its first instant (ISO 8601, UTC). */
  readonly start: string;
  /**
   * The instant after its last (the next term's start; ISO 8601, UTC); `null` when the resource
   * does not state its term.
   */
  readonly end: string | null;
  /** How it was found: as the resource states it, rebuilt back, or advanced by the rules. */
  readonly reading: 'as-read' | 'rebuilt' | 'advanced';
  /** `purchase`: its first period is the purchase (`new`); `renewal`: a renewal (`renew`). */
  readonly kind: 'purchase' | 'renewal';
  /** Its seats at its start, as replayed. */
  readonly seats: number;
  /** A seat's price for a billing period (integer minor units); `null` when the state has none. */
  readonly price: Money | null;
  /** Where {@link ReconcileTerm.price} came from. */
  readonly priceSource: ReconcileTermPriceSource;
}

/**
 * The terms one replayed subscription was read in over the month (REC-5): what `subscription-rules
 * reconcile --explain` prints beside the state read.
 *
 * @example
 * ```ts
 * import type { ReconcileSubscriptionTerms } from 'subscription-rules/reconciliation';
 * const terms: ReconcileSubscriptionTerms = { subscriptionId: 'S1', terms: [] };
 * terms.terms.length;
 * //=> 0
 * ```
 * @category Reconciliation
 */
export interface ReconcileSubscriptionTerms {
  /** The subscription. */
  readonly subscriptionId: string;
  /** Its terms of the month, in time order. */
  readonly terms: readonly ReconcileTerm[];
}

/**
 * What `reconcileSubscriptions` found (REC-2, REC-3): the findings of every subscription, the
 * file's days and lines, and the money at stake per currency — never summed across currencies.
 *
 * @category Reconciliation
 */
export interface ReconcileSubscriptionsResult {
  /** The required columns the file lacks: when any, nothing was compared. */
  readonly missingColumns: readonly string[];
  /**
   * The columns the price list lacks (`UnitPrice`, `Currency`, and `SubscriptionId` or `ProductId`
   * and `SkuId`): when any, nothing was compared.
   */
  readonly missingPriceColumns: readonly string[];
  /** The file's columns not read, each once. */
  readonly otherColumns: readonly string[];
  /** The data rows read. */
  readonly lines: number;
  /**
   * The days replayed (`YYYY-MM-DD`, both included): the billing month of `options.period`, else
   * the file's own first and last days; `null` for a file without known charges and no period.
   */
  readonly days: {
    /** The first day. */
    readonly first: string;
    /** The last day. */
    readonly last: string;
  } | null;
  /** The subscriptions compared: in the file, in the resources, or both. */
  readonly subscriptions: number;
  /** Groups billed as the rules say. */
  readonly matched: readonly ReconcileMatch[];
  /** Groups billed differently, each with the sentence that explains it. */
  readonly different: readonly ReconcileDifference[];
  /** Expected groups the file lacks. */
  readonly missing: readonly ReconcileMissing[];
  /** The file's groups the rules do not expect. */
  readonly unexpected: readonly ReconcileUnexpected[];
  /** The file's changes the rules refuse. */
  readonly refused: readonly ReconcileRefusal[];
  /** Rows that could not be read, and subscriptions not replayed in full. */
  readonly issues: readonly ReconcileSubscriptionIssue[];
  /**
   * The groups not compared because a row of their subscription cannot be read: neither matched
   * nor different, and never money at stake.
   */
  readonly unverified: number;
  /** The money at stake by currency. */
  readonly atStake: readonly ReconcileAtStake[];
  /** `options.period`'s month, or `null` when the days are the file's own, assumed. */
  readonly period: string | null;
  /**
   * Every finding in the order `subscription-rules reconcile` writes them — the rows not read
   * first, then each subscription's differences, missing and unexpected groups, refusals and
   * issues — each with its customer labels and remedy: what {@link findingsCsv} writes.
   */
  readonly findings: readonly ReconcileFinding[];
  /** The money at stake per customer (the customers the file names, with any), by name. */
  readonly customers: readonly ReconcileCustomerTotal[];
  /**
   * What the replay took otherwise than a resource says, and why — a resource fetched after a
   * later seat change, whose seats the file's latest line contradicts, is taken back from the
   * file's seats — not findings, but what a person should know the replay did.
   */
  readonly replayNotes: readonly ReconcileSubscriptionIssue[];
  /**
   * Each subscription replayed, with the terms it was read in over the month (REC-5): as the
   * resource states it, rebuilt back, or advanced by the rules, each with its seats, price and
   * the price's source; a subscription not replayed has none.
   */
  readonly terms: readonly ReconcileSubscriptionTerms[];
}
