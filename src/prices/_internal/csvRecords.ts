import { quotedCells, quotes } from './quotedCells.ts';

/**
 * One record's cells as spans of a text: cell `i` is `text.slice(start[i], end[i])` for
 * `i < count`. The reader fills one record again for every line, so a sink reads it and lets go.
 */
export interface CsvRecord {
  text: string;
  readonly start: number[];
  readonly end: number[];
  count: number;
}

/** A record of a CSV text at the line it starts on (the record is reused: read it, keep nothing). */
export type CsvSink = (record: CsvRecord, line: number) => void;

/** An empty record to fill. */
export function csvRecord(): CsvRecord {
  return { text: '', start: [], end: [], count: 0 };
}

/**
 * A record filled from cells already cut (a record with a doubled quote or a line break, a row in
 * memory): the cells joined into one text, each a span of it.
 *
 * @param cells - The cells.
 * @param into - The record to fill.
 * @returns `into`.
 */
export function recordOf(cells: readonly string[], into: CsvRecord): CsvRecord {
  let at = 0;
  for (let i = 0; i < cells.length; i++) {
    into.start[i] = at;
    at += (cells[i] as string).length;
    into.end[i] = at;
  }
  into.text = cells.join('');
  into.count = cells.length;
  return into;
}

/** A record's cells as strings. */
export function cellsOf(record: CsvRecord): string[] {
  const cells: string[] = [];
  for (let i = 0; i < record.count; i++)
    cells.push(record.text.slice(record.start[i], record.end[i]));
  return cells;
}

/**
 * A CSV reader fed in pieces (PL-1: a file of any size, never whole in memory): `push` a piece of
 * text, `end` after the last; each record goes to the sink as soon as its line is complete. A
 * byte-order mark at the start is dropped; lines end in `\n` or `\r\n`; a quoted cell may hold
 * commas, quotes and line breaks; blank lines are skipped. A line whose quotes only open and close
 * whole cells is cut where it lies, without a string per line or per cell; any other goes through
 * {@link quotedCells}.
 *
 * @param sink - Where each record goes.
 * @returns The reader.
 */
export function csvRecords(sink: CsvSink): { push(text: string): void; end(): void } {
  const record = csvRecord();
  let rest = '';
  let pending = '';
  let pendingLine = 0;
  let pendingQuotes = 0;
  let line = 0;
  let first = true;
  // the first `"` at or after where the line's cells are cut (the text's length for none)
  let quoteAt = -1;
  /** Cuts the line [from, to) of `text` into the record; false when its quotes need reading. */
  const cut = (text: string, from: number, to: number): boolean => {
    const start = record.start;
    const end = record.end;
    let n = 0;
    let p = from;
    for (;;) {
      if (p < to && text.charCodeAt(p) === 34) {
        // a quoted cell closed on this line, then a comma or the line's end
        const close = text.indexOf('"', p + 1);
        if (close < 0 || close >= to) return false;
        if (close + 1 < to && text.charCodeAt(close + 1) !== 44) return false;
        start[n] = p + 1;
        end[n] = close;
        n++;
        if (close + 1 === to) break;
        p = close + 2;
        continue;
      }
      if (quoteAt < p) {
        quoteAt = text.indexOf('"', p);
        if (quoteAt < 0) quoteAt = text.length;
      }
      let comma = text.indexOf(',', p);
      if (comma < 0 || comma > to) comma = to;
      if (quoteAt < comma) return false;
      start[n] = p;
      end[n] = comma;
      n++;
      if (comma === to) break;
      p = comma + 1;
    }
    record.text = text;
    record.count = n;
    return true;
  };
  /** One line of the file, [from, to) of `text`, without its line end. */
  const lineOf = (text: string, from: number, to: number): void => {
    line++;
    if (pending !== '' || pendingQuotes % 2 === 1) {
      const body = text.slice(from, to);
      pending += `\n${body}`;
      pendingQuotes += quotes(body);
      if (pendingQuotes % 2 === 1) return;
      const whole = pending;
      pending = '';
      pendingQuotes = 0;
      sink(recordOf(quotedCells(whole), record), pendingLine);
      return;
    }
    if (from === to) return;
    if (cut(text, from, to)) {
      sink(record, line);
      return;
    }
    const body = text.slice(from, to);
    const count = quotes(body);
    if (count % 2 === 1) {
      pending = body;
      pendingQuotes = count;
      pendingLine = line;
      return;
    }
    sink(recordOf(quotedCells(body), record), line);
  };
  return {
    push(piece) {
      let text = rest + piece;
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      quoteAt = -1;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        // the line without its `\r\n` (a second `\r` before it goes too, as it always has)
        let end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end > start && text.charCodeAt(end - 1) === 13) end--;
        lineOf(text, start, end);
        start = nl + 1;
      }
      rest = start === 0 ? text : text.slice(start);
    },
    end() {
      const text = rest;
      rest = '';
      quoteAt = -1;
      if (text !== '')
        lineOf(text, 0, text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length);
      // an unclosed quote: the record as far as the file goes
      if (pending !== '') {
        const whole = pending;
        pending = '';
        pendingQuotes = 0;
        sink(recordOf(quotedCells(whole), record), pendingLine);
      }
    },
  };
}
