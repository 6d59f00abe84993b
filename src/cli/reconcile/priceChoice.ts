import { UsageError } from '../UsageError.ts';

/** `--market` and `--segment`: which of a price list's rows price the subscriptions (PL-7). */
export interface PriceChoice {
  /** `--market`: a two-letter code, any case; needed when the list holds several markets. */
  readonly market?: string | undefined;
  /** `--segment`: `Commercial` when not given. */
  readonly segment?: string | undefined;
}

/** The rows chosen, and a sentence saying which when the list held others. */
export interface PriceRowsChosen<T> {
  /** The rows of the market and segment. */
  readonly rows: T[];
  /**
   * The market chosen (upper case), `null` for a list without a `Market` column, or of several
   * kept for each subscription's own (`byLine`).
   */
  readonly market: string | null;
  /** The segment chosen, as the list writes it. */
  readonly segment: string;
  /**
   * `market DE (of AT, DE), segment Commercial (of Commercial, Education)`
   * when the list held more than one market or segment; `undefined` when it held one of each.
   */
  readonly said: string | undefined;
}

const names = (values: Iterable<string>): string => [...values].sort().join(', ');

/**
 * Chooses a price list's rows by market and segment (PL-6, PL-7): a Subscription resource states
 * neither, so `--market` picks the market — required when the list holds several (exit 2 naming
 * them) — and `--segment` the segment, `Commercial` by default; a list without a `Market` or
 * `Segment` column has one of each (its rows are `Commercial`). A market or segment the list does
 * not hold is a usage error naming those it does.
 *
 * @param rows - The list's rows.
 * @param marketOf - A row's market (`''` when the list has no such column).
 * @param segmentOf - A row's segment (`''` when the list has no such column).
 * @param choice - `--market` and `--segment`.
 * @param byLine - Whether each subscription's own market prices it (`reconcile`: its lines'
 *   `CustomerCountry`, PL-7 amended): then, without `--market`, every market's rows are kept and
 *   `market` is `null`.
 * @returns The rows chosen and what was chosen.
 * @throws UsageError naming `--market` or `--segment`.
 */
export function choosePriceRows<T>(
  rows: readonly T[],
  marketOf: (row: T) => string,
  segmentOf: (row: T) => string,
  choice: PriceChoice,
  byLine = false,
): PriceRowsChosen<T> {
  const markets = new Set<string>();
  const segments = new Map<string, string>();
  for (const row of rows) {
    markets.add(marketOf(row).trim().toUpperCase());
    const segment = segmentOf(row).trim() || 'Commercial';
    if (!segments.has(segment.toLowerCase())) segments.set(segment.toLowerCase(), segment);
  }
  markets.delete('');
  const wanted = choice.market?.trim().toUpperCase();
  if (wanted === undefined && markets.size > 1 && !byLine)
    throw new UsageError(
      `--market: required, the price list holds ${markets.size} markets: ${names(markets)}`,
    );
  if (wanted !== undefined && markets.size > 0 && !markets.has(wanted))
    throw new UsageError(
      `--market: the price list has no row of the market ${wanted}; it holds ${names(markets)}`,
    );
  const market = wanted ?? (byLine && markets.size > 1 ? null : ([...markets][0] ?? null));
  const segmentGiven = (choice.segment ?? 'Commercial').trim();
  const segment = segments.get(segmentGiven.toLowerCase());
  if (segment === undefined && rows.length > 0)
    throw new UsageError(
      `--segment: the price list has no row of the segment ${segmentGiven}; it holds ${names(segments.values())}`,
    );
  const key = segmentGiven.toLowerCase();
  const chosen = rows.filter(
    (row) =>
      (market === null || marketOf(row).trim().toUpperCase() === market) &&
      (segmentOf(row).trim() || 'Commercial').toLowerCase() === key,
  );
  const several = markets.size > 1 || segments.size > 1;
  return {
    rows: chosen,
    market,
    segment: segment ?? segmentGiven,
    said: several
      ? `${market === null && markets.size > 1 ? `markets ${names(markets)}, each subscription's by its lines' CustomerCountry` : `market ${market ?? 'any'} (of ${names(markets) || 'none'})`}, segment ${segment ?? segmentGiven} (of ${names(segments.values())})`
      : undefined,
  };
}
