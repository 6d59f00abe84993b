import type { CsvRow } from './scan/csvScan.ts';

/**
 * One record of an input file as the engine's scan hands it over: a CSV row (its cells decoded
 * only when asked for, valid only during the call), a row whose quotes never close (its first
 * line's text: a row the command reports unread), or one line of a JSON-lines file as text.
 */
export type EngineRecord =
  | { readonly kind: 'csv'; readonly row: CsvRow }
  | { readonly kind: 'unclosed'; readonly text: string }
  | { readonly kind: 'json'; readonly text: string };

/**
 * Where a record is: its file (as given on the command line) and its row in that file, from 1
 * (the header row not counted), and its number across every file of the run, from 1 — what a
 * command's issues name.
 */
export interface RecordPlace {
  /** The file, as its flag gave it (a folder's file by its own path). */
  readonly file: string;
  /** Its data row in that file, from 1. */
  readonly row: number;
  /** Its number across the run's files, in the order they were given, from 1. */
  readonly at: number;
}

/**
 * The share of the keys one state holds: a worker's (its keys' hash modulo the workers) and,
 * past `--memory`, one spill partition of it (the hash's high bits) — what a command finishing
 * against data of its own (the invoices of `tie-out`) keeps of it.
 */
export interface KeyShare {
  /**
   * Whether a key's rows are this state's.
   *
   * @param key - A key, as {@link EngineJob.key} gives it (`undefined`: rows of no group).
   * @returns `true` when its rows all went to this state.
   */
  holds(key: string | undefined): boolean;
}

/** Where a CSV file's rows hold their key ({@link EngineJob.keyCell}). */
export interface KeyCell {
  /** The cell's place in a row, from 0. */
  readonly at: number;
  /**
   * The key a row with this cell's text has.
   *
   * @param text - The cell's text as written; `undefined` when the row is shorter.
   * @returns The row's key (`undefined`: a row of no group).
   */
  key(text: string | undefined): string | undefined;
}

/**
 * How one record becomes a row of the command: `undefined` when the record is no row of it (a
 * blank line), else the row or an issue the command keeps in its state (a row it cannot read is
 * still observed, so its issue comes out in its place).
 */
export type RowReader<Row> = (record: EngineRecord, place: RecordPlace) => Row | undefined;

/**
 * A command the file engine runs (STYLE 14: one engine, each command its own per-group
 * function): how a record becomes a row, the key its group and its shard are told by, and the
 * state of a share of the keys — made, fed a row at a time, merged, finished into results. A
 * state never leaves its thread: rows cross to a worker or a spill file as their bytes, results
 * come back as plain data, and the engine orders them for the command to write.
 *
 * The engine's guarantee: every row of one key is observed by one state, in the files' order;
 * states are merged in any order (`merge` associative and commutative); the
 * results reach `write` sorted by `order` — so the output is byte-identical for any `--workers`
 * and with `--memory`'s spill on or off.
 *
 * @typeParam Row - One row as the command reads it.
 * @typeParam State - What a share of the groups holds (one entry per group, never per row).
 * @typeParam Result - One result a finished state gives (a finding, a share's tie-out), plain data.
 * @typeParam Facts - What the whole input says that every share finishes with ({@link EngineJob.facts}).
 *
 * @example
 * ```ts
 * // a job counting the rows of each InvoiceNumber (the header row's cells read elsewhere)
 * const count: EngineJob<string, Map<string, number>, [string, number]> = {
 *   command: 'count',
 *   flag: '--file',
 *   worker: 'countWorker.js',
 *   header: (names) => (record) => record.kind === 'csv' ? record.row.cell(names.indexOf('InvoiceNumber')) : undefined,
 *   key: (row) => row,
 *   create: () => new Map(),
 *   observe: (state, row) => void state.set(row, (state.get(row) ?? 0) + 1),
 *   merge: (into, from) => { for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n); return into; },
 *   finish: (state) => [...state],
 *   order: (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
 * };
 * count.finish(count.merge(count.create(), new Map([['G1', 2]])), { holds: () => true }, undefined);
 * //=> [['G1', 2]]
 * ```
 *
 * @category Command line
 */
