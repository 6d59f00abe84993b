import type { MarketCode } from './MarketCode.ts';
import { requireMarket } from './requireMarket.ts';

/**
 * The Partner Center market a code or an English name stands for (MKT-2). Two letters are
 * read as a code first, in any letter case (`'sz'` → `SZ`); anything else is compared with every
 * English name and common alternative or former name, ignoring case, diacritics, punctuation and a
 * leading "the": `Swaziland` and `Eswatini`, `Congo (DRC)` and `Democratic Republic of the Congo`,
 * `Vatican City` and `Holy See`, `Türkiye` and `Turkey`, `U.S. Outlying Islands`, … Every name in
 * the unavailable-markets tables of Partner Center's software-purchase pages resolves, each to its
 * own code: `Saba` → `XS`, `Sint Eustatius` → `XE`, `Jan Mayen` → `XJ`, `Bonaire` → `BQ`,
 * `Svalbard` → `SJ` (MKT-1).
 *
 * Decided: surrounding white space is ignored; an ambiguous bare name resolves as ISO 3166-1's short
 * name does (`Congo` → `CG`, `Korea` → `KR`), and `Virgin Islands` alone resolves to nothing.
 *
 * @param text - A market code (any case) or an English name.
 * @returns The market's code.
 * @throws {@link RuleError} `UNKNOWN_MARKET` (path `text`) when no market answers to `text`;
 *   `INVALID_ARGUMENT` when it is not a string, `MISSING_FIELD` when it is `undefined`.
 * @example
 * ```ts
 * import { resolveMarket } from 'subscription-rules';
 * resolveMarket('Swaziland');
 * //=> 'SZ'
 * resolveMarket('the Democratic Republic of the Congo');
 * //=> 'CD'
 * resolveMarket('xs');
 * //=> 'XS'
 * ```
 * @category Markets
 */
export function resolveMarket(text: string): MarketCode {
  return requireMarket(text, 'text');
}
