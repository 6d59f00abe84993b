import { statSync } from 'node:fs';
import type { PriceListRow } from '../../../index.ts';
import { columnIndex } from '../../../kernel/columnIndex.ts';
import { CHARGE_TYPES, readChargeTypes } from '../../../reconciliation/_internal/chargeTypes.ts';
import type { FileLine, FileRowIssue } from '../../../reconciliation/_internal/FileLine.ts';
import {
  type FindingLabels,
  LABEL_COLUMNS,
} from '../../../reconciliation/_internal/FindingLabels.ts';
import { fileDays } from '../../../reconciliation/_internal/fileDays.ts';
import { fileSeats } from '../../../reconciliation/_internal/fileSeats.ts';
import { IdTable } from '../../../reconciliation/_internal/IdTable.ts';
import {
  type FileGroup,
  LineGroups,
  QUANTITIES_KEPT,
  ROWS_KEPT,
} from '../../../reconciliation/_internal/LineGroups.ts';
import { lineReader } from '../../../reconciliation/_internal/lineReader.ts';
import { SlotMap, SubscriptionSlots } from '../../../reconciliation/_internal/SubscriptionSlots.ts';
import { noteUnread, type UnreadRows } from '../../../reconciliation/_internal/unreadRows.ts';
import { csvTable } from '../../engine/duckdb/csvTable.ts';
import { duckdbSession } from '../../engine/duckdb/duckdbSession.ts';
import type { DuckdbApi } from '../../engine/duckdb/loadDuckdb.ts';

import { csvRows } from '../../engine/scan/csvRows.ts';
import { fileText } from '../../engine/scan/fileText.ts';
import type { ProgressBar } from '../../engine/scan/progressBar.ts';
import { heldLimit } from '../../reconcileHeap.ts';
import { heldSubscriptions } from '../heldSubscriptions.ts';
import type { ReconFile } from '../readReconFile.ts';
import { type Spill, spill } from '../spill.ts';
import { groupingSql, type LinePlaces } from './groupingSql.ts';

/** The columns the default reader reads, as it finds them: exactly, else in any case, trimmed. */
const LINE_COLUMNS = [
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
  'SubscriptionId',
  'EffectiveUnitPrice',
  'Currency',
  'PromotionId',
  'PriceAdjustmentDescription',
  'SkuName',
  'OfferName',
  'ProductName',
] as const;

function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** A decimal printed by DuckDB (`-1.500000000000000000`) as digits and a scale, trailing zeros dropped. */
function decimalOf(text: string, scale?: number): { units: number | bigint; scale: number } {
  const [whole = '0', fraction = ''] = text.split('.');
  const kept = scale ?? fraction.replace(/0+$/, '').length;
  const digits = BigInt(`${whole}${fraction.slice(0, kept)}`);
  if (digits === 0n) return { units: 0, scale: scale ?? 0 };
  const safe = digits >= -9_007_199_254_740_991n && digits <= 9_007_199_254_740_991n;
  return { units: safe ? Number(digits) : digits, scale: kept };
}

/** A group of a plain subscription as the SQL lists it, with its subscription's facts. */
interface SqlGroupRow {
  readonly k: string;
  readonly first: number;
  readonly cancelled: boolean | null;
  /** `label_0`…: the labels of the subscription's first line, in `LinePlaces.labels`' order. */
  readonly [label: `label_${number}`]: string | null;
  readonly unit_price: string | null;
  readonly unit_currency: string | null;
  readonly latest_seats: number | null;
  readonly latest_row: number | null;
  readonly latest_order: number | null;
  readonly group_first: number;
  readonly charge_type: string;
  readonly charge_key: string;
  readonly known: boolean;
  readonly credit: boolean;
  readonly start_day: number;
  readonly end_day: number;
  readonly currency: string | null;
  readonly lines: number;
  readonly negative_lines: number;
  readonly subtotal: string;
  readonly subtotal_scale: number;
  readonly quantity: string;
  readonly quantity_scale: number;
  readonly prices: number;
  readonly price: string | null;
  readonly promotions: number;
  readonly promotion: string | null;
  readonly est: boolean;
  /** The group's first `UnitPrice` (REC-5), `null` when none of its lines prints one. */
  readonly term_price: string | null;
  /** A line of the group above, when it has more than one: its row (`null` on the group's own). */
  readonly line_row: number | null;
  /** That line's own quantity. */
  readonly line_quantity: string | null;
}

/**
 * A group of the SQL as the line groups hold it.
 *
 * @param group - The group's row.
 * @param lines - Its lines' rows and own quantities in the file's order, when it has more than
 *   one (the first {@link ROWS_KEPT} at least, every one up to {@link QUANTITIES_KEPT}).
 * @param withPromotion - Whether the file has `PromotionId`.
 */
