import Papa from 'papaparse';

/** The longest a row may grow while its quotes stay open before it is cut at its first line break. */
const LONGEST_ROW = 1 << 20;

/** Rows of a CSV text, as they are read. */
export interface CsvBatch {
  /** The rows completed by the last piece, each its cells as text. */
  readonly rows: readonly string[][];
  /**
   * Rows whose quotes did not close, after `rows` in the file (cut at their first line break):
   * their first line's text.
   */
  readonly unclosed: readonly string[];
}

/**
 * The newline a file uses, from its first line break outside quotes: `\r\n` when one ends its
 * first row, `\n` otherwise (files come from Windows and Unix alike); `undefined` until the text
 * holds a whole row.
 */
function newlineOf(text: string): '\r\n' | '\n' | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
  }
  return undefined;
}

/** A row's first line, cut to 200 characters, to name it in an issue. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return text.slice(0, Math.min(end === -1 ? text.length : end, 200)).replace(/\r$/, '');
}

/**
 * Splits text pieces into CSV rows (RFC 4180: quoted cells with commas, doubled quotes and line
 * breaks) with papaparse's parser, whatever the pieces' boundaries (mid-row, mid-quote, between
 * `\r` and `\n`): each piece's last, unfinished row waits for the next. A row whose quotes are
 * still open after a megabyte is cut at its first line break and reported, so one stray quote
 * neither swallows the rest of the file nor holds it in memory. Empty lines are skipped.
 *
 * @param pieces - The text, in pieces (the file's byte-order mark already dropped).
 * @returns Batches of rows, one per piece that completed any.
 */
export async function* csvRows(pieces: AsyncIterable<string>): AsyncGenerator<CsvBatch> {
  let parser: Papa.Parser | undefined;
  let rest = '';
  const rowsOf = (text: string, last: boolean): CsvBatch & { cursor: number } => {
    parser ??= new Papa.Parser({ newline: newlineOf(text) ?? '\n' });
    const result = parser.parse(text, 0, !last) as {
      data: string[][];
      errors: { code: string; row: number; index: number }[];
      meta: { cursor: number };
    };
    // only the last text can end inside quotes: its open row is cut at its first line break
    const open = last ? result.errors.find((error) => error.code === 'MissingQuotes') : undefined;
    const start = open === undefined ? 0 : text.lastIndexOf('\n', open.index) + 1;
    const data = open === undefined ? result.data : result.data.slice(0, open.row);
    const rows = data.filter((row) => row.length > 1 || row[0] !== '');
    const unclosed = open === undefined ? [] : [firstLine(text.slice(start))];
    return { rows, unclosed, cursor: last ? text.length : result.meta.cursor };
  };
  for await (const piece of pieces) {
    rest += piece;
    if (parser === undefined && newlineOf(rest) === undefined) continue;
    for (;;) {
      const { rows, cursor } = rowsOf(rest, false);
      rest = rest.slice(cursor);
      // quotes open for too long: the row is cut at its first line break, the rest read again
      const end = rest.length > LONGEST_ROW ? rest.indexOf('\n') : -1;
      const unclosed = end === -1 ? [] : [firstLine(rest)];
      if (end !== -1) rest = rest.slice(end + 1);
      if (rows.length > 0 || unclosed.length > 0) yield { rows, unclosed };
      if (end === -1) break;
    }
  }
  if (rest !== '') {
    const { rows, unclosed } = rowsOf(rest, true);
    if (rows.length > 0 || unclosed.length > 0) yield { rows, unclosed };
  }
}
