import { createReadStream } from 'node:fs';
import type { PriceListRow } from '../../index.ts';
import { byteCells } from '../../reconciliation/_internal/byteCells.ts';
import { columnIndex } from '../../reconciliation/_internal/columnIndex.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileLine, FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { type FindingLabels, LABEL_COLUMNS } from '../../reconciliation/_internal/FindingLabels.ts';
import { fileDays } from '../../reconciliation/_internal/fileDays.ts';
import { fileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { LineGroups } from '../../reconciliation/_internal/LineGroups.ts';
import { type LineReader, lineReader } from '../../reconciliation/_internal/lineReader.ts';
import { noteUnread, type UnreadRows } from '../../reconciliation/_internal/unreadRows.ts';
import { UsageError } from '../UsageError.ts';
import { type CsvRow, csvScan } from './csvScan.ts';
import type { FileText } from './fileText.ts';
import { type FirstCells, type HeldRow, heldSubscriptions } from './heldSubscriptions.ts';
import type { ProgressBar } from './progressBar.ts';
import { shardOf } from './shardOf.ts';
import { PARTITIONS, type Spill, spill } from './spill.ts';

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
  /**
   * Each subscription's `UnitPrice` and `Currency`, as its first line that has both writes them
   * (when asked for: the file's own prices).
   */
  readonly unitPrices: Map<string | undefined, PriceListRow>;
  /** The rows that cannot be read, by the subscription their `SubscriptionId` names. */
  readonly unread: UnreadRows;
  /** Each subscription's customer, invoice and product, from its first line read. */
  readonly labels: Map<string | undefined, FindingLabels>;
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

/**
 * Reads a reconciliation file as it streams (REC-2, REC-3): every row through the reconciliation
 * area's own line reader into its line groups, so memory grows with the groups and never with the
 * lines; a row whose quotes do not close is an issue. Its bytes are scanned, and only the cells
 * the replay reads are decoded ({@link csvScan}). Once the groups pass their share of the budget,
 * they go to disk by subscription and every later row with a `SubscriptionId` is checked (its
 * issues, the file's days) and written to its partition as it is, to be grouped there by
 * {@link ReconFile.readBack}: memory then stays flat, whatever the file's length. A file without
 * the columns a line needs (`ChargeType`, `ChargeStartDate`, `ChargeEndDate`,
 * `BillableQuantity`, `Subtotal`) is a UsageError: it is not a reconciliation file.
 *
 * @param text - The file's text.
 * @param bar - Where the reading shows its progress.
 * @param withPrices - Whether to keep each subscription's `UnitPrice` (without `--prices`).
 * @param memory - The run's budget, in bytes (`--memory`): the groups held go to disk, partitioned
 *   by subscription, past the share of it {@link heldSubscriptions} gives them; `undefined`: never.
 * @returns The file, read.
 */
export async function readReconFile(
  text: FileText,
  bar: ProgressBar,
  withPrices: boolean,
  memory?: number,
): Promise<ReconFile> {
  const groups = new LineGroups();
  const issues: FileRowIssue[] = [];
  const unitPrices = new Map<string | undefined, PriceListRow>();
  const unread: UnreadRows = new Map();
  const labels = new Map<string | undefined, FindingLabels>();
  let reader: LineReader | undefined;
  let first: FirstCells = { seats: undefined, unitPrice: undefined, labels: [] };
  const seats = fileSeats();
  let row = 0;
  const days = fileDays();
  let spilled: Spill | undefined;
  let spilledSubscriptions = 0;
  /** The rows read before the spill, and those written to disk after it. */
  let rowsHeld = 0;
  let rowsWritten = 0;
  // every subscription held (but the lines without one) to its partition on disk
  const held = { groups, unread, labels, unitPrices, seats };
  const spillHeld = (to: Spill): void => {
    spilledSubscriptions += heldSubscriptions.spill(held, to);
    cells.forget();
  };
  /** The row's cells the replay reads, read from its bytes. */
  const cells = byteCells();
  /** Holds a line read: in its group, with what its subscription's first lines say. */
  const hold = (scanned: HeldRow, line: FileLine): void => {
    groups.add(line);
    heldSubscriptions.see(held, line, scanned, first);
  };
  const header = (scanned: CsvRow): LineReader => {
    const names = Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? '');
    const found = lineReader(names);
    if (found.missingColumns.length > 0)
      throw new UsageError(
        `--file: no column ${found.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
      );
    const at = columnIndex(names);
    first = {
      seats: at('Quantity'),
      unitPrice: withPrices ? at('UnitPrice') : undefined,
      labels: Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
        const i = at(column);
        return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
      }),
    };
    return found;
  };
  try {
    await csvScan(text.bytes, {
      row(scanned) {
        if (reader === undefined) {
          reader = header(scanned);
          return;
        }
        row++;
        const line = reader.readCells(cells.of(scanned, 0), row, issues);
        if (line !== undefined) days.see(line);
        if (spilled !== undefined) {
          // past the budget: a subscription's rows go to its partition as they are, read again
          // there; only the lines without SubscriptionId stay here
          const id = line === undefined ? reader.subscriptionIdIn(cells) : line.subscriptionId;
          if (id !== undefined) {
            spilled.writeRow(shardOf(id, PARTITIONS), row, scanned.raw());
            rowsWritten++;
          } else if (line === undefined) noteUnread(unread, undefined, row);
          else hold(cells, line);
          return;
        }
        if (line === undefined) {
          noteUnread(unread, reader.subscriptionIdIn(cells), row);
          return;
        }
        hold(cells, line);
        // past the budget, every subscription held goes to disk, and the rows after it
        if (memory !== undefined && heldSubscriptions.over(held, memory)) {
          spilled = spill();
          rowsHeld = row;
          spillHeld(spilled);
        }
      },
      unclosed(first) {
        row++;
        issues.push({ row, column: '', message: `a quoted cell does not close: ${first}` });
      },
      piece() {
        bar.update(text.bytesRead(), row);
      },
    });
  } catch (error) {
    spilled?.remove();
    throw error;
  }
  const read = reader;
  if (read === undefined) {
    spilled?.remove();
    throw new UsageError('--file: empty, expected a header row and lines');
  }
  const to = spilled;
  const readBack = async (partition: number): Promise<void> => {
    const path = to?.rowsFile(partition);
    if (path === undefined) return;
    cells.forget();
    // each row was told about when it was first read: what it says now is dropped
    const again: FileRowIssue[] = [];
    await csvScan(createReadStream(path, { highWaterMark: 1 << 20 }), {
      row(scanned) {
        const at = Number(scanned.cell(0));
        const line = read.readCells(cells.of(scanned, 1), at, again);
        again.length = 0;
        if (line === undefined) noteUnread(unread, read.subscriptionIdIn(cells), at);
        else hold(cells, line);
      },
      unclosed() {},
      piece() {},
    });
  };
  return {
    groups,
    issues,
    otherColumns: read.otherColumns,
    lines: row,
    window: days.window(),
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
}
