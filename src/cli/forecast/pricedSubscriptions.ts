import {
  formatMessage,
  fromPartnerCenterSubscription,
  type MessageOptions,
  type NewCommerceSubscription,
  type PriceList,
  type Promotion,
  priceAt,
  RuleError,
  type Subscription,
  tryResolveMarket,
} from '../../index.ts';
import { resourcesOf, subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { subscriptionsOf } from '../reconcile/subscriptionsOf.ts';
import type { CustomerOfFile } from './customersFile.ts';
import { flagWords } from './flagWords.ts';
import type { MarketPrices, PricesRead } from './priceFiles.ts';
import { termBefore } from './termBefore.ts';

/** A subscription of `--subscriptions`, read and priced by the list — or why it could not be. */
export interface PricedSubscription {
  /** Its id (`''` for an item that is no resource). */
  readonly id: string;
  /** Its customer: the id in the resource's `links.self.uri`, else its `customerId`, else `''`. */
  readonly customer: string;
  /** Its customer's name: `--customers`', else the resource's `customerName`, else `''`. */
  readonly customerName: string;
  /** Its offer's name, else its `offerId`. */
  readonly product: string;
  /** Its state, priced and with its `priceKey`; absent when it could not be read or priced. */
  readonly state?: NewCommerceSubscription;
  /** The rows of its customer's market that priced it (with its state). */
  readonly list?: PriceList;
  /** Why it could not be, in the run's language where the library says it. */
  readonly problem?: string;
  /**
   * What the reader says of the promotion its resource names and did not apply (a promotion not
   * in `--promotions`, outside its window, for another plan), in the run's language: its price is
   * then the list's, and the command says so.
   */
  readonly notes?: readonly string[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The customer a resource belongs to: Partner Center's link names it (`/customers/{id}/…`). */
function customerOf(resource: Readonly<Record<string, unknown>>): string {
  const links = resource.links as { self?: { uri?: unknown } } | undefined;
  const uri = text(links?.self?.uri);
  return /customers\/([^/]+)\//i.exec(uri)?.[1] ?? text(resource.customerId);
}

/**
 * The rows pricing a customer's subscriptions (PL-8): its market's, from its country in
 * `--customers`; else `--market`'s, with a note saying so when `--customers` was given; or why
 * neither prices it.
 */
function pricesOf(
  prices: PricesRead,
  customer: string,
  listed: CustomerOfFile | undefined,
  customers: ReadonlyMap<string, CustomerOfFile> | undefined,
): { prices: MarketPrices; note?: string } | { problem: string } {
  const market = listed === undefined ? undefined : tryResolveMarket(listed.country);
  if (market !== undefined) {
    const found = prices.inMarket(market);
    return typeof found === 'string'
      ? { problem: `its customer ${customer} is in the market ${market}: ${found}` }
      : { prices: found };
  }
  const why =
    listed === undefined
      ? `its customer ${customer || '-'} is not in --customers`
      : listed.country === ''
        ? `its customer ${customer} has no country in --customers`
        : `its customer ${customer}'s country ${listed.country} is no market`;
  if (typeof prices.fallback === 'string') return { problem: `${why} and ${prices.fallback}` };
  if (customers === undefined) return { prices: prices.fallback };
  const of = prices.marketGiven ? ' of --market' : '';
  return {
    prices: prices.fallback,
    note: `priced in the market ${prices.fallback.market ?? 'of the list'}${of}: ${why}`,
  };
}

/**
 * The state of the term a resource describes, whenever it was fetched (PL-8): a term that began
 * after `window` read back to the term before it (a renewal, {@link termBefore}), read at `window`
 * or its purchase when later, or, when its term ended by then (fetched earlier), at that term's
 * last instant — so the price read for it is its own term's, and the rules take it forward from
 * there.
 */
function ownTerm(
  resource: Readonly<Record<string, unknown>>,
  window: string,
  options: MessageOptions,
): {
  resource: Readonly<Record<string, unknown>>;
  state: Subscription | NewCommerceSubscription;
  at: string;
} {
  const back = termBefore(resource, window, options);
  const startMs = Date.parse(String(back.effectiveStartDate));
  const at =
    Number.isFinite(startMs) && startMs > Date.parse(window)
      ? new Date(startMs).toISOString()
      : window;
  const read = fromPartnerCenterSubscription(back as never, { asOf: at, ...options });
  const older = read.notes.find((note) => note.messageId === 'resource.older-than-as-of');
  if (older === undefined) return { resource: back, state: read.subscription, at };
  const endMs = Date.parse(String(older.params.termEnd));
  const state = fromPartnerCenterSubscription(back as never, {
    asOf: new Date(endMs - 1).toISOString(),
    ...options,
  }).subscription;
  return { resource: back, state, at };
}

/**
 * The subscriptions of `--subscriptions` (PL-6, PL-8), each read as of `asOf(resource)` (PCR-1) and
 * priced from the list: its price the row of its product, SKU, term and billing plan valid when
 * the term the resource describes began (the lock, PL-3), a term that ended before `asOf` (a
 * resource fetched earlier) taken forward by the rules, its renewals at the list's rows; its `priceKey` the market, currency and segment chosen,
 * so the lifecycle prices its renewals by the list; the promotion its resource names (`promotionId`)
 * read from `promotions` (`--promotions`) as the reader reads it, a note when it is not applied. A
 * resource that cannot be read, a legacy
 * subscription, or one the list has no row for is yielded with its problem, never dropped.
 *
 * @param paths - `--subscriptions`, each time given.
 * @param prices - The list ({@link readPriceFiles}).
 * @param asOf - The instant (epoch ms) a resource is read at — just before the window; its
 *   purchase when later, and a term that began after it read back to the term before.
 * @param options - `{ locale }`.
 * @param promotions - `--promotions`, when given.
 * @param customers - `--customers`, by id (lower case), when given.
 * @returns The subscriptions, in the files' order.
 */
export async function* pricedSubscriptions(
  paths: readonly string[],
  prices: PricesRead,
  asOf: (resource: Readonly<Record<string, unknown>>) => number,
  options: MessageOptions,
  promotions?: readonly Promotion[],
  customers?: ReadonlyMap<string, CustomerOfFile>,
): AsyncGenerator<PricedSubscription> {
  const files = subscriptionFiles(paths);
  for await (const batch of subscriptionsOf(resourcesOf(files), false))
    for (const item of batch) {
      if ('issue' in item) {
        yield {
          id: text(item.issue.subscriptionId),
          customer: '',
          customerName: '',
          product: '',
          problem: flagWords(item.issue.message),
        };
        continue;
      }
      const { resource } = item;
      const id = item.id ?? '';
      const customer = customerOf(resource);
      const product = text(resource.offerName) || text(resource.offerId);
      const listed = customers?.get(customer.toLowerCase());
      const customerName =
        listed?.name || text(resource.customerName) || text(resource.companyName);
      const about = { id, customer, customerName, product };
      const chosen = pricesOf(prices, customer, listed, customers);
      if ('problem' in chosen) {
        yield { ...about, problem: chosen.problem };
        continue;
      }
      const marketNotes = chosen.note === undefined ? [] : [chosen.note];
      const { list, market, currency } = chosen.prices;
      const [ProductId = '', SkuId = ''] = text(resource.offerId).split(':');
      if (ProductId === '' || SkuId === '') {
        yield { ...about, problem: 'its offerId names no product and SKU (CFQ7TTC0LDPB:0001:…)' };
        continue;
      }
      try {
        const own = ownTerm(resource, new Date(asOf(resource)).toISOString(), options);
        const at = own.at;
        const unpriced = own.state;
        if (unpriced.program !== 'new-commerce' || unpriced.term === null) {
          yield {
            ...about,
            problem: 'it reads as a legacy subscription: priced by no licence price list',
          };
          continue;
        }
        const plan = unpriced.billingFrequency ?? '';
        const key = {
          ProductId,
          SkuId,
          TermDuration: unpriced.term,
          BillingPlan: `${plan.charAt(0).toUpperCase()}${plan.slice(1)}`,
          Market: market ?? '',
          Currency: currency,
          Segment: prices.segment,
        };
        const found = priceAt(list, key, unpriced.termStart ?? unpriced.orderedAt);
        if (!found.ok) {
          yield { ...about, problem: flagWords(found.message) };
          continue;
        }
        const { TermDuration, BillingPlan, ...priceKey } = key;
        // its own term at its locked price; a term that ended before `at` taken forward by the
        // rules, its renewals at the list's row of their instant (PCR-1, PL-8)
        const { subscription, notes } = fromPartnerCenterSubscription(own.resource as never, {
          asOf: at,
          price: found.price,
          priceKey,
          priceList: list,
          ...(promotions === undefined ? {} : { promotions }),
          ...options,
        });
        const said = [
          ...marketNotes,
          ...notes
            .filter((note) => note.messageId.startsWith('resource.nce.promotion'))
            .map((note) => flagWords(note.message)),
        ];
        yield {
          ...about,
          state: subscription as NewCommerceSubscription,
          list,
          ...(said.length === 0 ? {} : { notes: said }),
        };
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        yield { ...about, problem: flagWords(formatMessage(error, options.locale)) };
      }
    }
}
