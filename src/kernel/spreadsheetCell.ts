/** A text a spreadsheet would run as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A decimal number as the files and amounts are written (`-0.72`, `+1`, `.5`): never a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell of a CSV written for a spreadsheet (REC-3, USG-7, INV-3; decided 2026-11-28): a text
 * cell that a spreadsheet would run as a formula gets a leading apostrophe, so a customer's name
 * or a file's text (`=HYPERLINK(…)`, `@SUM(…)`) is shown, never run — a number, negative ones
 * included, is written as it is; then quoted when it holds a comma, a quote or a line break, a
 * quote inside doubled; empty for `undefined` and `null`.
 *
 * @param value - The cell: a text, or a number (or a decimal's text) written as it is.
 * @returns Its text in the file.
 */
export function spreadsheetCell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  const shown =
    typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(shown) ? `"${shown.replaceAll('"', '""')}"` : shown;
}
