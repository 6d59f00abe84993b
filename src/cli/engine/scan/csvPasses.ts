/** The bytes the passes look for. */
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** What `passRow` answers when the bytes do not tell it: the cell-by-cell scan decides. */
export const UNSURE = -1;

/**
 * Where the last search for a quote began and what it found, so that rows read one after another
 * in the same bytes look for the next quote once, not once a row: in a file whose quotes are far
 * apart (or absent), each row's search would run on to the next quote, rows ahead.
 */
export interface QuoteSeek {
  /** Where the last search began. */
  from: number;
  /** The first quote at or after `from`, or -1: none to the bytes' end. */
  found: number;
}

/**
 * A search for quotes in bytes of its own, nothing found yet.
 *
 * @returns The search, to keep between the rows of the same bytes.
 */
export function quoteSeek(): QuoteSeek {
  return { from: 0, found: -2 };
}

/**
 * The first quote at or after `at`, from the last search when it holds the answer.
 *
 * @param b - The bytes.
 * @param at - Where to look from.
 * @param seek - The last search in the same bytes; absent, a search of its own.
 * @returns The quote's place, or -1.
 */
export function nextQuote(b: Buffer, at: number, seek: QuoteSeek | undefined): number {
  if (seek === undefined) return b.indexOf(QUOTE, at);
  if (seek.found !== -2 && at >= seek.from && (seek.found === -1 || at <= seek.found))
    return seek.found;
  seek.from = at;
  seek.found = b.indexOf(QUOTE, at);
  return seek.found;
}

/**
 * Where a row ends, from the start of one of its cells, at the speed of `Buffer.indexOf`: the
 * next line feed, unless a quote comes first — a quote at a cell's start opens a quoted cell,
 * passed over to the quote that closes it (before a comma, a line break or the end, a doubled
 * quote kept), and a quote inside a cell that does not start with one is text — exactly as the
 * cell-by-cell scan reads them. Rows are mostly plain past the cells read, so this is a few
 * searches a row instead of a test a byte.
 *
 * @param b - The bytes.
 * @param cell - Where a cell starts.
 * @param seek - The search for quotes of the rows before in the same bytes, kept between calls.
 * @returns Just past the row's line feed; {@link UNSURE} when the bytes end before it or a quote
 *   stays open to their end (the cell-by-cell scan then waits for more, or reports the row).
 */
export function passRow(b: Buffer, cell: number, seek?: QuoteSeek): number {
  let at = cell;
  /** Where a cell starts that `at` is in: a quote there opens a quoted cell. */
  let start = cell;
  let lf = b.indexOf(LF, at);
  if (lf === -1) return UNSURE;
  for (;;) {
    const quote = nextQuote(b, at, seek);
    if (quote === -1 || quote > lf) return lf + 1;
    if (quote !== start && b[quote - 1] !== COMMA) {
      // text inside a cell
      at = quote + 1;
      continue;
    }
    const j = closingQuote(b, quote + 1);
    if (j === UNSURE) return UNSURE;
    const next = b[j + 1];
    if (next === LF) return j + 2;
    if (next === CR) return j + 3;
    at = j + 2;
    start = at;
    if (lf < at) {
      lf = b.indexOf(LF, at);
      if (lf === -1) return UNSURE;
    }
  }
}

/**
 * Where the quote lies that closes a quoted cell whose text starts at `from`: the first quote,
 * doubled quotes passed over, followed by a comma or by the row's end (LF or CRLF); a quote
 * followed by anything else is text, as the cell-by-cell scan reads it.
 *
 * @param b - The bytes.
 * @param from - Where the cell's text starts, after its opening quote.
 * @returns The closing quote's place; {@link UNSURE} when the bytes end first.
 */
function closingQuote(b: Buffer, from: number): number {
  const length = b.length;
  let j = from;
  for (;;) {
    j = b.indexOf(QUOTE, j);
    if (j === -1 || j + 2 >= length) return UNSURE;
    const next = b[j + 1];
    if (next === QUOTE) j += 2;
    else if (next === COMMA || next === LF || (next === CR && b[j + 2] === LF)) return j;
    else j++;
  }
}

/**
 * Where a row's cell starts, past the `count` cells before it, from its first byte: the cells
 * passed over as the cell-by-cell scan reads them (a quoted cell to the quote that closes it).
 *
 * @param b - The bytes.
 * @param row - Where the row starts.
 * @param count - How many cells to pass over.
 * @returns Where the cell starts; {@link UNSURE} when the row ends first, or the bytes do (the
 *   cell-by-cell scan then reads the row).
 */
export function passCells(b: Buffer, row: number, count: number): number {
  const length = b.length;
  let i = row;
  for (let k = 0; k < count; k++) {
    if (b[i] === QUOTE) {
      const j = closingQuote(b, i + 1);
      // a row that ends inside the cells passed over: the cell-by-cell scan reads it
      if (j === UNSURE || b[j + 1] !== COMMA) return UNSURE;
      i = j + 2;
    } else {
      while (i < length) {
        const c = b[i];
        if (c === COMMA || c === LF) break;
        i++;
      }
      if (i >= length || b[i] === LF) return UNSURE;
      i++;
    }
  }
  return i < length ? i : UNSURE;
}
