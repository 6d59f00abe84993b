import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import { committedPrice } from './committedPrice.ts';
import { type CustomerCountries, customerCountryOf } from './customerCountries.ts';
import { estListBase } from './estListBase.ts';
import type { FileWindow } from './FileChange.ts';
import type { FindingLabels } from './FindingLabels.ts';
import type { FileSeats } from './fileSeats.ts';
import type { FileGroup } from './LineGroups.ts';
import { labelsWithCustomer } from './labelsWithCustomer.ts';
import type { PriceFound, PriceList } from './priceList.ts';
import type { HeldById } from './SubscriptionSlots.ts';
import { type TermPrices, termPrices } from './termPrices.ts';
import { type MonthTerms, termsOfMonth } from './termsOfMonth.ts';

/** What the rows of a file said of its subscriptions beside their groups, by `SubscriptionId`. */
export interface RowsSaid {
  /** The rows that cannot be read. */
  readonly unread: HeldById<readonly number[]>;
  /** Each subscription's customer, invoice and product, from its first line. */
  readonly labels: HeldById<FindingLabels>;
  /** Each subscription's `UnitPrice` and `Currency`. */
  readonly unitPrices: HeldById<PriceListRow>;
  /** What the lines have shown of each subscription's seats. */
  readonly seats: { of(id: string | undefined): FileSeats | undefined };
  /**
   * The countries each customer's lines name, the whole file's (PL-7): a subscription whose own
   * lines name none (the file has no line of it) is priced in its customer's.
   */
  readonly countries?: CustomerCountries | undefined;
}

/** What a subscription's replay is given beside its groups and its resource. */
export interface ReplayInputs {
  /** Its price, or why it has none. */
  readonly price: PriceFound;
  /** The prices of its terms read back or forward to the month (REC-5), when several. */
  readonly termPrices: TermPrices | undefined;
  /**
   * Its terms of the month (REC-5), read once for each step that reads them; `undefined` without
   * a resource or a window.
   */
  readonly monthTerms: MonthTerms | undefined;
  /** A seat's month in the annual term billed monthly, from the list (REC-6). */
  readonly committedPrice: ReturnType<typeof committedPrice>;
  /** The list's base of the Extended Service Term month it moves into by the month's end (PL-3). */
  readonly estListBase: ReturnType<typeof estListBase>;
  /** Its rows that cannot be read (and the lines' without `SubscriptionId`, when its). */
  readonly unreadRows: readonly number[] | undefined;
  /** The seats its lines leave it with, when they say. */
  readonly fileSeats: FileSeats | undefined;
  /** Its customer, invoice and product (the lines' without `SubscriptionId`, when its and it has none). */
  readonly labels: FindingLabels | undefined;
}

/** What `held` says of a subscription, else of the lines without `SubscriptionId` when they are its. */
function heldOf<V>(held: HeldById<V>, id: string | undefined, onlyOne: boolean): V | undefined {
  return held.get(id) ?? (onlyOne ? held.get(undefined) : undefined);
}

/**
 * What one subscription's replay is given beside its groups (REC-3, REC-5, REC-6, PL-7), the one
 * way both the library's `reconcileSubscriptions` and the command's shares work it out: its price
 * from the price list (its market its first line's `CustomerCountry`, else the one country its
 * customer's lines name in the whole file — the customer its `CustomerId`, else its resource's
 * `links.self.uri` — as the list's `priceOf` is told) or else the file's own `UnitPrice`; the terms read back or forward to the month and their
 * prices; the committed price of an Extended Service Term and the list's base of one it moves
 * into; its unread rows, seats and labels. When
 * it is the only resource (`onlyOne`), the lines without `SubscriptionId` are its own: their
 * unread rows are added to its, and their price, seats and labels stand in for those it has not.
 *
 * @param said - What the rows said, by subscription.
 * @param run - The price list (`undefined`: the file's `UnitPrice`), the window replayed, and what
 *   a subscription without a price is told to give (the caller's own name for the list).
 * @param id - Its `SubscriptionId` (`undefined`: the lines without one).
 * @param resource - Its resource; `undefined`: the file bills it alone (no price is looked for).
 * @param groups - Its groups.
 * @param onlyOne - Whether the lines without `SubscriptionId` are its.
 * @returns What its replay is given.
 */
export function replayInputs(
  said: RowsSaid,
  run: {
    readonly prices: PriceList | undefined;
    readonly window: FileWindow | undefined;
    readonly givePrices: string;
  },
  id: string | undefined,
  resource: Readonly<Record<string, unknown>> | undefined,
  groups: readonly FileGroup[],
  onlyOne: boolean,
): ReplayInputs {
  const { prices, window } = run;
  const labels = heldOf(said.labels, id, onlyOne);
  const rows = said.unread.get(id);
  const loose = onlyOne && id !== undefined ? said.unread.get(undefined) : undefined;
  const unreadRows = loose === undefined ? rows : [...(rows ?? []), ...loose];
  const fileSeats = said.seats.of(id) ?? (onlyOne ? said.seats.of(undefined) : undefined);
  if (resource === undefined)
    return {
      price: { missing: '' },
      termPrices: undefined,
      monthTerms: undefined,
      committedPrice: undefined,
      estListBase: undefined,
      unreadRows,
      fileSeats,
      labels,
    };
  // the terms that bill the month, read once: the prices below, the plain match and the replay
  const monthTerms =
    window === undefined ? undefined : { terms: termsOfMonth(resource, window, groups) };
  const terms = monthTerms?.terms;
  if (prices === undefined) {
    const row = heldOf(said.unitPrices, id, onlyOne);
    return {
      price:
        row === undefined
          ? { missing: `the file prints no UnitPrice for it: ${run.givePrices}` }
          : { price: row },
      // the terms read back or forward to the month, priced by the file's UnitPrice for them (REC-5)
      termPrices: termPrices(resource, terms, groups, undefined),
      monthTerms,
      committedPrice: undefined,
      estListBase: undefined,
      unreadRows,
      fileSeats,
      labels,
    };
  }
  // its market: its first line's CustomerCountry, else the one its customer's other lines name
  // (its customer the file's CustomerId, else its resource's); the list's own override aside (PL-7)
  const currency = groups.find((group) => group.currency !== undefined)?.currency;
  const country =
    labels?.customerCountry ??
    customerCountryOf(said.countries, labelsWithCustomer(labels ?? {}, resource).customerId);
  const priceOf = (term: Readonly<Record<string, unknown>>): PriceFound =>
    prices.priceOf(id ?? '', term, currency, country);
  return {
    price: priceOf(resource),
    // the terms read back or forward to the month, priced by the file's UnitPrice for them or the list at their starts (REC-5)
    termPrices: termPrices(resource, terms, groups, priceOf),
    monthTerms,
    // what an Extended Service Term's remedy sets its price against (REC-6)
    committedPrice: committedPrice(resource, priceOf),
    // the month of Extended Service Term it moves into, priced by the list as advance prices it (PL-3)
    estListBase: estListBase(resource, window, priceOf),
    unreadRows,
    fileSeats,
    labels,
  };
}
