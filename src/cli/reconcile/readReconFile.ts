import type { PriceListRow } from '../../index.ts';
import { columnIndex } from '../../reconciliation/_internal/columnIndex.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { type FindingLabels, LABEL_COLUMNS } from '../../reconciliation/_internal/FindingLabels.ts';
import { fileDays } from '../../reconciliation/_internal/fileDays.ts';
import { fileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { LineGroups } from '../../reconciliation/_internal/LineGroups.ts';
import { type LineReader, lineReader } from '../../reconciliation/_internal/lineReader.ts';
import { priceText } from '../../reconciliation/_internal/priceList.ts';
import { noteUnread, type UnreadRows } from '../../reconciliation/_internal/unreadRows.ts';
import { UsageError } from '../UsageError.ts';
import { csvScan } from './csvScan.ts';
import type { FileText } from './fileText.ts';
import { heldSubscriptions } from './heldSubscriptions.ts';
import type { ProgressBar } from './progressBar.ts';
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
   * Where the groups went when they passed the memory budget: then the maps above hold only
   * what was read since the last spill (and the lines without `SubscriptionId`, always here).
   */
  readonly spill: Spill | undefined;
  /**
   * About how many subscriptions the file bills, for the progress bar: exact when nothing was
   * spilled, else counting a subscription once for each part of it spilled.
   */
  readonly subscriptions: number;
  /** The seats each subscription's lines leave it with (only those held, when spilled). */
  readonly seats: ReturnType<typeof fileSeats>;
}

/**
 * Reads a reconciliation file as it streams (REC-2, REC-3): every row through the reconciliation
 * area's own line reader into its line groups, so memory grows with the groups and never with the
 * lines; a row whose quotes do not close is an issue. A file without the columns a line needs
 * (`ChargeType`, `ChargeStartDate`, `ChargeEndDate`, `BillableQuantity`, `Subtotal`) is a
 * UsageError: it is not a reconciliation file.
 *
 * @param text - The file's text.
 * @param bar - Where the reading shows its progress.
 * @param withPrices - Whether to keep each subscription's `UnitPrice` (without `--prices`).
 * @param memory - The budget, in bytes, past which the groups held are written to disk,
 *   partitioned by subscription (as {@link heldSubscriptions} counts them: 600 B a group, 700 B a
 *   subscription); `undefined`: never.
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
  let labelsAt: [keyof FindingLabels, number][] = [];
  let reader: LineReader | undefined;
  let priceAt: number | undefined;
  let seatsAt: number | undefined;
  const seats = fileSeats();
  /** The cells the groups keep (subscription ids, charge types), each text once. */
  const kept = new Map<string, string>();
  let keptAt: number[] = [];
  let row = 0;
  const days = fileDays();
  let spilled: Spill | undefined;
  let spilledSubscriptions = 0;
  // every subscription held (but the lines without one) to its partition on disk
  const held = { groups, unread, labels, unitPrices, seats };
  const spillHeld = (): void => {
    spilled ??= spill();
    spilledSubscriptions += heldSubscriptions.spill(held, spilled);
    kept.clear();
  };
  /** The row's cells the replay reads, decoded; every other place stays empty. */
  let cells: (string | undefined)[] = [];
  let wanted: number[] = [];
  try {
    await csvScan(text.bytes, {
      row(scanned) {
        if (reader === undefined) {
          const header = Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? '');
          reader = lineReader(header);
          if (reader.missingColumns.length > 0)
            throw new UsageError(
              `--file: no column ${reader.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
            );
          const at = columnIndex(header);
          priceAt = withPrices ? at('UnitPrice') : undefined;
          seatsAt = at('Quantity');
          keptAt = [at('SubscriptionId'), at('ChargeType')].filter((i) => i !== undefined);
          labelsAt = Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
            const i = at(column);
            return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
          }) as [keyof FindingLabels, number][];
          wanted = [...new Set([...reader.columns, ...keptAt])];
          cells = new Array(header.length).fill(undefined);
          return;
        }
        row++;
        for (const i of wanted) cells[i] = scanned.cell(i);
        // the texts the groups keep (subscription ids, charge types), each once
        for (const i of keptAt) {
          const cell = cells[i];
          if (cell === undefined) continue;
          const copy = kept.get(cell);
          if (copy === undefined) kept.set(cell, cell);
          else cells[i] = copy;
        }
        const line = reader.read(cells, row, issues);
        if (line === undefined) {
          noteUnread(unread, reader.subscriptionIdOf(cells), row);
          return;
        }
        groups.add(line);
        days.see(line);
        if (seatsAt !== undefined) seats.see(line, scanned.cell(seatsAt));
        if (labelsAt.length > 0 && !labels.has(line.subscriptionId)) {
          const found: Record<string, string> = {};
          for (const [key, i] of labelsAt) {
            const cell = scanned.cell(i)?.trim();
            if (cell !== undefined && cell !== '') found[key] = cell;
          }
          labels.set(line.subscriptionId, found);
        }
        if (
          line.currency !== undefined &&
          priceAt !== undefined &&
          !unitPrices.has(line.subscriptionId)
        ) {
          const price = priceText(scanned.cell(priceAt));
          if (price !== '')
            unitPrices.set(line.subscriptionId, { UnitPrice: price, Currency: line.currency });
        }
        // past the budget, every subscription held goes to disk (checked at each line, so a tiny
        // budget spills a subscription's lines over many parts, as a large file does)
        if (memory !== undefined && heldSubscriptions.over(held, memory)) spillHeld();
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
  if (reader === undefined) {
    spilled?.remove();
    throw new UsageError('--file: empty, expected a header row and lines');
  }
  // once anything is on disk, everything is: each partition is then read back whole
  if (spilled !== undefined) spillHeld();
  return {
    groups,
    issues,
    otherColumns: reader.otherColumns,
    lines: row,
    window: days.window(),
    unitPrices,
    unread,
    labels,
    spill: spilled,
    subscriptions: spilledSubscriptions + groups.subscriptions,
    seats,
  };
}
