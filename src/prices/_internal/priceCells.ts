import type { CsvRecord } from './csvRecords.ts';
import { cachedText, type ReadText, type TextCache } from './textCache.ts';

/**
 * White space and line terminators as `String.prototype.trim` removes them (ECMAScript's
 * WhiteSpace and LineTerminator: tab to carriage return, space, no-break space, the byte-order
 * mark, the line and paragraph separators and every other space separator).
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/**
 * A record's cell at a header position, trimmed, read through its column's cache; the empty text
 * for a position the header lacks or a row too short to reach it.
 *
 * @param cache - The column's cache.
 * @param record - The record.
 * @param at - The column's position (−1: none).
 * @returns The cell's text and what it reads as.
 */
export function trimmedCell<V>(cache: TextCache<V>, record: CsvRecord, at: number): ReadText<V> {
  const text = record.text;
  if (at < 0 || at >= record.count) return cachedText(cache, text, 0, 0);
  let start = record.start[at] as number;
  let end = record.end[at] as number;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return cachedText(cache, text, start, end);
}

/**
 * A record's cell at a header position as written (not trimmed), read through its column's
 * cache; the empty text past the row's end.
 *
 * @param cache - The column's cache.
 * @param record - The record.
 * @param at - The column's position.
 * @returns The cell's text, shared by every row that writes it.
 */
export function writtenCell(cache: TextCache<string>, record: CsvRecord, at: number): string {
  return at < record.count
    ? cachedText(cache, record.text, record.start[at] as number, record.end[at] as number).text
    : '';
}
