import { overlayPriceList, type PriceList, type PriceRow, readPriceList } from '../../index.ts';
import { fileText } from '../reconcile/fileText.ts';
import { choosePriceRows, type PriceChoice } from '../reconcile/priceChoice.ts';
import { UsageError } from '../UsageError.ts';

/** Partner Center's price list as `renewals` and `forecast` price by it (PL-6). */
export interface PricesRead {
  /** The rows of the market, segment and currency chosen, the preview laid over them. */
  readonly list: PriceList;
  /** The market chosen, `null` for a list without markets. */
  readonly market: string | null;
  /** The segment chosen. */
  readonly segment: string;
  /** The currency chosen. */
  readonly currency: string;
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
 * Reads `--prices` and `--preview` (PL-6): Partner Center's licence price list as it is written
 * (PL-1), its rows of one market and segment (`--market`, required when it holds several;
 * `--segment`, `Commercial` by default) and one currency (`--currency`, required when the market's
 * rows hold several, as a European market's do), the preview's rows of the same laid over them
 * (`overlayPriceList`). A row that cannot be read is said on standard error and left out.
 *
 * @param prices - `--prices`.
 * @param preview - `--preview`, when given.
 * @param choice - `--market`, `--segment`, `--currency`.
 * @param warn - Writes a line to standard error.
 * @returns The list and what was chosen.
 * @throws UsageError naming the flag.
 */
export async function readPriceFiles(
  prices: string,
  preview: string | undefined,
  choice: PriceChoice & { readonly currency?: string | undefined },
  warn: (text: string) => void,
): Promise<PricesRead> {
  const current = await readOne(prices, '--prices', warn);
  const chosen = choosePriceRows(
    current.rows,
    (row) => row.Market,
    (row) => row.Segment,
    choice,
  );
  const currencies: string[] = [...new Set(chosen.rows.map((row) => row.Currency))].sort();
  const wanted = choice.currency?.trim().toUpperCase();
  if (wanted === undefined && currencies.length > 1)
    throw new UsageError(
      `--currency: required, the rows of the market ${chosen.market ?? ''} hold ${currencies.length} currencies: ${currencies.join(', ')}`,
    );
  if (wanted !== undefined && !currencies.includes(wanted))
    throw new UsageError(
      `--currency: the price list has no row in ${wanted} for the market ${chosen.market ?? ''}; it holds ${currencies.join(', ') || 'none'}`,
    );
  const currency = wanted ?? currencies[0] ?? '';
  const keep = (row: PriceRow): boolean =>
    row.Currency === currency &&
    (chosen.market === null || row.Market === chosen.market) &&
    row.Segment.toLowerCase() === chosen.segment.toLowerCase();
  const rows = chosen.rows.filter(keep);
  const base: PriceList = Object.freeze({ rows: Object.freeze(rows), issues: current.issues });
  let unread = current.issues.length;
  let later: PriceList = NO_PREVIEW;
  if (preview !== undefined) {
    const future = await readOne(preview, '--preview', warn);
    unread += future.issues.length;
    later = Object.freeze({ rows: Object.freeze(future.rows.filter(keep)), issues: future.issues });
  }
  // laid over (an empty preview when none) so the list chosen is indexed for the lifecycle (PL-4)
  const list = overlayPriceList(base, later);
  const said =
    chosen.said === undefined && currencies.length <= 1
      ? undefined
      : `${chosen.said ?? `market ${chosen.market ?? 'any'}, segment ${chosen.segment}`}, currency ${currency}`;
  return { list, market: chosen.market, segment: chosen.segment, currency, said, unread };
}
