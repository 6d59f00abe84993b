import { jsonLineRow } from '../../kernel/jsonLineRow.ts';
import { scanFiles } from '../engine/scan/scanFiles.ts';
import { UsageError } from '../UsageError.ts';

/**
 * Every data row of a CSV file (the invoice file, the price list) as an object keyed by its header.
 * A row whose quotes do not close is the library's issue in the invoice file (`null` in its place,
 * so the rows keep their numbers); in the price list, which holds no issues, it stops the run.
 * Read by `usage` (`--invoice-file`, `--prices`) and by `tie-out --usage` (each `--file`, for
 * USG-4's check of the days against the invoice's usage lines) — there also a blob of the Graph
 * billing export, each JSON line an object of its keys and values' text (REC-3, INV-3).
 *
 * @param path - The file (CSV, gzip or not).
 * @param flag - The flag that named it, for errors.
 * @param keep - Whether a column's cells are kept (the others never decoded); default every one.
 * @returns Its rows, in order.
 * @throws UsageError naming the flag for an empty file, or a price list's row that is no row.
 */
export async function sheetRows(
  path: string,
  flag: '--invoice-file' | '--prices' | '--file',
  keep: (name: string) => boolean = () => true,
): Promise<object[]> {
  const rows: object[] = [];
  await eachSheetRow(path, flag, keep, (row) => rows.push(row));
  return rows;
}

/**
 * Every data row of a CSV file as {@link sheetRows} reads it, each handed on as it is read (a
 * distributor's invoice file, never all held).
 *
 * @param path - The file (CSV, gzip or not).
 * @param flag - The flag that named it, for errors.
 * @param keep - Whether a column's cells are kept.
 * @param take - Takes each row, in order (`null` for a row that is no row).
 * @throws UsageError as {@link sheetRows} does.
 */
export async function eachSheetRow(
  path: string,
  flag: '--invoice-file' | '--prices' | '--file',
  keep: (name: string) => boolean,
  take: (row: object) => void,
): Promise<void> {
  let header: readonly string[] = [];
  // the places of the cells kept, each name's first, found once a header (not once a cell)
  let kept: readonly number[] = [];
  let lines = 0;
  await scanFiles(
    [path],
    flag,
    {
      header(_, names) {
        header = names;
        kept = names.flatMap((name, i) => (names.indexOf(name) === i && keep(name) ? [i] : []));
      },
      record(_, record, place) {
        if (record.kind === 'json') {
          lines++;
          const row = jsonLineRow(record.text) as object;
          if (row === null || typeof row !== 'object' || Array.isArray(row)) take(row);
          else {
            const kept: Record<string, unknown> = {};
            for (const [name, value] of Object.entries(row)) if (keep(name)) kept[name] = value;
            take(kept);
          }
          return;
        }
        if (record.kind === 'unclosed') {
          if (flag === '--prices')
            throw new UsageError(
              `--prices: ${path}: row ${place.row + 1}: its quotes do not close`,
            );
          take(null as never);
          return;
        }
        if (record.kind !== 'csv') return;
        const row: Record<string, string> = {};
        for (const i of kept) row[header[i] as string] = record.row.cell(i) ?? '';
        take(row);
      },
    },
    flag === '--file',
  );
  if (header.length === 0 && lines === 0)
    throw new UsageError(`${flag}: ${path} is empty, expected a header row`);
}
