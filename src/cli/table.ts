/** The widest a line of the CLI's output may be, in terminal columns. */
export const MAX_WIDTH = 100;

/** Hangul, CJK ideographs and punctuation, kana, full-width forms: two columns each in a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/**
 * How many terminal columns `text` takes: one per character, two for a wide East Asian one, so
 * Korean and Chinese messages (`--locale`) keep within {@link MAX_WIDTH} too.
 */
export function columnsOf(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}

function widthsOf(rows: readonly (readonly string[])[], from: number, to: number): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = from; i < Math.min(to, row.length); i++) {
      widths[i - from] = Math.max(widths[i - from] ?? 0, columnsOf(row[i] ?? ''));
    }
  }
  return widths;
}

function lay(
  rows: readonly (readonly string[])[],
  from: number,
  to: number,
  indent: string,
): string[] {
  const widths = widthsOf(rows, from, to);
  return rows.map((row) => {
    const cells = row.slice(from, to);
    return (
      indent +
      cells
        .map((cell, i) =>
          i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - columnsOf(cell)),
        )
        .join('  ')
    );
  });
}

/**
 * Lays rows out in columns separated by two spaces, each as wide as its widest cell. When a row
 * would pass {@link MAX_WIDTH}, every row breaks after the same column and goes on, aligned, on a
 * second line indented four more spaces, so output stays readable in an 100-column terminal.
 */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const one = lay(rows, 0, columns, indent);
  if (one.every((line) => columnsOf(line) <= MAX_WIDTH) || columns < 2) return one.join('\n');
  let split = columns - 1;
  while (split > 1 && lay(rows, 0, split, indent).some((line) => columnsOf(line) > MAX_WIDTH)) {
    split--;
  }
  const first = lay(rows, 0, split, indent);
  const rest = lay(rows, split, columns, `${indent}    `);
  return first.map((line, i) => `${line.trimEnd()}\n${rest[i] ?? ''}`).join('\n');
}
