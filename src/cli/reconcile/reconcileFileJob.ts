import { columnIndex } from '../../kernel/columnIndex.ts';
import type { ByteCells } from '../../reconciliation/_internal/byteCells.ts';
import {
  type CustomerCountries,
  mergeCustomerCountries,
} from '../../reconciliation/_internal/customerCountries.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import { type FileDays, fileDays } from '../../reconciliation/_internal/fileDays.ts';
import type { PriceList } from '../../reconciliation/_internal/priceList.ts';
import { resourceId } from '../../reconciliation/_internal/resourceItems.ts';
import type { EngineJob } from '../engine/EngineJob.ts';
import { itemId } from '../engine/scan/itemId.ts';
import { localeOf } from '../localeOf.ts';
import { heldLimit } from '../processBounds.ts';
import { readPriceList } from './priceList.ts';
import type { ReconcileHere, ReconcileSetup } from './ReconcileSetup.ts';
import type { FinishRun, ReconResult } from './ReconResult.ts';
import { type ReconFinish, reconFinish } from './reconFinish.ts';
import { reconPlains } from './reconPlains.ts';
import { reconRows } from './reconRows.ts';
import type { ReconRow, ReconState } from './reconShare.ts';
import { reconState } from './reconState.ts';
import { seeRowCountry } from './rowCountry.ts';

/**
 * What the whole file says, changed in place as rows are seen: its days' bounds (`DayBounds`) and,
 * with `--prices`, the countries each customer's rows name (PL-7) — a subscription the file has no
 * line of is priced in its customer's, whichever share or worker read that customer's rows.
 */
export interface ReconFacts {
  readonly days: [number, number, number, number];
  readonly countries: CustomerCountries;
}

/** The reconcile job, and what the reading thread learnt of the file for the summary. */
export type ReconcileFileJob = EngineJob<ReconRow, ReconState, ReconResult, ReconFacts> & {
  /** The columns of the file the comparison does not read, each once (once its header is read). */
  otherColumns(): readonly string[];
  /** Every column a file's rows have, each once (once its rows are read). */
  columns(): readonly string[];
  /** Whether a file had a header row (a CSV's): a run of no line and no header read nothing. */
  headerRead(): boolean;
  /** The file's own days, every row seen (in the reading thread); `undefined`: none known. */
  window(): FileWindow | undefined;
};

