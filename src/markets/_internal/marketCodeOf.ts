import { marketNames } from '../data/marketNames.ts';
import type { MarketCode } from '../MarketCode.ts';

/**
 * The market code two ASCII letters spell, in any letter case, or `undefined` (MKT-1). Two
 * range checks and one table lookup: clearing bit 5 upper-cases `a`–`z` and leaves `A`–`Z`, and
 * nothing else lands in `A`–`Z`, so `"ıt"` (dotless i) is not read as `IT` the way `toUpperCase`
 * would read it.
 *
 * @param text - The text to read.
 * @returns The code, or `undefined` when `text` is not two letters naming a market.
 */
export function marketCodeOf(text: string): MarketCode | undefined {
  if (text.length !== 2) return undefined;
  if (Object.hasOwn(marketNames, text)) return text as MarketCode;
  const first = text.charCodeAt(0) & 0xffdf;
  const second = text.charCodeAt(1) & 0xffdf;
  if (first < 65 || first > 90 || second < 65 || second > 90) return undefined;
  const code = String.fromCharCode(first, second);
  return Object.hasOwn(marketNames, code) ? (code as MarketCode) : undefined;
}
