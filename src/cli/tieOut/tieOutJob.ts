import type { MessageOptions } from '../../index.ts';
import { TieOutState } from '../../invoices/_internal/TieOutState.ts';
import { type TieOutPart, tieOutPart } from '../../invoices/_internal/tieOutParts.ts';
import { jsonLineCells } from '../../kernel/jsonLineCells.ts';
import type { Invoice } from '../../usage/index.ts';
import type { EngineJob } from '../engine/EngineJob.ts';
import { localeOf } from '../localeOf.ts';
import { UsageError } from '../UsageError.ts';
import { tieOutCells } from './tieOutCells.ts';

/** What a tie-out's job is made from, in this thread or a worker's: plain data. */
export interface TieOutSetup {
  /** Every Invoice resource of `--invoices`, as `parseInvoice` read them. */
  readonly invoices: readonly Invoice[];
  /** `--locale`'s tag, when given. */
  readonly locale: string | undefined;
}

/** One row of a reconciliation file: its cells by the header's names, none for a row unread. */
export interface TieOutRow {
  /** The cells (`undefined`: a row whose quotes never close). */
  readonly cells: Readonly<Record<string, string>> | undefined;
  /** Its `InvoiceNumber`, trimmed, when it has one: the key its group and shard are told by. */
  readonly number: string | undefined;
  /** The header's names as written (a name written twice is one key of `cells`). */
  readonly names?: readonly string[];
  /** How many cells it has, when not as many as its header has names (an issue, INV-2). */
  readonly width?: { readonly cells: number; readonly header: number } | undefined;
}

/** The column the tie-out reads `InvoiceNumber` from: exactly, else in any case, trimmed. */
function numberColumn(names: readonly string[]): string | undefined {
  if (names.includes('InvoiceNumber')) return 'InvoiceNumber';
  return names.find((name) => /^\s*(\uFEFF)?invoicenumber\s*$/i.test(name));
}

/**
 * A line of the Graph export's blobs as the tie-out reads it (REC-3, INV-3): its keys its columns,
 * its values their text (a number its digits, never a double; `null` an empty cell), its
 * `InvoiceNumber` found as a header's is; a line that is no JSON object is a row unread.
 */
function jsonRow(text: string): TieOutRow {
  const read = jsonLineCells(text);
  if (read === null) return { cells: undefined, number: undefined };
  const names = [...read.keys()];
  const values = [...read.values()];
  const cells = tieOutCells(names, (i) => values[i]);
  const column = numberColumn(names);
  const key = column === undefined ? undefined : cells[column]?.trim();
  return { cells, number: key === '' ? undefined : key };
}

/** The tie-out's job, and whether a file of its run had a header row. */
export type TieOutJob = EngineJob<TieOutRow, TieOutState, TieOutPart> & {
  /**
   * Whether a file had a header row (a CSV's), in the thread that scans the files: a file of no
   * line and no header is empty.
   *
   * @param file - The file, as the run names it.
   */
  headerRead(file: string): boolean;
  /**
   * The error of a `--file` that holds no header and no line.
   *
   * @param file - The file or folder, as `--file` names it.
   */
  empty(file: string): UsageError;
};

/**
 * The options of a tie-out's setup: its locale made again from its tag (in a worker too).
 *
 * @param setup - The setup.
 * @returns The options the parts' words are in.
 */
export function tieOutOptions(setup: TieOutSetup): MessageOptions {
  return setup.locale === undefined ? {} : localeOf({ locale: setup.locale });
}

/** Code-unit order: the same in every time zone and locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `tie-out` on the file engine (INV-3, STYLE 14): a reconciliation row keyed by its header's
 * names and grouped by its `InvoiceNumber` (each invoice's lines in one share), each share a
 * tie-out state (`createTieOut`'s) finished as a warehouse finishes a group (the library's
 * `tieOutPart`) against every invoice — its amendments may be another share's — keeping only the
 * results and documents' totals of the invoice numbers it holds, so the shares' parts, put
 * together (`mergeTieOuts`), are one pass's. A row with fewer or more cells than its
 * header has names is an issue naming it and both counts (its cells read by place).
 *
 * @param setup - The invoices and the locale.
 * @returns The job.
 * A file of JSON lines (a blob of the Graph billing export) has no header: each line is read by
 * its own keys, matched as a header's are, and a file that is empty is the command's to tell
 * ({@link TieOutJob.headerRead}).
 *
 * @throws {UsageError} For a CSV file whose header has no `InvoiceNumber` column.
 */
export function tieOutJob(setup: TieOutSetup): TieOutJob {
  const options = tieOutOptions(setup);
  const headed = new Set<string>();
  return {
    command: 'tie-out',
    flag: '--file',
    worker: 'tieOutWorker.js',
    // a folder of the Graph export's blobs: JSON lines, each its own keys (REC-3, INV-3)
    jsonLines: true,
    headerRead: (file) => headed.has(file),
    empty: (file) => new UsageError(`--file: ${file} is empty, expected a header row and lines`),
    header(names, file) {
      // an empty file, or a blob of JSON lines: each line read by its own keys
      if (names.length === 0)
        return (record) => (record.kind === 'json' ? jsonRow(record.text) : undefined);
      headed.add(file);
      const number = numberColumn(names);
      if (number === undefined)
        throw new UsageError(
          `--file: ${file} has no InvoiceNumber column: expected Partner Center's New Commerce reconciliation file`,
        );
      return (record) => {
        if (record.kind === 'unclosed') return { cells: undefined, number: undefined, names };
        if (record.kind !== 'csv') return undefined;
        const cells = tieOutCells(names, (i) => record.row.cell(i));
        const key = cells[number]?.trim();
        const width =
          record.row.length === names.length
            ? undefined
            : { cells: record.row.length, header: names.length };
        return { cells, number: key === '' ? undefined : key, names, width };
      };
    },
    key: (row) => row.number,
    create: () => new TieOutState(true),
    observe(state, row, place) {
      if (row.width !== undefined) state.width(place.at, row.width.cells, row.width.header);
      state.observe(row.cells as Record<string, string>, place.at, row.names);
    },
    merge(into, from) {
      into.merge(from);
      return into;
    },
    // each share finished as a warehouse finishes a group: the results of the numbers it holds
    finish: (state, share) => [
      tieOutPart(state, setup.invoices, options, (number) => share.holds(number)),
    ],
    order: (a, b) =>
      byText(a.rows[0]?.key ?? '', b.rows[0]?.key ?? '') ||
      byText(a.rows[0]?.section ?? '', b.rows[0]?.section ?? '') ||
      a.summary.rows - b.summary.rows,
  };
}
