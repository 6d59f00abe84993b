import { columnsOf, MAX_WIDTH } from './table.ts';
import { wrapText } from './wrapText.ts';

/**
 * Rows of a name and a value as two columns, the names padded to the widest: a value too long for
 * {@link MAX_WIDTH} columns is cut at spaces ({@link wrapText}) and goes on aligned under itself,
 * so a long sentence with amounts and dates stays readable in a 100-column terminal, in any
 * language (a Han or Hangul character takes two columns).
 *
 * @param rows - `[name, value]` pairs: a field and its value, an action and what it would do.
 * @param indent - What each line starts with.
 * @returns The lines.
 */
export function pairLines(rows: readonly (readonly [string, string])[], indent = ''): string[] {
  const width = Math.max(0, ...rows.map(([name]) => columnsOf(name)));
  const lead = ' '.repeat(columnsOf(indent) + width + 2);
  return rows.flatMap(([name, value]) =>
    wrapText(value, MAX_WIDTH - lead.length).map((line, i) =>
      i === 0
        ? `${indent}${name}${' '.repeat(width - columnsOf(name))}  ${line}`
        : `${lead}${line}`,
    ),
  );
}