/** The key of an item of `--subscriptions` by parsing it: its `id`; none when it is not JSON. */
function parsedKey(text: string): string | undefined {
  try {
    return resourceId(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** A `SubscriptionId` cell's subscription: its text trimmed, none when nothing is left. */
function idText(text: string | undefined): string | undefined {
  const id = text?.trim();
  return id === '' ? undefined : id;
}

/** The output's order: `ReconResult`'s kinds in turn, each by its key. */
const RANK = { unreadable: 0, issue: 1, result: 2, counts: 3 } as const;
const keyOf = (result: ReconResult): number =>
  result.kind === 'unreadable'
    ? result.at
    : result.kind === 'issue'
      ? result.row
      : result.kind === 'result'
        ? result.key
        : 0;

/**
 * `reconcile` on the file engine (REC-3, STYLE 14): a reconciliation file's row read by the
 * reconciliation area's line reader and grouped by its `SubscriptionId` (each subscription's
 * lines in one share), its share's state the subscriptions' line groups and what their first
 * lines say ({@link reconState}, weighed against `--memory` and spilled past it as plain data),
 * the resources of `--subscriptions` the job's items (each to its subscription's share, the only
 * one taking the lines without `SubscriptionId`), the file's days seen in the reading thread, and
 * each share finished by the replay of each of its subscriptions ({@link reconFinish}): a share
 * held in memory is told its rows are whole with the file's days before its items, and replays each
 * resource as it comes, its text dropped at once (one past `--memory` replays them at its end) — so
 * the output is one thread's for any `--workers` and with the spill on or off.
 *
 * @param setup - What every share is made with (plain data).
 * @param here - What the reading thread has already (absent in a worker: made from `setup`).
 * @returns The job.
 */
export function reconcileFileJob(setup: ReconcileSetup, here?: ReconcileHere): ReconcileFileJob {
  const options =
    here?.options ??
    (setup.context.locale === undefined ? {} : localeOf({ locale: setup.context.locale }));
  const { locale: _, ...context } = setup.context;
  let prices: Promise<PriceList | undefined> | undefined;
  const pricesOf = (): Promise<PriceList | undefined> => {
    prices ??=
      here !== undefined
        ? Promise.resolve(here.prices)
        : setup.prices === undefined
          ? Promise.resolve(undefined)
          : readPriceList(setup.prices.path, setup.prices.choice);
    return prices;
  };
  // the customers' countries DuckDB counted before the run, made a map once
  let counted: CustomerCountries | undefined;
  /**
   * What a share is finished with: the days replayed (`--period`'s or the file's), the prices, the
   * customers' countries (DuckDB's, else the facts').
   */
  const runOf = async (facts: ReconFacts): Promise<FinishRun> => {
    const window =
      setup.period ??
      (setup.days === undefined ? fileDays([...facts.days]).window() : setup.days.window);
    if (setup.countries !== undefined) counted ??= new Map(setup.countries);
    return {
      window,
      prices: await pricesOf(),
      countries: counted ?? facts.countries,
      context: { ...context, options, window },
      explain: setup.explain,
    };
  };
  // the shares told their rows are whole: each item replayed as it comes, its text dropped
  const finishing = new WeakMap<ReconState, ReconFinish>();
  const readers: ReturnType<typeof reconRows>[] = [];
  let headerRead = false;
  const allCells: Pick<ByteCells, 'forget'>[] = [];
  // the reading thread's days, for the summary
  const trackers = new WeakMap<ReconFacts, FileDays>();
  let seen: ReconFacts | undefined;
  const daysOf = (facts: ReconFacts): FileDays => {
    let days = trackers.get(facts);
    if (days === undefined) {
      days = fileDays(facts.days);
      trackers.set(facts, days);
    }
    return days;
  };
  return {
    command: 'reconcile',
    flag: '--file',
    worker: 'reconcileWorker.js',
    // a JSON line's columns are learnt as its lines are read
    otherColumns: () => [...new Set(readers.flatMap((rows) => rows.otherColumns))],
    headerRead: () => headerRead,
    columns: () => [...new Set(readers.flatMap((rows) => rows.columns))],
    window: () => (seen === undefined ? undefined : fileDays([...seen.days]).window()),
    // a folder of the Graph export's blobs: JSON lines, each its own keys (REC-3)
    jsonLines: true,
    header(names) {
      const rows = reconRows(names, setup.withPrices, true);
      if (names.length > 0) headerRead = true;
      readers.push(rows);
      allCells.push(rows.cells);
      return rows.read;
    },
    // a row's subscription, as the line reader reads it: the same column, trimmed
    keyCell(names) {
      const at = columnIndex(names)('SubscriptionId');
      return at === undefined ? undefined : { at, key: idText };
    },
    key: (row) => row.key,
    create: reconState.create,
    observe: (state, row) => reconState.row(state, row),
    merge: reconState.merge,
    facts: {
      create() {
        seen = {
          days: [
            Number.POSITIVE_INFINITY,
            Number.NEGATIVE_INFINITY,
            Number.POSITIVE_INFINITY,
            Number.NEGATIVE_INFINITY,
          ],
          countries: new Map(),
        };
        return seen;
      },
      see(facts, row) {
        const { line } = row;
        if (line !== undefined) daysOf(facts).see(line);
        // only a price list of several markets asks for a market: without one, none is read
        if (setup.byCountry === true) seeRowCountry(facts.countries, row);
      },
      merge(into, from) {
        daysOf(into).add(from.days);
        mergeCustomerCountries(into.countries, from.countries);
        return into;
      },
    },
    items: {
      key: parsedKey,
      loose: true,
      async whole(state, facts) {
        finishing.set(state, reconFinish(state, await runOf(facts)));
      },
      observe(state, text, place, only) {
        const now = finishing.get(state);
        if (now !== undefined) return now.item({ text, at: place.at, only });
        // a text read back from a worker's or a spill's row is a CSV cell's, its quotes undoubled
        // piece by piece: held whole, one string of its own, never those pieces
        const own = Buffer.from(text, 'utf8').toString('utf8');
        reconState.item(state, { text: own, at: place.at, only });
      },
    },
    held: {
      weight: reconState.weight,
      limit: heldLimit,
      write(state, partitionOf) {
        const written = reconPlains.write(state, partitionOf, (text) => {
          const bytes = Buffer.from(text, 'utf8');
          return itemId(bytes) ?? parsedKey(text);
        });
        // the texts held are let go with the subscriptions
        for (const cells of allCells) cells.forget();
        return written;
      },
      read: reconState.read,
    },
    async *finish(state, _share, facts) {
      const share = finishing.get(state) ?? reconFinish(state, await runOf(facts));
      finishing.delete(state);
      yield* share.end(state.items);
    },
    ordered: true,
    order: (a, b) => RANK[a.kind] - RANK[b.kind] || keyOf(a) - keyOf(b),
  };
}
