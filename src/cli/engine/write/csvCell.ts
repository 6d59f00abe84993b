/** UTF-8's byte-order mark: what tells Excel the file is UTF-8 (× and Korean read as written). */
export const BOM = '\uFEFF';

/**
 * A cell of the CLI's `--csv` output (REC-3, PL-6): quoted when it holds a comma, a quote or a line
 * break, a quote inside doubled; empty for `undefined`.
 *
 * @param value - The cell.
 * @returns Its text in the file.
 */
export function csvCell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
