import { nextQuote, type QuoteSeek } from './csvPasses.ts';

/** The longest a row may grow while its quotes stay open before it is cut (as `csvScan`). */
export const LONGEST_ROW: number = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The row's end is past the bytes: more are needed. */
export const WAIT = -1;
/** A quoted cell is still open at the bytes' end: more are needed, or past a megabyte, a cut. */
export const OPEN = -2;

/**
 * Where the row starting at `row` ends, read exactly as `csvScan` reads it before the file's end
 * (a quote opens a quoted cell only at a cell's start, closes it only before a comma, a line feed
 * or `\r\n`, a doubled quote kept), at the speed of `Buffer.indexOf`: the next line feed unless a
 * quote at a cell's start comes first.
 *
 * @param b - The bytes.
 * @param row - Where a row starts in them.
 * @param seek - The search for quotes of earlier rows in the same bytes, kept between calls
 *   (rows read in order: each quote looked for once); absent, looked for again.
 * @returns Just past the row's line feed; {@link WAIT} or {@link OPEN} when the bytes end first.
 */
export function rowEnd(b: Buffer, row: number, seek?: QuoteSeek): number {
  const length = b.length;
  let at = row;
  /** Where the cell `at` is in starts: a quote there opens a quoted cell. */
  let start = row;
  let lf = b.indexOf(LF, at);
  if (lf === -1) lf = length;
  for (;;) {
    const quote = nextQuote(b, at, seek);
    if (quote === -1 || quote > lf) return lf === length ? WAIT : lf + 1;
    if (quote !== start && b[quote - 1] !== COMMA) {
      // a quote inside a cell: text
      at = quote + 1;
      continue;
    }
    let j = quote + 1;
    for (;;) {
      j = b.indexOf(QUOTE, j);
      if (j === -1 || j + 1 >= length) return OPEN;
      const next = b[j + 1];
      if (next === QUOTE) {
        j += 2;
        continue;
      }
      if (next === CR && j + 2 >= length) return WAIT;
      if (next === COMMA || next === LF || (next === CR && b[j + 2] === LF)) break;
      j++;
    }
    const next = b[j + 1];
    if (next === LF) return j + 2;
    if (next === CR) return j + 3;
    at = j + 2;
    start = at;
    if (at >= length) return WAIT;
    if (lf < at) {
      lf = b.indexOf(LF, at);
      if (lf === -1) lf = length;
    }
  }
}

/**
 * Whether a row's bytes are an empty line, which the scan skips: `\n`, `\r\n`, `""\n`, `""\r\n`.
 *
 * @param b - The bytes.
 * @param row - Where the row starts.
 * @param end - Where it ends ({@link rowEnd}).
 * @returns `true` for an empty line.
 */
export function emptyLine(b: Buffer, row: number, end: number): boolean {
  const n = end - row;
  const at = n >= 3 && b[row] === QUOTE && b[row + 1] === QUOTE ? row + 2 : row;
  const rest = end - at;
  return rest === 1 || (rest === 2 && b[at] === CR);
}

/**
 * A row's first line from `start`, cut to 200 characters, to name it in an issue (as the scan does).
 *
 * @param bytes - The bytes.
 * @param start - Where the row starts.
 * @returns Its first line's text.
 */
export function firstLine(bytes: Buffer, start: number): string {
  let end = bytes.indexOf(LF, start);
  if (end === -1) end = bytes.length;
  if (end > start && bytes[end - 1] === CR) end--;
  return bytes.toString('utf8', start, end).slice(0, 200);
}
