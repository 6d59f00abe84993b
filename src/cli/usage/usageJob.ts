import { loose } from '../../kernel/columnIndex.ts';
import { linesLikeLast } from '../../usage/_internal/linesLikeLast.ts';
import { readsColumn } from '../../usage/_internal/readsColumn.ts';
import { readUsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import { shapeIssues } from '../../usage/_internal/shapeIssues.ts';
import { type UsageCells, usageCellsAt } from '../../usage/_internal/usageCells.ts';
import {
  readUsageLine,
  type UsageReadResult,
  type UsageReconcileOptions,
} from '../../usage/index.ts';
import type { EngineJob } from '../engine/EngineJob.ts';
import { type CellTexts, cellTexts } from '../engine/scan/cellTexts.ts';
import type { CsvRecordReader, CsvRow } from '../engine/scan/csvScan.ts';
import { localeOf } from '../localeOf.ts';
import { type UsageCensus, UsagePlans } from './usagePlans.ts';
import { finishWhole, type PlanResult, type WholePlans } from './wholePlans.ts';

/**
 * What each worker of `usage --workers` finishes itself, from every census (the workers' in order,
 * then the reading thread's own): `assignPlans` with the invoice rows, in the reading thread; a
 * worker's job is never asked ({@link notAssignedHere}).
 */
export type AssignPlans = (censuses: readonly UsageCensus[]) => Promise<readonly WholePlans[]>;

/** A worker's job's {@link AssignPlans}: the reading thread assigns, a worker only says its census. */
export const notAssignedHere: AssignPlans = () =>
  Promise.reject(new Error('usage: plans are assigned by the reading thread'));

/** What a usage job is made from, in this thread or a worker's: plain data. */
export interface UsageSetup {
  /** The reconciliation's options but the locale: every share takes the same. */
  readonly options: Omit<UsageReconcileOptions, 'locale'>;
  /** `--locale`'s tag, when given. */
  readonly locale: string | undefined;
  /**
   * Whether each share hands back its Azure plans as plain data with the file's facts its lines
   * say, for the command to finish as they come back in order (`usagePiecesJob`: past `--memory`).
   */
  readonly pieces?: boolean;
}

/** One record of the usage file as read (USG-1), and the key its shard is told by. */
export interface UsageRow {
  /**
   * `readUsageLine`'s reading of it: the line, or the issues of a row not read. Of a CSV row it
   * is read when first asked for, during the engine's call (the row's bytes are valid only then):
   * the reader that only shards a row to a worker never reads it.
   */
  readonly read: UsageReadResult;
  /**
   * Its `SubscriptionId`: of a CSV row, its cell's text trimmed (a row not read goes to its
   * subscription's share, its issue sorted by row as any other); of a JSON line, the line's
   * (`undefined` for a line not read). `undefined` when blank.
   */
  readonly key: string | undefined;
}

/** The `usage` job, and how many of its files had a header row (a usage file of none is empty). */
export type UsageJob = EngineJob<UsageRow, UsagePlans, PlanResult, WholePlans | undefined> & {
  /** The files read so far that had a header row (each counted once). */
  headerRows(): number;
};

/** The usage job's worker script beside `dist/cli.js`. */
export const USAGE_WORKER = 'usageWorker.js';

/** The reconciliation's options of a setup, its locale made again from its tag. */
export function usageOptions(setup: UsageSetup): UsageReconcileOptions {
  return {
    ...setup.options,
    ...(setup.locale === undefined ? {} : localeOf({ locale: setup.locale })),
  };
}

/**
 * `usage` on the file engine (USG-7, STYLE 14): each record of the daily rated usage file read by
 * the library's `readUsageLine` — a CSV row by its header's names (the 52- and 55-column exports,
 * any order and case), a line of the export's JSON-lines blobs by its text, numbers from their
 * digits — and sharded by its `SubscriptionId`. A share's state holds each Azure plan's lines in
 * a state of the plan's own ({@link UsagePlans}: one entry per invoice key and price, all its
 * days in one, and per Azure subscription, meter and day, never per line); a finished share gives
 * each plan's piece, which the command merges by plan and finishes plan by plan as a warehouse
 * finishes a group (`finishPlans`) — so the result is one pass's for any `--workers`, with
 * `--memory`'s spill on or off, and on DuckDB.
 *
 * Rows are numbered as the file's sheet rows: every line counted, a CSV header too, and the files
 * of a folder numbered on as one file would be.
 *
 * With `assign` and `--workers`, each worker finishes the plans only it holds, as they would be
 * finished here, and hands back their rows; the plans cut between workers come back as pieces.
 *
 * @param setup - The options and the locale.
 * @param assign - What each worker finishes itself (the reading thread's, or a worker's
 *   {@link notAssignedHere}); absent: every plan comes back as its pieces.
 * @returns The job.
 * @throws Nothing when made; `create` throws the library's `RuleError` for bad options.
 */
export function usageJob(setup: UsageSetup, assign?: AssignPlans): UsageJob {
  // read once: every plan's state takes the same (a price list is read once, not once a plan)
  const options = readUsageOptions(usageOptions(setup));
  // each file's header rows before it and its own, by file (a header is read once per thread,
  // but this thread's engine may ask twice)
  const before = new Map<string, number>();
  let headers = 0;
  // the cells' texts, a text the file repeats decoded once (most of a usage row's cells)
  const texts = cellTexts();
  return {
    command: 'usage',
    flag: '--file',
    worker: USAGE_WORKER,
    jsonLines: true,
    // a state's finish is its plans' plain states, merged by plan by the command: any rows, any state
    chunks: true,
    // its plans' states are the pieces finishPlans holds whole: on one thread, never spilled
    resultsAreState: true,
    headerRows: () => headers,
    header(names, file) {
      if (!before.has(file)) {
        if (names.length > 0) headers++;
        before.set(file, headers);
      }
      const shift = before.get(file) ?? 0;
      // the cells readUsageLine reads, decoded; the others (resource URIs, JSON of additional
      // information: a third of a row's bytes) given empty, never read
      const reads = names.map(readsColumn);
      const subscription = subscriptionAt(names);
      // a column the header names twice, even the same name twice (one key of a row's cells)
      const twice = shapeIssues.columnsTwice(names);
      const values: (string | undefined)[] = new Array(names.length);
      const header: CsvHeader = {
        names,
        reads,
        twice,
        values,
        read: linesLikeLast(),
        // a scanned row's cells read into `values` from its record: one function a header
        fill: (bytes, starts, ends, kinds, from, cells) =>
          texts.into(bytes, starts, ends, kinds, from, cells, reads, values),
      };
      return (record, place) => {
        const row = place.at + shift;
        if (record.kind === 'csv') {
          const id =
            subscription === -1 ? undefined : cellOf(record.row, subscription, texts)?.trim();
          return new CsvUsageRow(header, record.row, row, id === '' ? undefined : id);
        }
        const read =
          record.kind === 'json'
            ? readUsageLine(record.text, row)
            : // a row whose quotes do not close is no row of cells: readUsageLine says so
              readUsageLine(null, row);
        const id = read.ok ? read.line.subscriptionId : null;
        return { read, key: id === null || id === '' ? undefined : id };
      };
    },
    key: (row) => row.key,
    create: () => new UsagePlans(options),
    observe(state, row) {
      state.observe(row.read, row.key);
    },
    merge(into, from) {
      into.merge(from);
      return into;
    },
    ...(assign === undefined
      ? {}
      : { split: { census: (state: UsagePlans) => state.census(), assign } }),
    // each plan's piece, finished by the command with the other shares' pieces of it; with what
    // a worker was assigned, those plans finished here and the rest as pieces
    finish: (state, _share, whole) =>
      whole === undefined ? state.parts() : finishWhole(state, options, whole),
    // the pieces are merged by plan, and merging is commutative; plans finished are put together
    // in any order: any order is the same result
    order: (a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : linesOf(a) - linesOf(b)),
    // plans finished in a worker handed on as they come, their items' chunks handed over, never copied
    streams: true,
    transfer: (result) =>
      'finished' in result
        ? result.finished.texts.chunks.map((chunk) => chunk.buffer as ArrayBuffer)
        : [],
  };
}

/** A result's lines, to order the pieces of one plan: plans finished come before them. */
function linesOf(result: PlanResult): number {
  return 'state' in result ? result.state.lines : -1;
}

/** What every row of a CSV file's header shares: its names, the cells read, their texts. */
interface CsvHeader {
  readonly names: readonly string[];
  /** Whether `readUsageLine` reads the cell, by place. */
  readonly reads: readonly boolean[];
  /** The columns the header names twice, `[read, other]`. */
  readonly twice: readonly (readonly [string, string])[];
  /** Reads a scanned row's cells into {@link CsvHeader.values} from its record. */
  readonly fill: CsvRecordReader;
  /**
   * The values of the row being read, by place: one list a header, written afresh for each row
   * (a row's line is read during its engine call, before the next row's; nothing keeps the list).
   */
  readonly values: (string | undefined)[];
  /**
   * Reads a row's cells into its line, the header's last line remembered: a row that is the row
   * before but for its day, quantity and amount takes that line's other fields.
   */
  readonly read: (cells: UsageCells, rowNumber: number) => UsageReadResult;
}

/**
 * A CSV row of the usage file, read by `readUsageLine` when its line is first asked for — during
 * the engine's call, while the row's bytes are valid: a reader that only shards the row to a
 * worker never reads it (a class: one shape and its getter shared by every row).
 */
class CsvUsageRow implements UsageRow {
  #read: UsageReadResult | undefined;
  readonly #header: CsvHeader;
  readonly #cells: CsvRow;
  readonly #row: number;
  readonly key: string | undefined;

  constructor(header: CsvHeader, cells: CsvRow, row: number, key: string | undefined) {
    this.#header = header;
    this.#cells = cells;
    this.#row = row;
    this.key = key;
  }

  get read(): UsageReadResult {
    this.#read ??= this.#shaped(
      this.#header.read(
        usageCellsAt(this.#header.names, valuesOf(this.#header, this.#cells)),
        this.#row,
      ),
    );
    return this.#read;
  }

  /**
   * The reading with its row's shape as the header tells it (USG-1): the columns the header names
   * twice (a name written twice exactly is one key of the cells `readUsageLine` sees), and a row
   * with more or fewer cells than the header has names. As read when the row has neither.
   */
  #shaped(read: UsageReadResult): UsageReadResult {
    // a row DuckDB's SQL gave back has its cells only, not their count: its file is all of a width
    const length = (this.#cells as { length?: unknown }).length;
    const width =
      typeof length === 'number' && length !== this.#header.names.length
        ? [shapeIssues.width(this.#row, length, this.#header.names.length)]
        : [];
    const { twice } = this.#header;
    if (twice.length === 0 && width.length === 0) return read;
    const shape = [
      ...twice.map(([column, other]) => shapeIssues.twice(this.#row, column, other)),
      ...width,
    ];
    return { ...read, shape };
  }
}

/**
 * Where a header's `SubscriptionId` is, as `readUsageLine` finds it: the name as written, else
 * in any case with a byte-order mark and spaces trimmed (the first of each); -1 when absent.
 */
function subscriptionAt(names: readonly string[]): number {
  const exact = names.indexOf('SubscriptionId');
  return exact !== -1 ? exact : names.findIndex((name) => loose(name) === 'subscriptionid');
}

/**
 * Whether a CSV row is the scan's (its bytes and its record there to read), not a row DuckDB's
 * SQL gave back, which has its cells' texts only.
 */
function scanned(row: { cell(i: number): string | undefined }): row is CsvRow {
  return typeof (row as Partial<CsvRow>).record === 'function';
}

/** A CSV row's cell's text: a scanned row's through `texts` (a text the file repeats decoded once). */
function cellOf(
  row: { cell(i: number): string | undefined },
  i: number,
  texts: CellTexts,
): string | undefined {
  return scanned(row) ? texts.cell(row, i) : row.cell(i);
}

/**
 * A CSV row's values by place, as its header's names read them, written into the header's list:
 * those `readUsageLine` reads decoded (a scanned row's from its record, a text the file repeats
 * decoded once), the others never — an array, not an object of every name a row.
 */
function valuesOf(
  header: CsvHeader,
  row: { cell(i: number): string | undefined },
): (string | undefined)[] {
  const { reads, values } = header;
  if (scanned(row)) row.record(header.fill);
  else for (let i = 0; i < reads.length; i++) if (reads[i] === true) values[i] = row.cell(i) ?? '';
  return values;
}