function fileGroupOf(
  group: SqlGroupRow,
  lines: readonly { readonly row: number; readonly quantity: string }[],
  withPromotion: boolean,
): FileGroup {
  const subtotal = decimalOf(group.subtotal, group.subtotal_scale);
  const quantity = decimalOf(group.quantity, group.quantity_scale);
  const price = group.prices === 1 && group.price !== null ? decimalOf(group.price) : null;
  const one = group.lines === 1;
  return {
    subscriptionId: group.k === '' ? undefined : group.k,
    chargeType: group.charge_type,
    chargeKey: group.charge_key,
    known: group.known,
    credit: group.credit,
    startDay: group.start_day,
    endDay: group.end_day,
    currency: group.currency ?? undefined,
    lines: group.lines,
    rows: one ? [group.group_first] : lines.slice(0, ROWS_KEPT).map((line) => line.row),
    negativeLines: group.negative_lines,
    positiveLines: group.lines - group.negative_lines,
    // a line's own quantity is the sum of a group of one
    quantities: one
      ? [decimalOf(group.quantity)]
      : group.lines > QUANTITIES_KEPT
        ? null
        : lines.map((line) => decimalOf(line.quantity)),
    subtotalUnits: subtotal.units,
    subtotalScale: subtotal.scale,
    quantityUnits: quantity.units,
    quantityScale: quantity.scale,
    priceUnits: group.prices === 0 ? undefined : (price?.units ?? null),
    priceScale: price?.scale ?? 0,
    ...(withPromotion
      ? { promotionId: group.promotions === 1 ? (group.promotion ?? '') : null }
      : {}),
    est: group.est,
    ...(group.term_price === null || group.term_price === undefined
      ? {}
      : { unitPrice: group.term_price }),
  };
}

/** What the DuckDB engine made of a file. */
export interface DuckdbRead {
  /** The file, read; `undefined` when it is for the default engine to read. */
  readonly file: ReconFile | undefined;
  /** Why the default engine reads it, when it is not simply that the file is not one to read. */
  readonly why: string | undefined;
}

/**
 * Reads a reconciliation file with DuckDB (REC-3, `--engine duckdb`): DuckDB's own parallel CSV
 * reader (gzip told by the first bytes, as the default engine tells it) loads the rows into a
 * database in the run's own temporary folder, spilling to it past its memory limit (a third of what
 * `--memory` leaves beside what the process holds, at least 64 MiB, on `--workers` threads: the
 * engine's `duckdbMemory`); SQL reads the dialect (Excel's apostrophes, `0E-20`, letter case, the three
 * date forms), sums each group exactly as `DECIMAL(38,18)` and lists the subscriptions in the
 * order of their first line, their groups in theirs. The rows of a subscription the SQL cannot
 * read exactly as the default engine does go, whole and in the file's order, through the default
 * engine's own line reader, so every issue and note is the same. The folder is removed once the
 * groups are read, and by the process's exit whatever ends it first.
 *
 * @param api - DuckDB's API.
 * @param path - The file (`--file`).
 * @param bar - Where the reading shows its progress.
 * @param withPrices - Whether to keep each subscription's `UnitPrice`.
 * @param memory - The run's budget (`--memory`): DuckDB's own memory limit is a third of what it
 *   leaves beside the process (at least 64 MiB), and past its one thread's share (`heldLimit`) the groups held
 *   are written to disk, as the default engine's; `undefined`: never.
 * @param partitions - How many partitions those groups are written to (64 unless given).
 * @param threads - DuckDB's threads (`--workers`).
 * @returns The file, read as the default engine reads it; none when DuckDB's reader splits the
 *   file's rows otherwise than the default engine does (a quote that does not close, a row with
 *   more or fewer cells than the header, text that is not UTF-8), the header names a column the
 *   comparison reads twice, or the file is not a reconciliation file: the caller then reads it
 *   with the default engine, saying `why` when there is a why.
 * @throws UsageError naming `--file` for a gzip that does not inflate to its end (cut short),
 *   the default engine's own error for it, whatever DuckDB's reader made of the bytes.
 * @throws Error naming `--memory` when DuckDB runs out of its buffers while grouping: the run
 *   stops (exit 3) rather than answer with part of the file.
 */
