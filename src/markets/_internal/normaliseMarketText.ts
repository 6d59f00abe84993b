/** Combining marks left behind by NFD (`é` → `e` + U+0301). */
const MARKS = /\p{M}/gu;
const AMPERSAND = /&/g;
/** "the" as a word of its own at the start: followed by something that is not a letter or digit. */
const LEADING_THE = /^\s*the[^a-z0-9]+/;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/**
 * The key a market name is looked up by (MKT-2): diacritics stripped (NFD, then the marks
 * dropped), lower case, `&` read as "and", a leading "the" dropped, and every character outside
 * `[a-z0-9]` removed. `"The Gambia"`, `"gambia"` and `"GAMBIA!"` share the key `gambia`;
 * `"Åland Islands"` and `"Aland Islands"` share `alandislands`. Normalising a key again leaves it
 * as it is, since a key has no separator after a leading "the". The patterns are built once, at
 * module load (regex literals, no calls), so a lookup constructs none.
 *
 * @param text - A market name as a person wrote it.
 * @returns The lookup key; `''` when nothing alphanumeric is left.
 */
export function normaliseMarketText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(AMPERSAND, ' and ')
    .replace(LEADING_THE, '')
    .replace(NOT_ALPHANUMERIC, '');
}
