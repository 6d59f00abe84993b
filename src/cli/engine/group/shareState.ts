import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineJob, EngineRecord, KeyShare, RecordPlace, RowReader } from '../EngineJob.ts';
import type { CsvRow } from '../scan/csvScan.ts';
import { jsonCell } from '../scan/jsonCell.ts';
import { placedRow, readPlacedRows } from '../scan/placedRows.ts';
import { shardOf } from '../shard/shardOf.ts';
import { type RunDir, runDir } from '../spill/runDir.ts';
import { partitionOf } from '../spill/spillPartitions.ts';
import { stateResults } from './stateResults.ts';

/** The bytes a share buffers in all before it writes them to their partitions' files. */
const BUFFERED = 8 << 20;

/** Which share of the keys a state holds: its worker's, of how many. */
export interface Shard {
  /** The worker, from 0. */
  readonly index: number;
  /** How many workers. */
  readonly of: number;
}

/** The rows of one worker's keys, grouped in memory, or past the budget, on disk. */
export interface ShareState<Result, Facts> {
  /** A file's header: how its records become rows, checked by the command. */
  header(file: number, names: readonly string[]): void;
  /** One record of a file whose header came, in the files' order. */
  observe(file: number, record: EngineRecord, place: RecordPlace): void;
  /**
   * Every group finished: its results handed over batch by batch, partition after partition past
   * the budget ({@link stateResults}).
   *
   * @param facts - What the whole input says, every row seen.
   * @param give - Takes each batch, and whether it is in the job's order.
   */
  finish(facts: Facts, give: (results: Result[], sorted: boolean) => void): Promise<void>;
  /** Whether rows went to disk. */
  readonly spilled: boolean;
}

/** Buffered appends to a run folder's partition files. */
function partitionFiles(dir: RunDir): {
  add(partition: number, bytes: Buffer): void;
  flush(): void;
  path(partition: number): string;
} {
  const pending = new Map<number, Buffer[]>();
  let buffered = 0;
  const path = (partition: number): string => join(dir.dir, `rows-${partition}.csv`);
  const flush = (): void => {
    for (const [partition, pieces] of pending) {
      const fd = openSync(path(partition), 'a');
      writeSync(fd, Buffer.concat(pieces));
      closeSync(fd);
    }
    pending.clear();
    buffered = 0;
  };
  return {
    add(partition, bytes) {
      const pieces = pending.get(partition) ?? [];
      pieces.push(bytes);
      pending.set(partition, pieces);
      buffered += bytes.length;
      if (buffered > BUFFERED) flush();
    },
    flush,
    path,
  };
}

/**
 * The engine's group and spill steps for one worker's share of the keys (REC-3, `--memory`):
 * without `partitions`, each row is observed into one state at once; with them (the run passed
 * its budget), each row goes unread to its key's partition file ({@link partitionOf}) in the
 * run's own folder ({@link runDir}), and at the end each partition is read back into a state of
 * its own and finished, one at a time — every state holds every row of its keys, so the results
 * are the same either way. Results are handed over a batch at a time, never gathered here.
 *
 * @param job - The command.
 * @param files - The run's files, by index.
 * @param shard - The worker's share.
 * @param partitions - How many partitions past the budget; `undefined`: all in memory.
 * @param see - Sees each row as it is observed, when this share reads the input itself (one
 *   thread): the job's facts; a row read back from a partition is not seen again.
 * @returns The share.
 */
export function shareState<Row, State, Result, Facts>(
  job: EngineJob<Row, State, Result, Facts>,
  files: readonly string[],
  shard: Shard,
  partitions: number | undefined,
  see?: (row: Row, place: RecordPlace) => void,
): ShareState<Result, Facts> {
  const readers: RowReader<Row>[] = [];
  // a file of JSON lines (no header): its records cross and spill as one-cell rows of their text
  const json: boolean[] = [];
  const back = (file: number, row: CsvRow): EngineRecord =>
    json[file] === true ? { kind: 'json', text: row.cell(0) ?? '' } : { kind: 'csv', row };
  const ours = (key: string | undefined): boolean => shardOf(key, shard.of) === shard.index;
  const state = job.create();
  const dir = partitions === undefined ? undefined : runDir(job.command);
  const disk = dir === undefined ? undefined : partitionFiles(dir);
  const partOf = (key: string | undefined): number =>
    key === undefined || partitions === undefined ? 0 : partitionOf(key, partitions);
  /** A partition's rows read back into a state of its own, and finished. */
  const partition = async (
    p: number,
    facts: Facts,
    give: (results: Result[], sorted: boolean) => void,
  ): Promise<void> => {
    const own = job.create();
    const path = disk?.path(p) ?? '';
    if (existsSync(path))
      await readPlacedRows(createReadStream(path), files, (row, file, place) => {
        const read = readers[file]?.(back(file, row), place);
        if (read !== undefined) job.observe(own, read, place);
      });
    const share: KeyShare = { holds: (key) => ours(key) && partOf(key) === p };
    await stateResults(job, own, share, facts, give);
  };
  return {
    spilled: disk !== undefined,
    header(file, names) {
      readers[file] = job.header(names, files[file] ?? '');
      json[file] = names.length === 0;
    },
    observe(file, given, place) {
      const record = given.kind === 'csv' ? back(file, given.row) : given;
      const row = readers[file]?.(record, place);
      if (row === undefined) return;
      see?.(row, place);
      if (disk === undefined || record.kind === 'unclosed') job.observe(state, row, place);
      else {
        const raw = record.kind === 'csv' ? record.row.raw() : jsonCell(record.text);
        disk.add(partOf(job.key(row)), placedRow(file, place, raw));
      }
    },
    async finish(facts, give) {
      try {
        if (disk === undefined) {
          await stateResults(job, state, { holds: ours }, facts, give);
          return;
        }
        disk.flush();
        await stateResults(job, state, { holds: () => false }, facts, give);
        for (let p = 0; p < (partitions ?? 0); p++) await partition(p, facts, give);
      } finally {
        dir?.remove();
      }
    },
  };
}
