import { columnIndex } from '../../kernel/columnIndex.ts';
import { jsonLineCells } from '../../kernel/jsonLineCells.ts';
import { SHAPE_WIDTH } from '../../kernel/shapeTexts.ts';
import {
  type ByteCells,
  type ByteRow,
  byteCells,
} from '../../reconciliation/_internal/byteCells.ts';
import type { FileLine, FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { type FindingLabels, LABEL_COLUMNS } from '../../reconciliation/_internal/FindingLabels.ts';
import { type LineReader, lineReader } from '../../reconciliation/_internal/lineReader.ts';
import { sheetRow } from '../../reconciliation/_internal/sheetRow.ts';
import type { RowReader } from '../engine/EngineJob.ts';
import { UsageError } from '../UsageError.ts';
import type { FirstCells } from './FirstCells.ts';
import type { ReconRow } from './reconShare.ts';

/** What a file without even a header row is told. */
const NO_HEADER = '--file: empty, expected a header row and lines';

/** Where the rows of a reconciliation file are read, its header mapped once. */
interface FileCells {
  readonly reader: LineReader & { readonly names: readonly string[] };
  readonly cells: ByteCells;
  readonly first: FirstCells;
}

/**
 * A row of the reconciliation file, read as it is asked (the key only to shard it, the line to
 * observe it), while the scan's bytes are its own (a class: one shape for every row).
 */
class CsvReconRow implements ReconRow {
  readonly row: number;
  readonly #file: FileCells;
  #read = false;
  #line: FileLine | undefined;
  #issues: FileRowIssue[] = [];
  #key: string | undefined;
  readonly #width: number;

  /**
   * @param file - Where the row's cells are read.
   * @param row - The row's place among the data rows, from 1.
   * @param width - How many cells the row has: one of another count than its header's names is
   *   an issue of its row (its cells read by place).
   */
  constructor(file: FileCells, row: number, width: number) {
    this.#file = file;
    this.row = row;
    this.#width = width;
  }

  #readLine(): void {
    if (this.#read) return;
    this.#read = true;
    const { reader, cells } = this.#file;
    const header = reader.names.length;
    if (this.#width !== header)
      this.#issues.push({
        row: sheetRow(this.row),
        column: '',
        message: SHAPE_WIDTH,
        values: { cells: this.#width, header },
      });
    this.#line = reader.readCells(cells, this.row, this.#issues);
    this.#key =
      this.#line === undefined ? reader.subscriptionIdIn(cells) : this.#line.subscriptionId;
  }

  get line(): FileLine | undefined {
    this.#readLine();
    return this.#line;
  }

  get issues(): readonly FileRowIssue[] {
    this.#readLine();
    return this.#issues;
  }

  get key(): string | undefined {
    this.#readLine();
    return this.#key;
  }

  get cells(): ByteCells {
    return this.#file.cells;
  }

  get first(): FirstCells {
    return this.#file.first;
  }
}

/** A row that is no row of cells: its issue alone, of no subscription. */
function issueRow(row: number, column: string, message: string): ReconRow {
  return {
    row,
    key: undefined,
    line: undefined,
    issues: [{ row: sheetRow(row), column, message }],
    cells: undefined,
    first: undefined,
  };
}

/** A row whose quotes never close: its issue alone (cut at its first line break), of no subscription. */
function unclosedRow(row: number, text: string): ReconRow {
  return issueRow(row, '', `a quoted cell does not close: ${text}`);
}

/** Where a header's rows are read: its line reader, its cells, and its first lines' columns. */
function fileCellsOf(names: readonly string[], withPrices: boolean): FileCells {
  const reader = Object.assign(lineReader(names), { names });
  const at = columnIndex(names);
  const first: FirstCells = {
    seats: at('Quantity'),
    unitPrice: withPrices ? at('UnitPrice') : undefined,
    labels: Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
      const i = at(column);
      return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
    }),
  };
  return { reader, cells: byteCells(), first };
}

