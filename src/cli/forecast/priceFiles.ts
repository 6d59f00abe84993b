import { overlayPriceList, type PriceList, type PriceRow, readPriceList } from '../../index.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { choosePriceRows, type PriceChoice } from '../reconcile/priceChoice.ts';
import { UsageError } from '../UsageError.ts';

/** The rows of one market, segment and currency, the preview laid over them (PL-6). */
export interface MarketPrices {
  /** The rows, indexed for the lifecycle. */
  readonly list: PriceList;
  /** The market (upper case), `null` for a list without markets. */
  readonly market: string | null;
  /** The currency. */
  readonly currency: string;
}

/** Partner Center's price list as `renewals` and `forecast` price by it (PL-6, PL-8). */
export interface PricesRead {
  /**
   * The rows of `--market` (or the list's one market): what prices a subscription whose customer
   * gives no country; a sentence saying why there are none when `--customers` was given without
   * `--market` for a list of several markets.
   */
  readonly fallback: MarketPrices | string;
  /** The rows of a customer's market, or a sentence saying why there are none. */
  readonly inMarket: (market: string) => MarketPrices | string;
  /** Whether `--market` was given. */
  readonly marketGiven: boolean;
  /** The segment chosen. */
  readonly segment: string;
  /** Which rows were chosen, when the list held several markets, segments or currencies. */
  readonly said: string | undefined;
  /** The rows of both files that could not be read (each said on standard error). */
  readonly unread: number;
}

/** No preview: nothing laid over the list. */
const NO_PREVIEW: PriceList = Object.freeze({ rows: Object.freeze([]), issues: Object.freeze([]) });

/** The most unread rows said one by one; the rest are counted. */
const SAID = 10;

/** One file read by the library's reader (PL-1), a header it cannot use a usage error. */
async function readOne(
  path: string,
  flag: string,
  warn: (text: string) => void,
): Promise<PriceList> {
  const list = await readPriceList(fileText(path, flag).pieces);
  const header = list.issues.filter((issue) => issue.row === 1);
  if (header.length > 0)
    throw new UsageError(
      `${flag}: not Partner Center's price list: ${header.map((issue) => issue.message).join('; ')}`,
    );
  list.issues.slice(0, SAID).forEach((issue) => {
    warn(`warning: ${flag} ${path}: ${issue.message}; the row is left out`);
  });
  if (list.issues.length > SAID)
    warn(`warning: ${flag} ${path}: ${list.issues.length - SAID} more issues`);
  return list;
}

/**
 * Reads `--prices` and `--preview` (PL-6, PL-8): Partner Center's licence price list as it is
 * written (PL-1), its rows of one market and segment (`--market`, required when it holds several
 * unless `--customers` gives each customer's; `--segment`, `Commercial` by default) and one
 * currency (`--currency`, required when the market's rows hold several, as a European market's
 * do), the preview's rows of the same laid over them (`overlayPriceList`). A row that cannot be
 * read is said on standard error and left out.
 *
 * @param prices - `--prices`.
 * @param preview - `--preview`, when given.
 * @param choice - `--market`, `--segment`, `--currency`.
 * @param warn - Writes a line to standard error.
 * @param byCustomer - Whether `--customers` gives each customer's market.
 * @returns The list and what was chosen.
 * @throws UsageError naming the flag.
 */
export async function readPriceFiles(
  prices: string,
  preview: string | undefined,
  choice: PriceChoice & { readonly currency?: string | undefined },
  warn: (text: string) => void,
  byCustomer = false,
): Promise<PricesRead> {
  const current = await readOne(prices, '--prices', warn);
  const future = preview === undefined ? undefined : await readOne(preview, '--preview', warn);
  const markets = [...new Set(current.rows.map((row) => row.Market.trim().toUpperCase()))]
    .filter((market) => market !== '')
    .sort();
  const wanted = choice.currency?.trim().toUpperCase();
  let said: string | undefined;
  let segment = (choice.segment ?? 'Commercial').trim();
  /** The rows of a market (`undefined`: `--market`, or the list's one). */
  const pick = (market: string | undefined): MarketPrices => {
    const chosen = choosePriceRows(
      current.rows,
      (row) => row.Market,
      (row) => row.Segment,
      market === undefined ? choice : { ...choice, market },
    );
    segment = chosen.segment;
    const currencies: string[] = [...new Set(chosen.rows.map((row) => row.Currency))].sort();
    if (wanted === undefined && currencies.length > 1)
      throw new UsageError(
        `--currency: required, the rows of the market ${chosen.market ?? ''} hold ${currencies.length} currencies: ${currencies.join(', ')}`,
      );
    if (wanted !== undefined && market === undefined && !currencies.includes(wanted))
      throw new UsageError(
        `--currency: the price list has no row in ${wanted} for the market ${chosen.market ?? ''}; it holds ${currencies.join(', ') || 'none'}`,
      );
    const currency =
      wanted !== undefined && currencies.includes(wanted) ? wanted : (currencies[0] ?? '');
    const keep = (row: PriceRow): boolean =>
      row.Currency === currency &&
      (chosen.market === null || row.Market.trim().toUpperCase() === chosen.market) &&
      row.Segment.toLowerCase() === chosen.segment.toLowerCase();
    const base: PriceList = Object.freeze({
      rows: Object.freeze(chosen.rows.filter(keep)),
      issues: current.issues,
    });
    const later: PriceList =
      future === undefined
        ? NO_PREVIEW
        : Object.freeze({ rows: Object.freeze(future.rows.filter(keep)), issues: future.issues });
    if (market === undefined)
      said =
        chosen.said === undefined && currencies.length <= 1
          ? undefined
          : `${chosen.said ?? `market ${chosen.market ?? 'any'}, segment ${chosen.segment}`}, currency ${currency}`;
    // laid over (an empty preview when none) so the list chosen is indexed for the lifecycle (PL-4)
    return { list: overlayPriceList(base, later), market: chosen.market, currency };
  };
  const unsaid = byCustomer && choice.market === undefined && markets.length > 1;
  const fallback = unsaid
    ? `the price list holds ${markets.length} markets: ${markets.join(', ')}; give --market`
    : pick(undefined);
  if (unsaid) said = `market of each customer (of ${markets.join(', ')}), segment ${segment}`;
  const cache = new Map<string, MarketPrices | string>();
  const inMarket = (market: string): MarketPrices | string => {
    let found = cache.get(market);
    if (found === undefined) {
      try {
        found = markets.length === 0 ? pick(undefined) : pick(market);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        found = error.message.replace(/^--market: /, '');
      }
      cache.set(market, found);
    }
    return found;
  };
  const unread = current.issues.length + (future?.issues.length ?? 0);
  return { fallback, inMarket, marketGiven: choice.market !== undefined, segment, said, unread };
}
