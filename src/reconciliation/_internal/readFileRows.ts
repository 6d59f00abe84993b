import type { ReconcileOptions } from '../types.ts';
import type { FileLine, FileRowIssue } from './FileLine.ts';
import { lineReader } from './lineReader.ts';

/** What {@link readFileRows} read. */
export interface FileRows {
  /** The lines read. */
  readonly lines: FileLine[];
  /** The rows that could not be read. */
  readonly issues: FileRowIssue[];
  /** The columns the comparison does not read, each once, as the file names them. */
  readonly otherColumns: readonly string[];
}

/**
 * Reads the rows of Partner Center's New Commerce invoice reconciliation file given as objects
 * keyed by the file's own header names, as a CSV parser with headers gives them (REC-2, REC-4),
 * through the one {@link lineReader}: the header is the keys of every row, in the order first
 * seen, and each row's cells are taken in that order (a key a row lacks is an empty cell).
 *
 * @param rows - The data rows; values as a CSV parser gives them (text, or numbers and `null`
 *   from one that types its cells).
 * @param options - `chargeTypes`: the caller's own names (REC-1).
 * @returns The lines, the issues, and the columns not read.
 * @throws {@link RuleError} for bad `options.chargeTypes`.
 */
export function readFileRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  options?: Pick<ReconcileOptions, 'chargeTypes'>,
): FileRows {
  const seen = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) seen.add(name);
  const headers = [...seen];
  const reader = lineReader(headers, options);
  const lines: FileLine[] = [];
  const issues: FileRowIssue[] = [];
  const cells: unknown[] = new Array(headers.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Readonly<Record<string, unknown>>;
    for (const c of reader.columns) {
      const name = headers[c] as string;
      cells[c] = Object.hasOwn(row, name) ? row[name] : undefined;
    }
    const line = reader.read(cells, i + 1, issues);
    if (line !== undefined) lines.push(line);
  }
  return { lines, issues, otherColumns: reader.otherColumns };
}
