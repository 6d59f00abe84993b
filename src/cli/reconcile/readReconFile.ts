import { createReadStream } from 'node:fs';
import type { PriceListRow } from '../../index.ts';
import { columnIndex } from '../../kernel/columnIndex.ts';
import { byteCells } from '../../reconciliation/_internal/byteCells.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileLine, FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { type FindingLabels, LABEL_COLUMNS } from '../../reconciliation/_internal/FindingLabels.ts';
import { type DayBounds, fileDays } from '../../reconciliation/_internal/fileDays.ts';
import { fileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { IdTable } from '../../reconciliation/_internal/IdTable.ts';
import { LineGroups } from '../../reconciliation/_internal/LineGroups.ts';
import { type LineReader, lineReader } from '../../reconciliation/_internal/lineReader.ts';
import {
  type HeldById,
  SlotMap,
  SubscriptionSlots,
} from '../../reconciliation/_internal/SubscriptionSlots.ts';
import { sheetRow } from '../../reconciliation/_internal/sheetRow.ts';
import { noteUnread, type UnreadRows } from '../../reconciliation/_internal/unreadRows.ts';
import type { CsvRow } from '../engine/scan/csvScan.ts';
import type { FileText } from '../engine/scan/fileText.ts';
import type { ProgressBar } from '../engine/scan/progressBar.ts';
import { scanFiles } from '../engine/scan/scanFiles.ts';
import { wholeRows } from '../engine/scan/wholeRows.ts';
import { UsageError } from '../UsageError.ts';
import { type FirstCells, type HeldRow, heldSubscriptions } from './heldSubscriptions.ts';
import { type Spill, spill } from './spill.ts';

/** A reconciliation file read through: its groups and what the replay needs of it. */
export interface ReconFile {
  /** The lines, grouped by subscription. */
  readonly groups: LineGroups;
  /** The rows that could not be read. */
  readonly issues: FileRowIssue[];
  /** The columns not read, each once. */
  readonly otherColumns: readonly string[];
  /** How many data rows the file has. */
  readonly lines: number;
  /**
   * The days the file bills events on: from the earliest to the latest `ChargeStartDate` of its
   * charges of a known type (the day before, of its credits, when it holds only credits);
   * `undefined` when it has none.
   */
  readonly window: FileWindow | undefined;
  /** What the file's days are learnt from (the first and last days of its charges and credits): to add up workers' shares. */
  readonly bounds?: DayBounds;
  /**
   * Each subscription's `UnitPrice` and `Currency`, as its first line that has both writes them
   * (when asked for: the file's own prices).
   */
  readonly unitPrices: HeldById<PriceListRow>;
  /** The rows that cannot be read, by the subscription their `SubscriptionId` names. */
  readonly unread: UnreadRows;
  /** Each subscription's customer, invoice and product, from its first line read. */
  readonly labels: HeldById<FindingLabels>;
  /**
   * Where the groups went when they passed the memory budget, and the rows read after: then the
   * maps above hold only the lines without `SubscriptionId` until {@link ReconFile.readBack}.
   */
  readonly spill: Spill | undefined;
  /**
   * Reads one partition's rows written to disk back into the maps above, grouped, after its
   * spilled subscriptions are back in them (only when spilled).
   */
  readonly readBack?: (partition: number) => Promise<void>;
  /**
   * About how many subscriptions the file bills, for the progress bar: exact when nothing was
   * spilled, else estimated from the rows a subscription had before the spill.
   */
  readonly subscriptions: number;
  /** The seats each subscription's lines leave it with (only those held, when spilled). */
  readonly seats: ReturnType<typeof fileSeats>;
}

/** Where a reconciliation file's rows are read into, its header mapped once. */
export interface ReconRows {
  /**
   * Reads one data row: its issues, the file's days, and its line into its group (or, past the
   * budget, to its partition on disk).
   *
   * @param at - The row's number among the file's data rows, from 1.
   * @param scanned - The row's cells.
   * @param offset - How many cells come before the file's own (1 in a row written with its number).
   */
  row(at: number, scanned: CsvRow, offset?: number): void;
  /** The rows whose quotes do not close, as issues, in the file's order. */
  readonly issues: FileRowIssue[];
  /**
   * The file read through.
   *
   * @param lines - How many data rows the file has.
   * @returns The file.
   */
  end(lines: number): ReconFile;
  /** Removes the spill, when any (a failure). */
  remove(): void;
}

/** Where a reader of only some of a file's rows (one worker's) stands. */
export interface RowsShard {
  /**
   * Whether the issues of the rows without `SubscriptionId` are told here: every worker reads
   * them (whose they are is known only once the resources are read), one tells them.
   */
  readonly looseIssues: boolean;
}

/**
 * The issue of a row whose quotes never close (cut at its first line break).
 *
 * @param row - Its number among the file's data rows, from 1.
 * @param first - Its first line's text.
 * @returns The issue.
 */
export function unclosedIssue(row: number, first: string): FileRowIssue {
  return { row: sheetRow(row), column: '', message: `a quoted cell does not close: ${first}` };
}

/** What a file without even a header row is told. */
export const NO_HEADER = '--file: empty, expected a header row and lines';

/**
 * The reader of a reconciliation file's rows, from its header (REC-2).
 *
 * @param names - The header's cells.
 * @returns The reader.
 * @throws UsageError when the header lacks a column a line needs: it is not a reconciliation file.
 */
export function headerReader(names: readonly string[]): LineReader {
  const found = lineReader(names);
  if (found.missingColumns.length > 0)
    throw new UsageError(
      `--file: no column ${found.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
    );
  return found;
}

/**
 * The reader of a reconciliation file's data rows, its header read (REC-2, REC-3): each row
 * through the reconciliation area's own line reader into its line groups, so memory grows with
 * the groups and never with the lines. Only the cells the replay reads are decoded. Once the
 * groups pass their share of the budget, they go to disk by subscription and every later row
 * with a `SubscriptionId` is checked (its issues, the file's days) and written to its partition
 * as it is, to be grouped there by {@link ReconFile.readBack}: memory then stays flat, whatever
 * the file's length. A header without the columns a line needs is a UsageError.
 *
 * @param names - The header's cells.
 * @param withPrices - Whether to keep each subscription's `UnitPrice` (without `--prices`).
 * @param memory - The bytes the groups held may take (`heldLimit` of the budget); `undefined`:
 *   never spill.
 * @param shard - When the rows are one worker's share of the file.
 * @param partitions - How many partitions a spill has ({@link spillPartitions}; 64 unless given).
 * @returns The reader.
 */
export function reconRows(
  names: readonly string[],
  withPrices: boolean,
  memory: number | undefined,
  shard?: RowsShard,
  partitions?: number,
): ReconRows {
  // one number a subscription for its groups, labels, price and seats: one place, no object
  const slots = new SubscriptionSlots(new IdTable());
  const groups = new LineGroups(slots);
  const issues: FileRowIssue[] = [];
  const unitPrices = new SlotMap<PriceListRow>(slots);
  const unread: UnreadRows = new Map();
  const labels = new SlotMap<FindingLabels>(slots);
  const seats = fileSeats(slots);
  const days = fileDays();
  let spilled: Spill | undefined;
  let spilledSubscriptions = 0;
  /** The rows read before the spill, and those written to disk after it. */
  let rowsHeld = 0;
  let rowsWritten = 0;
  // every subscription held (but the lines without one) to its partition on disk
  const held = { groups, unread, labels, unitPrices, seats, texts: heldSubscriptions.texts() };
  const found = headerReader(names);
  const at = columnIndex(names);
  const first: FirstCells = {
    seats: at('Quantity'),
    unitPrice: withPrices ? at('UnitPrice') : undefined,
    labels: Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
      const i = at(column);
      return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
    }),
  };
  const reader = found;
  /** The row's cells the replay reads, read from its bytes. */
  const cells = byteCells();
  /** Holds a line read: in its group, with what its subscription's first lines say. */
  const hold = (scanned: HeldRow, line: FileLine): void => {
    groups.add(line);
    heldSubscriptions.see(held, line, scanned, first);
  };
  /** The `SubscriptionId` of the row {@link readLine} read last. */
  let id: string | undefined;
  /**
   * Reads a row into `into`, its issues dropped when it is a loose row another worker tells; its
   * `SubscriptionId` left in {@link id} (no object a row).
   */
  const readLine = (
    row: number,
    into: FileRowIssue[],
    scanned: CsvRow,
    offset: number,
  ): FileLine | undefined => {
    const count = into.length;
    const line = reader.readCells(cells.of(scanned, offset), row, into);
    id = line === undefined ? reader.subscriptionIdIn(cells) : line.subscriptionId;
    if (id === undefined && shard?.looseIssues === false) into.length = count;
    return line;
  };
  const row = (number: number, scanned: CsvRow, offset = 0): void => {
    const line = readLine(number, issues, scanned, offset);
    if (line !== undefined) days.see(line);
    if (spilled !== undefined) {
      // past the budget: a subscription's rows go to its partition as they are, read again
      // there; only the lines without SubscriptionId stay here
      if (id !== undefined) {
        const raw = scanned.raw();
        spilled.writeRow(
          spilled.partitionOf(id),
          number,
          offset === 0 ? raw : raw.subarray(raw.indexOf(44) + 1),
        );
        rowsWritten++;
      } else if (line === undefined) noteUnread(unread, undefined, number);
      else hold(cells, line);
      return;
    }
    if (line === undefined) {
      noteUnread(unread, id, number);
      return;
    }
    hold(cells, line);
    // past the budget, every subscription held goes to disk, and the rows after it
    if (memory !== undefined && heldSubscriptions.over(held, memory)) {
      spilled = spill(partitions);
      rowsHeld = number;
      spilledSubscriptions += heldSubscriptions.spill(held, spilled);
      cells.forget();
    }
  };
  const readBack = async (partition: number): Promise<void> => {
    const path = spilled?.rowsFile(partition);
    if (path === undefined) return;
    cells.forget();
    // each row was told about when it was first read: what it says now is dropped
    const again: FileRowIssue[] = [];
    await writtenRows(
      createReadStream(path, { highWaterMark: 1 << 20 }),
      (number, scanned, offset) => {
        const line = readLine(number, again, scanned, offset);
        again.length = 0;
        if (line === undefined) noteUnread(unread, id, number);
        else hold(cells, line);
      },
    );
  };
  return {
    row,
    issues,
    end(lines) {
      return {
        groups,
        issues,
        otherColumns: reader.otherColumns,
        lines,
        window: days.window(),
        bounds: days.bounds(),
        unitPrices,
        unread,
        labels,
        spill: spilled,
        ...(spilled === undefined ? {} : { readBack }),
        subscriptions:
          spilledSubscriptions +
          groups.subscriptions +
          (rowsHeld === 0 ? 0 : Math.round((rowsWritten * spilledSubscriptions) / rowsHeld)),
        seats,
      };
    },
    remove() {
      spilled?.remove();
    },
  };
}

/**
 * Scans rows as a spill's partition holds them — each row's number, a comma,
 * then the file's own bytes for the row — handing each to `into` with its number, its cells (the
 * number first) and how many cells come before the file's own.
 *
 * @param pieces - The rows' bytes.
 * @param into - What takes each row.
 */
export async function writtenRows(
  pieces: AsyncIterable<Buffer>,
  into: (at: number, row: CsvRow, offset: number) => void,
): Promise<void> {
  await wholeRows(pieces, (scanned) => into(Number(scanned.cell(0)), scanned, 1));
}

/**
 * Reads a reconciliation file as it streams (REC-2, REC-3) on the file engine's scan
 * ({@link scanFiles}), its rows through {@link reconRows}; a row whose quotes do not close is an
 * issue. A file without the columns a line needs (`ChargeType`, `ChargeStartDate`,
 * `ChargeEndDate`, `BillableQuantity`, `Subtotal`) is a UsageError: it is not a reconciliation file.
 *
 * @param text - The file's text, opened by the command (its gzip told before the read).
 * @param bar - Where the reading shows its progress.
 * @param withPrices - Whether to keep each subscription's `UnitPrice` (without `--prices`).
 * @param memory - The bytes the groups held may take, as {@link heldSubscriptions} counts them
 *   (`heldLimit` of `--memory`): past them they go to disk, partitioned by subscription;
 *   `undefined`: never.
 * @param partitions - How many partitions a spill has ({@link spillPartitions}; 64 unless given).
 * @returns The file, read.
 */
export async function readReconFile(
  text: FileText,
  bar: ProgressBar,
  withPrices: boolean,
  memory?: number,
  partitions?: number,
): Promise<ReconFile> {
  let rows: ReconRows | undefined;
  /** The rows whose quotes do not close before the header is read. */
  const early: FileRowIssue[] = [];
  try {
    // the file is open already: the scan reads the text handed over, not a file by name
    const [lines = 0] = await scanFiles(
      [''],
      '--file',
      {
        header(_, names) {
          if (names.length === 0) throw new UsageError(NO_HEADER);
          rows = reconRows(names, withPrices, memory, undefined, partitions);
          rows.issues.push(...early);
        },
        record(_, record, place) {
          if (record.kind === 'csv') rows?.row(place.row, record.row);
          else if (record.kind === 'unclosed')
            (rows?.issues ?? early).push(unclosedIssue(place.row, record.text));
        },
        piece: (_, bytesRead, records) => bar.update(bytesRead, records),
      },
      false,
      () => text,
    );
    if (rows === undefined) throw new UsageError(NO_HEADER);
    return rows.end(lines);
  } catch (error) {
    rows?.remove();
    throw error;
  }
}
