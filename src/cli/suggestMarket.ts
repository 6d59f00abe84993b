import { type MarketCode, marketName, tryResolveMarket } from '../index.ts';
import { suggest } from './suggest.ts';

/** Every market's English name, found through the public functions: each two-letter code that resolves to itself. */
function marketNames(): string[] {
  const names: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (tryResolveMarket(code) === code) names.push(marketName(code as MarketCode));
    }
  }
  return names;
}

/**
 * " (did you mean Australia?)" for a market name typed with a slip (`Autralia`), else "": the
 * names are listed only when a market was not found, so a command that finds one pays nothing.
 *
 * @param text - What was typed.
 * @returns The suggestion, with its leading space, or "".
 */
export function suggestMarket(text: string): string {
  return suggest(text, marketNames());
}
