import { marketAliases } from '../data/marketAliases.ts';
import { marketNames } from '../data/marketNames.ts';
import type { MarketCode } from '../MarketCode.ts';
import { normaliseMarketText } from './normaliseMarketText.ts';

let index: Map<string, MarketCode> | undefined;

/**
 * Every English name and alias of every market, by its normalised key (MKT-2). Built on the
 * first call, not at import, so a bundle that never looks a name up pays nothing at start-up.
 * The names come first, then the aliases; the data test proves no two keys name different codes.
 *
 * @returns The map from normalised key to market code.
 */
export function marketNameIndex(): ReadonlyMap<string, MarketCode> {
  if (index !== undefined) return index;
  const built = new Map<string, MarketCode>();
  for (const code of Object.keys(marketNames) as MarketCode[]) {
    built.set(normaliseMarketText(marketNames[code]), code);
  }
  for (const alias of Object.keys(marketAliases)) {
    built.set(normaliseMarketText(alias), marketAliases[alias] as MarketCode);
  }
  index = built;
  return index;
}
