import { createReadStream, existsSync } from 'node:fs';
import type { EngineJob, EngineRecord, KeyShare, RecordPlace, RowReader } from '../EngineJob.ts';
import type { CsvRow } from '../scan/csvScan.ts';
import { jsonCell } from '../scan/jsonCell.ts';
import { placedRow, readPlacedRows } from '../scan/placedRows.ts';
import { itemCells } from '../shard/itemCells.ts';
import { shardOf } from '../shard/shardOf.ts';
import { type PartitionFiles, partitionFiles } from '../spill/partitionFiles.ts';
import { type RunDir, runDir } from '../spill/runDir.ts';
import { partitionOf } from '../spill/spillPartitions.ts';
import { stateResults } from './stateResults.ts';

/** Which share of the keys a state holds: its worker's, of how many. */
export interface Shard {
  /** The worker, from 0. */
  readonly index: number;
  /** How many workers. */
  readonly of: number;
  /**
   * The key the rows of no key are routed and held by: the only item's, when the job's items
   * take them ({@link EngineJob.items}) and the list holds exactly one. Absent: the first share's.
   */
  readonly loose?: string | undefined;
}

/** The rows of one worker's keys, grouped in memory, or past the budget, on disk. */
export interface ShareState<Result, Facts> {
  /** A file's header: how its records become rows, checked by the command. */
  header(file: number, names: readonly string[]): void;
  /**
   * One record of a file whose header came, in the files' order; a row of an items file (from
   * `itemsAt` on) is an item as {@link itemCells} writes it.
   */
  observe(file: number, record: EngineRecord, place: RecordPlace): void;
  /**
   * One group made elsewhere (DuckDB's), in the job's `held` form as JSON text, before any row:
   * merged into the state, or past the budget, to its partition's groups.
   */
  group(text: string, key: string | undefined): void;
  /**
   * The rows are whole: what the whole input says, before the first item — the job's
   * `items.whole`, when the share is held in memory (its items then finished as they come).
   *
   * @param facts - What the whole input says, every row seen.
   */
  whole(facts: Facts): Promise<void>;
  /** One item of the list beside the rows (the job's `items`), after every row, in the list's order. */
  item(file: number, text: string, key: string | undefined, place: RecordPlace): void;
  /**
   * Every group finished: its results handed over batch by batch, partition after partition past
   * the budget ({@link stateResults}).
   *
   * @param facts - What the whole input says, every row seen.
   * @param give - Takes each batch, and whether it is in the job's order.
   */
  finish(facts: Facts, give: (results: Result[], sorted: boolean) => void): Promise<void>;
  /**
   * What the state holds, once every row is read (the job's `split`): its census, when the share
   * is held in memory; `undefined` when the job has no census or its rows went to disk.
   */
  census(): unknown;
  /** Whether rows went to disk. */
  readonly spilled: boolean;
}

/** How a share goes to disk past `--memory`. */
export interface ShareSpill {
  /** How many partitions (`spillPartitions`). */
  readonly partitions: number;
  /**
   * The weight its state may reach before it goes to disk (a job's `held`); `undefined`: every
   * row goes to disk from the first.
   */
  readonly limit: number | undefined;
}

/**
 * The engine's group and spill steps for one worker's share of the keys (REC-3, `--memory`):
 * without `spill`, each row is observed into one state at once; with it and no limit (the run's
 * input passed its budget), each row goes unread to its key's partition file ({@link partitionOf})
 * in the run's own folder ({@link runDir}); with a limit (a job's `held`), rows are observed into
 * the state until its weight passes the limit, then its groups go to their partitions as plain
 * data and every later row to its partition's file. At the end each partition is read back (its
 * groups merged, then its rows observed) into a state of its own and finished, one at a time —
 * every state holds every row of its keys, so the results are the same every way. Results are
 * handed over a batch at a time, never gathered here.
 *
 * @param job - The command.
 * @param files - The run's files, by index.
 * @param shard - The worker's share.
 * @param spill - How it goes to disk past the budget; `undefined`: all in memory.
 * @param see - Sees each row as it is observed, when this share reads the input itself (one
 *   thread): the job's facts; a row read back from a partition is not seen again.
 * @param itemsAt - Where the files of the job's items start in `files` (none: its length).
 * @param groupsAt - The index in `files` whose rows are groups made elsewhere (none: -1).
 * @returns The share.
 */
