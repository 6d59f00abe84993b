import type { PriceChoice } from './reconcile/priceChoice.ts';
import { UsageError } from './UsageError.ts';

/** The help lines of `--market` and `--segment`, one text for every command that takes them. */
export const PRICE_CHOICE_HELP = {
  market:
    '--market         the market whose rows of --prices price the subscriptions (US, DE); required when the list holds several, as a Subscription resource states none',
  segment:
    '--segment        the segment of those rows: Commercial (the default), Education, Government or Charity',
} as const;

/**
 * `--market` and `--segment` (PL-6): which rows of a price list price the subscriptions.
 *
 * @param values - The command's flags.
 * @returns The choice; the segment `Commercial` when not given.
 * @throws UsageError naming `--market` for anything but a two-letter code, or `--segment` for an
 *   empty one, or either without `--prices`.
 */
export function priceChoiceOf(values: Readonly<Record<string, unknown>>): PriceChoice {
  const { market, segment } = values;
  if (market !== undefined && (typeof market !== 'string' || !/^[A-Za-z]{2}$/.test(market.trim())))
    throw new UsageError(
      `--market: expected a market's two-letter code (US, DE), got ${JSON.stringify(market)}`,
    );
  if (segment !== undefined && (typeof segment !== 'string' || segment.trim() === ''))
    throw new UsageError(
      '--segment: expected a segment (Commercial, Education, Government, Charity)',
    );
  for (const flag of ['market', 'segment'] as const)
    if (values[flag] !== undefined && values.prices === undefined)
      throw new UsageError(`--${flag}: chooses the rows of --prices; add --prices`);
  return { market: market as string | undefined, segment: segment as string | undefined };
}
