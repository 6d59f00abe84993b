import { columnIndex } from '../../kernel/columnIndex.ts';
import { type ByteCells, byteCells } from '../../reconciliation/_internal/byteCells.ts';
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
  readonly reader: LineReader;
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

  constructor(file: FileCells, row: number) {
    this.#file = file;
    this.row = row;
  }

  #readLine(): void {
    if (this.#read) return;
    this.#read = true;
    const { reader, cells } = this.#file;
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

/** A row whose quotes never close: its issue alone (cut at its first line break), of no subscription. */
function unclosedRow(row: number, text: string): ReconRow {
  return {
    row,
    key: undefined,
    line: undefined,
    issues: [{ row: sheetRow(row), column: '', message: `a quoted cell does not close: ${text}` }],
    cells: undefined,
    first: undefined,
  };
}

/** How a reconciliation file's records become `reconcile`'s rows, its header read. */
export interface ReconRows {
  /** Each record as a row: a CSV row read as it is asked, a row whose quotes never close an issue. */
  readonly read: RowReader<ReconRow>;
  /** The columns the comparison does not read, each once. */
  readonly otherColumns: readonly string[];
  /** Where the rows' cells are read from their bytes (let go when the groups go to disk). */
  readonly cells: ByteCells;
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
export function reconRows(names: readonly string[], withPrices: boolean): ReconRows {
  if (names.length === 0) throw new UsageError(NO_HEADER);
  const reader = lineReader(names);
  if (reader.missingColumns.length > 0)
    throw new UsageError(
      `--file: no column ${reader.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
    );
  const at = columnIndex(names);
  const first: FirstCells = {
    seats: at('Quantity'),
    unitPrice: withPrices ? at('UnitPrice') : undefined,
    labels: Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
      const i = at(column);
      return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
    }),
  };
  const cells = byteCells();
  const file: FileCells = { reader, cells, first };
  return {
    otherColumns: reader.otherColumns,
    cells,
    read(record, place) {
      if (record.kind === 'unclosed') return unclosedRow(place.row, record.text);
      if (record.kind !== 'csv') return undefined;
      cells.of(record.row, 0);
      return new CsvReconRow(file, place.row);
    },
  };
}
