/** A record of a CSV text: its cells and the line it starts on. */
export type CsvSink = (cells: string[], line: number) => void;

/** The cells of one record that holds a quote: RFC 4180 quoting, `""` a quote inside one. */
function quotedCells(record: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (record.charCodeAt(i) === 34) {
      // a quoted cell: up to the quote not followed by another, `""` read as one
      let cell = '';
      let from = i + 1;
      // the common cell: its closing quote then a comma, nothing doubled inside — one slice
      const close = record.indexOf('"', from);
      if (close > 0 && record.charCodeAt(close + 1) === 44) {
        cells.push(record.slice(from, close));
        i = close + 2;
        continue;
      }
      for (;;) {
        const quote = record.indexOf('"', from);
        if (quote < 0) {
          cell += record.slice(from);
          i = record.length;
          break;
        }
        cell += record.slice(from, quote);
        if (record.charCodeAt(quote + 1) === 34) {
          cell += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // anything between the closing quote and the comma belongs to the cell, as written
      const comma = record.indexOf(',', i);
      cells.push(comma < 0 ? cell + record.slice(i) : cell + record.slice(i, comma));
      if (comma < 0) return cells;
      i = comma + 1;
    } else {
      const comma = record.indexOf(',', i);
      if (comma < 0) {
        cells.push(record.slice(i));
        return cells;
      }
      cells.push(record.slice(i, comma));
      i = comma + 1;
    }
  }
}

/** The count of `"` in a text. */
function quotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) count++;
  return count;
}

/**
 * A CSV reader fed in pieces (PL-1: a file of any size, never whole in memory): `push` a piece of
 * text, `end` after the last; each record goes to the sink as soon as its line is complete. A
 * byte-order mark at the start is dropped; lines end in `\n` or `\r\n`; a quoted cell may hold
 * commas, quotes and line breaks; blank lines are skipped.
 *
 * @param sink - Where each record goes.
 * @returns The reader.
 */
export function csvRecords(sink: CsvSink): { push(text: string): void; end(): void } {
  let rest = '';
  let pending = '';
  let pendingLine = 0;
  let pendingQuotes = 0;
  let line = 0;
  let first = true;
  const record = (text: string): void => {
    line++;
    const body = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (pending !== '' || pendingQuotes % 2 === 1) {
      pending += `\n${body}`;
      pendingQuotes += quotes(body);
      if (pendingQuotes % 2 === 1) return;
      const whole = pending;
      pending = '';
      pendingQuotes = 0;
      sink(quotedCells(whole), pendingLine);
      return;
    }
    if (body === '') return;
    if (body.indexOf('"') < 0) {
      sink(body.split(','), line);
      return;
    }
    const count = quotes(body);
    if (count % 2 === 1) {
      pending = body;
      pendingQuotes = count;
      pendingLine = line;
      return;
    }
    sink(quotedCells(body), line);
  };
  return {
    push(text) {
      let piece = rest + text;
      if (first && piece.length > 0) {
        first = false;
        if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      }
      let start = 0;
      for (let end = piece.indexOf('\n'); end >= 0; end = piece.indexOf('\n', start)) {
        // the line without its \r, in one slice
        record(piece.slice(start, end > start && piece.charCodeAt(end - 1) === 13 ? end - 1 : end));
        start = end + 1;
      }
      rest = piece.slice(start);
    },
    end() {
      if (rest !== '') record(rest);
      rest = '';
      // an unclosed quote: the record as far as the file goes
      if (pending !== '') {
        const whole = pending;
        pending = '';
        pendingQuotes = 0;
        sink(quotedCells(whole), pendingLine);
      }
    },
  };
}
