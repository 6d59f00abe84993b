import { marketCodeOf } from './_internal/marketCodeOf.ts';
import { marketNameIndex } from './_internal/marketNameIndex.ts';
import { normaliseMarketText } from './_internal/normaliseMarketText.ts';
import type { MarketCode } from './MarketCode.ts';

/** No name or alias is half this long; longer text is not normalised at all. */
const LONGEST_TEXT = 100;

/**
 * The market a text names, or `undefined` (MKT-2): two letters are tried as a code first (any
 * case), then the text is normalised and looked up among the English names and aliases.
 *
 * @param text - A market code or name.
 * @returns The market code, or `undefined` when nothing matches.
 */
export function findMarket(text: string): MarketCode | undefined {
  const trimmed = text.length === 2 ? text : text.trim();
  const code = marketCodeOf(trimmed);
  if (code !== undefined || trimmed.length > LONGEST_TEXT) return code;
  return marketNameIndex().get(normaliseMarketText(trimmed));
}
