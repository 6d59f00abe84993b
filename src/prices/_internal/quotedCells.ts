/**
 * The cells of one record that holds a quote: RFC 4180 quoting, `""` a quote inside one; text
 * between a closing quote and the next comma belongs to the cell, as written.
 *
 * @param record - The record's text (its lines joined by `\n`, no line end).
 * @returns Its cells.
 */
export function quotedCells(record: string): string[] {
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
export function quotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) count++;
  return count;
}
