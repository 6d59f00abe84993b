import { spreadsheetCell } from '../../../kernel/spreadsheetCell.ts';

/** UTF-8's byte-order mark: what tells Excel the file is UTF-8 (× and Korean read as written). */
export const BOM = '\uFEFF';

/**
 * A cell of the CLI's `--csv` output (REC-3, PL-6, USG-7): the library's spreadsheet cell — a text
 * that would run as a formula with a leading apostrophe, quoted when it must be.
 *
 * @param value - The cell.
 * @returns Its text in the file.
 */
export function csvCell(value: string | number | undefined | null): string {
  return spreadsheetCell(value);
}
