/**
 * The sheet's row of a file's data row (REC-6): the header is row 1, so the first data row is row
 * 2 — the row a spreadsheet shows, and the one a finding cites to Microsoft. The readers number a
 * file's data rows from 1 among themselves (their order, their spills, their workers); every
 * result says the sheet's row.
 *
 * @param row - The row's number among the file's data rows, from 1.
 * @returns Its row in the sheet.
 */
export function sheetRow(row: number): number {
  return row + 1;
}
