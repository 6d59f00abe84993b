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
import { csvRows } from './csvRows.ts';
import type { FileText } from './fileText.ts';
import { heldSubscriptions } from './heldSubscriptions.ts';
import type { ProgressBar } from './progressBar.ts';
import { type Spill, spill } from './spill.ts';

/**
 * A copy of a cell's text that holds none of the piece it was cut from: a parser's cells are
 * slices of the file's text, and V8 keeps a whole megabyte-long piece alive for as long as any
 * slice of it is, so a subscription id kept as a group's key would keep the file in memory.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

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
  /** The cells the groups keep (subscription ids, charge types), each text once and detached. */
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
  try {
    for await (const batch of csvRows(text.pieces)) {
      for (const cells of batch.rows) {
        if (reader === undefined) {
          reader = lineReader(cells);
          if (reader.missingColumns.length > 0)
            throw new UsageError(
              `--file: no column ${reader.missingColumns.join(', ')}: expected Partner Center's New Commerce reconciliation file`,
            );
          const at = columnIndex(cells);
          priceAt = withPrices ? at('UnitPrice') : undefined;
          seatsAt = at('Quantity');
          keptAt = [at('SubscriptionId'), at('ChargeType')].filter((i) => i !== undefined);
          labelsAt = Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
            const i = at(column);
            return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
          }) as [keyof FindingLabels, number][];
          continue;
        }
        row++;
        for (const i of keptAt) {
          const cell = cells[i];
          if (cell === undefined) continue;
          let copy = kept.get(cell);
          if (copy === undefined) {
            copy = detached(cell);
            kept.set(copy, copy);
          }
          cells[i] = copy;
        }
        const line = reader.read(cells, row, issues);
        if (line === undefined) {
          noteUnread(unread, reader.subscriptionIdOf(cells), row);
          continue;
        }
        groups.add(line);
        days.see(line);
        if (seatsAt !== undefined) seats.see(line, cells[seatsAt]);
        if (labelsAt.length > 0 && !labels.has(line.subscriptionId)) {
          const found: Record<string, string> = {};
          for (const [key, i] of labelsAt) {
            const cell = cells[i]?.trim();
            if (cell !== undefined && cell !== '') found[key] = detached(cell);
          }
          labels.set(line.subscriptionId, found);
        }
        if (
          line.currency !== undefined &&
          priceAt !== undefined &&
          !unitPrices.has(line.subscriptionId)
        ) {
          const price = detached(priceText(cells[priceAt]));
          if (price !== '')
            unitPrices.set(line.subscriptionId, { UnitPrice: price, Currency: line.currency });
        }
        // past the budget, every subscription held goes to disk (checked at each line, so a tiny
        // budget spills a subscription's lines over many parts, as a large file does)
        if (memory !== undefined && heldSubscriptions.over(held, memory)) spillHeld();
      }
      for (const first of batch.unclosed) {
        row++;
        issues.push({ row, column: '', message: `a quoted cell does not close: ${first}` });
      }
      bar.update(text.bytesRead(), row);
    }
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