export function shareState<Row, State, Result, Facts>(
  job: EngineJob<Row, State, Result, Facts>,
  files: readonly string[],
  shard: Shard,
  spill: ShareSpill | undefined,
  see?: (row: Row, place: RecordPlace) => void,
  itemsAt: number = files.length,
  groupsAt = -1,
): ShareState<Result, Facts> {
  const readers: RowReader<Row>[] = [];
  // a file of JSON lines (no header): its records cross and spill as one-cell rows of their text
  const json: boolean[] = [];
  const back = (file: number, row: CsvRow): EngineRecord =>
    json[file] === true ? { kind: 'json', text: row.cell(0) ?? '' } : { kind: 'csv', row };
  // a row of no key is the only item's, when the job's items take such rows
  const keyed = (key: string | undefined): string | undefined => key ?? shard.loose;
  const ours = (key: string | undefined): boolean => shardOf(keyed(key), shard.of) === shard.index;
  let state = job.create();
  // a job's held groups are weighed against the limit; without one, every row spills at once
  const held = spill?.limit === undefined ? undefined : job.held;
  const limit = spill?.limit ?? Number.POSITIVE_INFINITY;
  let dir: RunDir | undefined;
  let disk: { rows: PartitionFiles; held: PartitionFiles } | undefined;
  const toDisk = (): { rows: PartitionFiles; held: PartitionFiles } => {
    dir = runDir(job.command);
    return { rows: partitionFiles(dir, 'rows'), held: partitionFiles(dir, 'held') };
  };
  if (spill !== undefined && held === undefined) disk = toDisk();
  const partOf = (given: string | undefined): number => {
    const key = keyed(given);
    return key === undefined || spill === undefined ? 0 : partitionOf(key, spill.partitions);
  };
  /** Whether an item is the only one, whose the rows of no key are. */
  const only = (key: string | undefined): boolean => key !== undefined && key === shard.loose;
  /** Past its limit: the state's groups to their partitions, the state emptied. */
  const weigh = (): void => {
    if (held === undefined || disk !== undefined || held.weight(state) <= limit) return;
    disk = toDisk();
    for (const [p, plain] of held.write(state, partOf))
      disk.held.add(p, Buffer.from(`${JSON.stringify(plain)}\n`));
    state = job.create();
  };
  // told the rows are whole while held: its items finished as they come, no longer weighed
  let whole = false;
  /** An item: observed while the state is held, else to its key's partition after the rows. */
  const item = (file: number, text: string, key: string | undefined, place: RecordPlace): void => {
    if (disk === undefined) {
      job.items?.observe(state, text, place, only(key));
      if (!whole) weigh();
    } else disk.rows.add(partOf(key), placedRow(file, place, itemCells(text, key)));
  };
  /** A group made elsewhere: merged while the state is held, else to its partition's groups. */
  const group = (text: string, key: string | undefined): void => {
    if (job.held === undefined)
      throw new Error(`${job.command}: groups given to a job without held`);
    if (disk === undefined) {
      state = job.merge(state, job.held.read(JSON.parse(text)));
      weigh();
    } else disk.held.add(partOf(key), Buffer.from(`${text}\n`));
  };
  /** A partition's groups and rows read back into a state of its own, and finished. */
  const partition = async (
    p: number,
    facts: Facts,
    give: (results: Result[], sorted: boolean) => void,
  ): Promise<void> => {
    let own = job.create();
    const form = job.held;
    if (form !== undefined && disk !== undefined)
      for await (const plain of disk.held.lines(p)) own = job.merge(own, form.read(plain));
    const path = disk?.rows.path(p) ?? '';
    if (existsSync(path))
      await readPlacedRows(createReadStream(path), files, (row, file, place) => {
        if (file >= itemsAt) {
          const key = row.cell(1) || undefined;
          return job.items?.observe(own, row.cell(0) ?? '', place, only(key));
        }
        const read = readers[file]?.(back(file, row), place);
        if (read !== undefined) job.observe(own, read, place);
      });
    const share: KeyShare = { holds: (key) => ours(key) && partOf(key) === p };
    await stateResults(job, own, share, facts, give);
  };
  return {
    get spilled() {
      return disk !== undefined;
    },
    header(file, names) {
      readers[file] = job.header(names, files[file] ?? '');
      json[file] = names.length === 0;
    },
    observe(file, given, place) {
      if (file === groupsAt && given.kind === 'csv')
        return group(given.row.cell(0) ?? '', given.row.cell(1) || undefined);
      if (file >= itemsAt && given.kind === 'csv')
        return item(file, given.row.cell(0) ?? '', given.row.cell(1) || undefined, place);
      const record = given.kind === 'csv' ? back(file, given.row) : given;
      const row = readers[file]?.(record, place);
      if (row === undefined) return;
      see?.(row, place);
      if (disk === undefined || record.kind === 'unclosed') {
        job.observe(state, row, place);
        if (held !== undefined) weigh();
      } else {
        const raw = record.kind === 'csv' ? record.row.raw() : jsonCell(record.text);
        disk.rows.add(partOf(job.key(row)), placedRow(file, place, raw));
      }
    },
    async whole(facts) {
      const told = job.items?.whole;
      if (told === undefined || disk !== undefined) return;
      whole = true;
      await told(state, facts);
    },
    item,
    group,
    census: () => (disk === undefined ? job.split?.census(state) : undefined),
    async finish(facts, give) {
      try {
        if (disk === undefined) {
          await stateResults(job, state, { holds: ours }, facts, give);
          return;
        }
        disk.rows.flush();
        disk.held.flush();
        await stateResults(job, state, { holds: () => false }, facts, give);
        for (let p = 0; p < (spill?.partitions ?? 0); p++) await partition(p, facts, give);
      } finally {
        dir?.remove();
      }
    },
  };
}