/** A JSON line's values as a row of cells lying in one buffer, as a CSV row's lie in the file's. */
function valuesRow(values: readonly string[]): ByteRow {
  const pieces = values.map((value) => Buffer.from(value, 'utf8'));
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.length;
  }
  starts.push(at);
  const bytes = Buffer.concat(pieces, at);
  return {
    length: values.length,
    bytes,
    start: (i) => starts[i] as number,
    end: (i) => starts[i + 1] as number,
    plain: () => true,
    cell: (i) => values[i],
  };
}

/** A line's text cut for an issue: its first 80 characters. */
const cut = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * The lines of a folder of the Graph billing export's blobs (REC-3, INV-3): each line one JSON
 * object, its keys its columns (matched as a header's are: exactly, else in any case), its values
 * their text (a number its digits, `null` an empty cell), read by the same line reader as a CSV
 * row of those columns. Lines of the same keys share one reader, as a file's rows share its
 * header. A line that is no JSON object, or lacks a column a line needs, is an issue of its row.
 */
function jsonRows(withPrices: boolean): ReconRows {
  const byNames = new Map<string, FileCells>();
  const other = new Set<string>();
  return {
    get otherColumns() {
      return [...other];
    },
    get columns() {
      return [...new Set([...byNames.values()].flatMap((file) => file.reader.names))];
    },
    cells: {
      forget() {
        for (const file of byNames.values()) file.cells.forget();
      },
    },
    read(record, place) {
      if (record.kind !== 'json') return undefined;
      const read = jsonLineCells(record.text);
      if (read === null)
        return issueRow(place.at, '', `expected one JSON object: ${cut(record.text)}`);
      const names = [...read.keys()];
      const key = names.join('\n');
      let file = byNames.get(key);
      if (file === undefined) {
        file = fileCellsOf(names, withPrices);
        byNames.set(key, file);
        for (const name of file.reader.otherColumns) other.add(name);
      }
      const missing = file.reader.missingColumns;
      if (missing.length > 0)
        return issueRow(place.at, missing[0] as string, `no ${missing.join(', ')}`);
      file.cells.of(valuesRow([...read.values()].map((value) => value ?? '')), 0);
      return new CsvReconRow(file, place.at, names.length);
    },
  };
}

/** How a reconciliation file's records become `reconcile`'s rows, its header read. */
export interface ReconRows {
  /** Each record as a row: a CSV row read as it is asked, a row whose quotes never close an issue. */
  readonly read: RowReader<ReconRow>;
  /** The columns the comparison does not read, each once. */
  readonly otherColumns: readonly string[];
  /** Every column the rows have: the header's, or each JSON line's keys (as its lines are read). */
  readonly columns: readonly string[];
  /** Where the rows' cells are read from their bytes: let go when the groups go to disk. */
  readonly cells: Pick<ByteCells, 'forget'>;
}

/**
 * A reconciliation file's header read (REC-2, REC-3): its rows through the reconciliation area's
 * own line reader, only the cells the replay reads decoded from the scan's bytes, and where a
 * subscription's first lines say its seats, labels and unit price ({@link FirstCells}).
 *
 * @param names - The header's cells (none: the file is empty).
 * @param withPrices - Whether each subscription's `UnitPrice` is kept (without `--prices`).
 * @returns How its records become rows.
 * @throws {UsageError} Naming `--file` for an empty file, or a header without the columns a line
 *   needs (`ChargeType`, `ChargeStartDate`, `ChargeEndDate`, `BillableQuantity`, `Subtotal`): it
 *   is not a reconciliation file.
 */
export function reconRows(
  names: readonly string[],
  withPrices: boolean,
  jsonLines = false,
): ReconRows {
  if (names.length === 0) {
    if (jsonLines) return jsonRows(withPrices);
    throw new UsageError(NO_HEADER);
  }
  const file = fileCellsOf(names, withPrices);
  const { reader, cells } = file;
  if (reader.missingColumns.length > 0)
    throw new UsageError(
      `--file: no column ${reader.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
    );
  return {
    otherColumns: reader.otherColumns,
    columns: names,
    cells,
    read(record, place) {
      if (record.kind === 'unclosed') return unclosedRow(place.at, record.text);
      if (record.kind !== 'csv') return undefined;
      cells.of(record.row, 0);
      return new CsvReconRow(file, place.at, record.row.length);
    },
  };
}