export interface EngineJob<Row, State, Result, Facts = undefined> {
  /** The command, as messages and the run's temporary folder name it (`reconcile`, `tie-out`). */
  readonly command: string;
  /** The flag naming the input, as errors name it (`--file`). */
  readonly flag: string;
  /**
   * The built worker script beside `dist/cli.js` that runs this job in a thread (it calls the
   * engine's worker entry with the job): a file name (`tieOutWorker.js`).
   */
  readonly worker: string;
  /**
   * Whether a file whose first byte that is not blank is `{` holds JSON lines (the usage export's
   * blobs): it has no header row (`header` is called with no names) and each line is a `json`
   * record of its text, keyed, sharded and spilled as a row is. Absent: every file is CSV.
   */
  readonly jsonLines?: boolean;
  /**
   * Whether any state may observe any of the job's rows, in any order — its `merge` associative
   * and commutative, and its `finish` of a state holding any rows of any key a part the command
   * merges itself (usage: each Azure plan's plain state, merged by plan and the plans finished
   * a few at a time against their invoice rows). With it and `--workers` (no spill), the reading thread only inflates the file and
   * hands it on in blocks, each handed, not copied, to the next idle worker, which cuts it into
   * rows and scans, reads and observes them into one state of its own ({@link runEngine}): the
   * rows are scanned where they are read. Absent: each row goes to the worker its key hashes to.
   */
  readonly chunks?: boolean;
  /**
   * How a job of `chunks` on workers finishes in each worker what only that worker holds, instead
   * of sending every group to the reading thread to finish there one after another: once the rows
   * end, each worker says what its state holds (`census`); the reading thread, from every census
   * (the workers' in order, then its own state's), says what each worker's `finish` is given as
   * its facts (`assign`: usage, the Azure plans only that worker holds, with their invoice rows);
   * the workers then finish side by side. Absent: each worker's `finish` is given `undefined`,
   * one worker after another.
   */
  readonly split?: {
    /**
     * What a state holds, said once its rows are read: plain data.
     *
     * @param state - The state, every row of its worker read.
     * @returns Its census.
     */
    census(state: State): unknown;
    /**
     * What each worker's `finish` is given, from every census.
     *
     * @param censuses - Each worker's census in order, then the reading thread's own state's.
     * @returns Each worker's facts, in order (plain data: they cross to the workers).
     */
    assign(censuses: readonly unknown[]): Promise<readonly Facts[]>;
  };
  /**
   * Whether a state's results are its own objects, which the command then holds all at once
   * (usage: each Azure plan's state, every plan finished only once every line is read). A state
   * read on the command's own thread is then never larger than what the command holds after it,
   * so it never spills past `--memory` (the budget is the heap's to hold, and a file whose states
   * do not fit stops with the one line of a heap run out); a worker's state still spills, since
   * its results cross to the command as copies. Absent: a state spills past the budget.
   */
  readonly resultsAreState?: boolean;
  /**
   * Reads a CSV file's header row (a JSON-lines file has none, nor an empty file: called with no
   * names), and says how its records become rows.
   *
   * @param names - The header's cells, as written.
   * @param file - The file, for errors.
   * @returns How each record of that file becomes a row.
   * @throws {UsageError} When the header is not the command's file, naming `flag` and the file.
   */
  header(names: readonly string[], file: string): RowReader<Row>;
  /**
   * Where a file's CSV rows hold their key in one cell, so the reading thread, handing rows to
   * workers, reads that cell alone (the scan passes over the cells before it and reads none after
   * it) and the row's worker reads the row: for every row `header`'s reader reads, {@link key}
   * must be {@link KeyCell.key} of that cell's text. Absent, or `undefined` for a file: the reading
   * thread reads each row whole to key it.
   *
   * @param names - The file's header cells, as written.
   * @returns The key's cell, or `undefined`.
   */
  keyCell?(names: readonly string[]): KeyCell | undefined;
  /**
   * The key a row's group and shard are told by (hashed to a worker and a spill partition).
   *
   * @param row - A row read by `header`'s reader.
   * @returns Its key; `undefined` for a row of no group (an unreadable row): the first shard.
   */
  key(row: Row): string | undefined;
  /** A state holding nothing. */
  create(): State;
  /**
   * Adds one row to the state of its key's shard.
   *
   * @param state - The state.
   * @param row - The row.
   * @param place - Where it was read.
   */
  observe(state: State, row: Row, place: RecordPlace): void;
  /**
   * Adds what another state observed (rows of other keys, or of the same keys read later).
   *
   * @param into - The state merged into (may be changed and returned).
   * @param from - The other state (not used after).
   * @returns The merged state.
   */
  merge(into: State, from: State): State;
  /**
   * What the whole input says that each share finishes with, whichever keys it holds (the days a
   * reconciliation file bills: a subscription's charges are expected over all of them): each row
   * seen where it is observed (this thread's share, or a worker's, in its files' order), each
   * worker's facts sent back once the rows end and merged here, and the whole handed to each
   * `items.whole` and `finish` — plain data, it crosses to the workers and back. Absent: `finish`
   * is given `undefined`.
   */
  readonly facts?: {
    /** @returns Nothing seen yet. */
    create(): Facts;
    /**
     * Sees one row, as it is observed (a row of no key too).
     *
     * @param facts - What is seen so far (changed).
     * @param row - The row.
     * @param place - Where it was read.
     */
    see(facts: Facts, row: Row, place: RecordPlace): void;
    /**
     * Adds what another share saw: associative and commutative, so the shares' facts merged in
     * any order are one thread's that saw every row.
     *
     * @param into - What this share saw (may be changed and returned).
     * @param from - What another saw (not used after).
     * @returns Both.
     */
    merge(into: Facts, from: Facts): Facts;
  };
  /**
   * The items of a list beside the rows (REC-3: the resources of `--subscriptions`), each the
   * same key's as the rows of its top-level `id`: after every row, each item goes, as its text,
   * to the share its key hashes to — its worker, its spill partition — and is observed there in
   * the list's order. An item of no key (no `id` it can tell) is observed in the reading thread,
   * in its place. Absent: the run's items, if any, are not read.
   */
  readonly items?: {
    /**
     * The key of an item whose `id` the engine cannot read for certain from its text (an escape, a
     * character past ASCII): read by parsing it, in the reading thread.
     *
     * @param text - The item's text.
     * @param place - Where it is in the list.
     * @returns Its key; `undefined` for an item of no key.
     * @throws {UsageError} When the item is not JSON, naming the flag and the item.
     */
    key(text: string, place: RecordPlace): string | undefined;
    /**
     * Whether the rows of no key are the only item's when the list holds exactly one item with a
     * key (reconcile: a file whose lines name no subscription bills the one resource): the engine
     * reads the list's first two items before the rows and, when it holds one, routes and holds
     * the rows of no key by its key. Absent: they are no item's.
     */
    readonly loose?: boolean;
    /**
     * Adds one item to the state of its key's share (or, of no key, the reading thread's).
     *
     * @param state - The state.
     * @param text - The item's text, as the list writes it.
     * @param place - Where it is in the list (its file, its number there and in the list, from 1).
     * @param only - Whether it is the only item, and the rows of no key its (`loose`): they are
     *   in this state.
     */
    observe(state: State, text: string, place: RecordPlace, only: boolean): void;
    /**
     * Tells a share held in memory that its rows are whole and what the whole input says, before
     * its first item (the reading thread sends the facts to every share, this thread's or a
     * worker's, once the rows end): from then on `observe` may finish each item as it comes and
     * keep only its results, not its text. A share whose rows went to disk past `--memory` is
     * not told (its items wait in its partitions, as without it), nor the reading thread's state
     * of the items of no key; once told, a share is no longer weighed against the limit. Absent:
     * items are only observed, and finished with the state.
     *
     * @param state - The share's state, every row of its keys observed.
     * @param facts - What the whole input says ({@link EngineJob.facts}), every row seen.
     */
    whole?(state: State, facts: Facts): void | Promise<void>;
  };
  /**
   * How a state of groups far smaller than its rows is weighed against `--memory` (reconcile's
   * subscriptions): with it, a share holds its rows' groups in memory while their weight is
   * within the job's limit, whatever the input's bytes, and only past it writes the groups held
   * to their partitions and every later row of a key to its partition's file, each partition read
   * back (its groups, then its rows) into a state of its own. Absent: a share spills every row once
   * the input's bytes a share pass a quarter of the budget, and holds them all below it.
   */
  readonly held?: {
    /**
     * What a state holds, in the job's own count (bytes, as the limit counts them); called after
     * each row observed, so cheap (a counter the state keeps).
     *
     * @param state - The state.
     * @returns Its weight.
     */
    weight(state: State): number;
    /**
     * The weight one share's state may reach before it goes to disk.
     *
     * @param memory - `--memory`, in bytes.
     * @param shares - How many shares hold the keys (the workers, or one).
     * @returns The limit, in the units of `weight`.
     */
    limit(memory: number, shares: number): number;
    /**
     * The state's groups, one plain value (JSON data: no `bigint`, no `undefined` in arrays) at a
     * time, each with the partition of its key.
     *
     * @param state - The state (not used after).
     * @param partitionOf - The partition of a key (`undefined`: rows of no group, the first).
     * @returns Each group as plain data, with its partition.
     */
    write(
      state: State,
      partitionOf: (key: string | undefined) => number,
    ): Iterable<readonly [partition: number, plain: unknown]>;
    /**
     * A state holding one group `write` gave, read back as JSON.
     *
     * @param plain - The group, as parsed.
     * @returns A state holding it, to be merged with the partition's others.
     */
    read(plain: unknown): State;
  };
  /**
   * The results of a state whose every group is whole (each key's rows all observed).
   *
   * @param state - The state.
   * @param share - The keys it holds (every key on one thread without a spill; with `chunks`
   *   and workers, every key: a state may then hold only some of a key's rows).
   * @param facts - What the whole input says ({@link EngineJob.facts}), every row seen.
   * @returns Its results, in any order unless {@link EngineJob.ordered}: plain data (they cross a
   *   worker's boundary by structured clone and, past `--memory`, wait on disk as JSON) — an
   *   array, or an async iterable for a finish that streams them (one result a group, too many
   *   to hold: the engine hands them on in batches).
   */
  finish(state: State, share: KeyShare, facts: Facts): readonly Result[] | AsyncIterable<Result>;
  /**
   * The buffers a worker's result hands over rather than copies when it crosses to the reading
   * thread (its `ArrayBuffer`s, each of its own, the result not used after it is sent): usage's
   * finished plans' items, tens of megabytes of UTF-8. Absent: every result is copied.
   *
   * @param result - A result a worker's `finish` gave.
   * @returns Its buffers to transfer.
   */
  transfer?(result: Result): readonly ArrayBuffer[];
  /**
   * Whether a streaming `finish`'s results are handed on one at a time as they come, in any order
   * (the command puts them together in any order): a worker then never holds them all (usage's
   * plans finished in a worker, their items a few megabytes at a time). Absent: as `ordered` says.
   */
  readonly streams?: boolean;
  /**
   * Whether a streaming `finish` gives its results in `order` already: a run of one state then
   * hands each to the command as it comes (`runEngine`'s `each`), holding none. Absent: any order.
   */
  readonly ordered?: boolean;
  /**
   * The output's one order, whatever the shards: a total order on results.
   *
   * @returns Negative when `a` comes first, positive when `b` does, 0 for the same result.
   */
  order(a: Result, b: Result): number;
}