export async function readDuckdbFile(
  api: DuckdbApi,
  path: string,
  bar: ProgressBar,
  withPrices: boolean,
  memory?: number,
  partitions?: number,
  threads = 1,
): Promise<DuckdbRead> {
  const text = fileText(path, '--file');
  let header: string[] | undefined;
  for await (const batch of csvRows(text.pieces)) {
    header = batch.rows[0];
    break;
  }
  // not a reconciliation file: the default engine says why, as it always does
  if (header === undefined) return { file: undefined, why: undefined };
  const reader = lineReader(header);
  if (reader.missingColumns.length > 0) return { file: undefined, why: undefined };
  const exact = new Map<string, number>();
  for (const column of LINE_COLUMNS) {
    let at = header.indexOf(column);
    if (at < 0) at = header.findIndex((name) => headerKey(name) === column.toLowerCase());
    if (header.filter((name) => headerKey(name) === column.toLowerCase()).length > 1)
      return { file: undefined, why: `the header names ${column} twice` };
    if (at >= 0) exact.set(column, at);
  }
  const place = (column: (typeof LINE_COLUMNS)[number]): number => exact.get(column) as number;
  const at = columnIndex(header);
  const priceAt = withPrices ? at('UnitPrice') : undefined;
  const seatsAt = at('Quantity');
  const labelsAt = Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
    const i = at(column);
    return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
  });
  /** The name DuckDB gives a label's column (`label_0`…, by its place in `labelsAt`). */
  const labelOfColumn = new Map(labelsAt.map(([, column], k) => [column, `label_${k}` as const]));
  const places: LinePlaces = {
    chargeType: place('ChargeType'),
    startDate: place('ChargeStartDate'),
    endDate: place('ChargeEndDate'),
    billableQuantity: place('BillableQuantity'),
    subtotal: place('Subtotal'),
    subscriptionId: exact.get('SubscriptionId'),
    effectiveUnitPrice: exact.get('EffectiveUnitPrice'),
    currency: exact.get('Currency'),
    promotionId: exact.get('PromotionId'),
    named: (['PriceAdjustmentDescription', 'SkuName', 'OfferName', 'ProductName'] as const)
      .map((column) => exact.get(column))
      .filter((i) => i !== undefined),
    seats: seatsAt,
    unitPrice: priceAt,
    termPrice: at('UnitPrice'),
    labels: labelsAt,
  };
  const types = readChargeTypes(undefined, 'options.chargeTypes');
  const sql = groupingSql(places, {
    credit: types.credit,
    cancel: CHARGE_TYPES.cancel.toLowerCase(),
    remove: CHARGE_TYPES['remove-quantity'].toLowerCase(),
    add: CHARGE_TYPES['add-quantity'].toLowerCase(),
  });

  const session = await duckdbSession(api, 'reconcile', memory, threads);
  const { connection } = session;
  try {
    const why = await csvTable(session, 'raw', path, header, text.gzip, '--file');
    if (why !== undefined) return { file: undefined, why };
    // every row has its number now: what follows orders by it, never by how rows are stored
    await connection.run('SET preserve_insertion_order = false');
    await connection.run(sql.macros);
    await connection.run(sql.lines);

    // the bytes what is held may take before it goes to disk, as the default engine's one thread
    const heldBytes = memory === undefined ? undefined : heldLimit(memory, 1);
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
    const held = { groups, unread, labels, unitPrices, seats, texts: heldSubscriptions.texts() };
    const spillHeld = (): void => {
      spilled ??= spill(partitions);
      spilledSubscriptions += heldSubscriptions.spill(held, spilled);
    };
    try {
      // the odd subscriptions' rows, through the default engine's reader as readReconFile reads them
      const odd = new LineGroups(new SubscriptionSlots(new IdTable()));
      const oddFirst: { id: string | undefined; row: number }[] = [];
      for await (const chunk of session.chunks(
        sql.oddRows,
        'the odd subscriptions',
        sql.oddRowsCount,
      )) {
        for (let i = 0; i < chunk.rowCount; i++) {
          const row = Number(chunk.columns[0]?.[i]);
          const cells = chunk.columns.slice(1).map((column) => column[i]) as (string | null)[];
          const line = reader.read(cells, row, issues);
          if (line === undefined) {
            noteUnread(unread, reader.subscriptionIdOf(cells), row);
            continue;
          }
          const before = odd.subscriptions;
          odd.add(line);
          if (odd.subscriptions > before) oddFirst.push({ id: line.subscriptionId, row });
          days.see(line);
          heldSubscriptions.see(held, line, { cell: (i) => cells[i] }, places);
        }
      }
      const [bounds] = (await connection.runAndReadAll(sql.window)).getRowsJS();
      const [firstCharge, lastCharge, firstCredit, lastCredit] = (bounds ?? []).map((day) =>
        day === null || day === undefined ? undefined : Number(day),
      );
      // the plain subscriptions' days, as lines of those days would have shown them
      for (const [startDay, credit] of [
        [firstCharge, false],
        [lastCharge, false],
        [firstCredit === undefined ? undefined : firstCredit + 1, true],
        [lastCredit === undefined ? undefined : lastCredit + 1, true],
      ] as const)
        if (startDay !== undefined) days.see({ known: true, credit, startDay } as FileLine);

      await connection.run(sql.groups);
      const withPromotion = places.promotionId !== undefined;
      const hold = (parts: readonly FileGroup[]): void => {
        for (const part of parts) groups.addGroup(part);
        if (heldBytes !== undefined && heldSubscriptions.over(held, heldBytes)) spillHeld();
      };
      let next = 0;
      const holdOddBefore = (row: number): void => {
        for (; next < oddFirst.length && (oddFirst[next]?.row ?? 0) < row; next++) {
          const id = oddFirst[next]?.id;
          hold(odd.take(id));
        }
      };
      // a plain subscription, once its groups are all in
      const holdPlain = (found: SqlGroupRow, parts: readonly FileGroup[]): void => {
        holdOddBefore(found.first);
        const id = found.k === '' ? undefined : found.k;
        // the labels' texts, the labels and the price held once, as the default engine holds them
        heldSubscriptions.hold(
          held,
          id,
          {
            cell: (column) => {
              const name = labelOfColumn.get(column);
              return name === undefined ? undefined : found[name];
            },
          },
          places,
          found.unit_price !== null && found.unit_currency !== null
            ? { price: found.unit_price, currency: found.unit_currency }
            : undefined,
        );
        if (seatsAt !== undefined) {
          // the lines without SubscriptionId are kept under `undefined`, as the default engine keeps them
          seats.put(id as string, {
            ...(found.latest_row === null
              ? {}
              : {
                  latest: {
                    seats: Number(found.latest_seats),
                    row: found.latest_row,
                    order: Number(found.latest_order),
                  },
                }),
            ...(found.cancelled === true ? { cancelled: true as const } : {}),
          });
        }
        hold(parts);
      };
      // the groups come a chunk at a time, each group's lines after it when it has more than one
      let current: SqlGroupRow | undefined;
      let group: SqlGroupRow | undefined;
      let groupLines: { row: number; quantity: string }[] = [];
      let parts: FileGroup[] = [];
      const endGroup = (): void => {
        if (group !== undefined) parts.push(fileGroupOf(group, groupLines, withPromotion));
        group = undefined;
        groupLines = [];
      };
      // a chunk's columns as they are (texts, numbers, truths: the SQL returns no other type),
      // not converted value by value into row objects, which took twice the time
      for await (const chunk of session.chunks(
        sql.subscriptions,
        'the groups',
        sql.subscriptionsCount,
      )) {
        const { names, columns } = chunk;
        const lineRowAt = names.indexOf('line_row');
        const lineQuantityAt = names.indexOf('line_quantity');
        for (let i = 0; i < chunk.rowCount; i++) {
          const lineRow = columns[lineRowAt]?.[i] as number | null;
          if (lineRow !== null) {
            if (groupLines.length <= QUANTITIES_KEPT)
              groupLines.push({ row: lineRow, quantity: columns[lineQuantityAt]?.[i] as string });
            continue;
          }
          const row: Record<string, unknown> = {};
          names.forEach((name, at) => {
            row[name] = columns[at]?.[i];
          });
          const found = row as unknown as SqlGroupRow;
          endGroup();
          if (current !== undefined && current.k !== found.k) {
            holdPlain(current, parts);
            parts = [];
          }
          current = found;
          group = found;
        }
      }
      endGroup();
      if (current !== undefined) holdPlain(current, parts);
      holdOddBefore(Number.POSITIVE_INFINITY);
    } catch (error) {
      spilled?.remove();
      throw error;
    }
    const counted = await connection.runAndReadAll('SELECT count(*) FROM raw');
    const lines = Number(counted.getRowsJS()[0]?.[0] ?? 0);
    bar.update(statSync(path).size, lines);
    if (spilled !== undefined) spillHeld();
    const file: ReconFile = {
      groups,
      issues,
      otherColumns: reader.otherColumns,
      lines,
      window: days.window(),
      unitPrices,
      unread,
      labels,
      spill: spilled,
      subscriptions: spilledSubscriptions + groups.subscriptions,
      seats,
    };
    return { file, why: undefined };
  } catch (error) {
    throw session.failure(error);
  } finally {
    session.close();
  }
}
