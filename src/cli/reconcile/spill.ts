import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PriceListRow } from '../../index.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import type { SeenSeats } from '../../reconciliation/_internal/fileSeats.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import { runDir } from '../engine/spill/runDir.ts';
import { PARTITIONS, partitionOf } from '../engine/spill/spillPartitions.ts';
import { plainGroups } from './plainGroups.ts';

/** The bytes a spill holds in all before it writes them to their partitions' files. */
const BUFFERED = 8 << 20;

/** What is kept of one subscription of the file: its groups and what its first lines said. */
export interface HeldSubscription {
  /** Its `SubscriptionId`. */
  readonly id: string;
  /** Its groups, in the order first seen. */
  readonly groups: readonly FileGroup[];
  /** Its customer, invoice and product, from its first line read. */
  readonly labels?: FindingLabels | undefined;
  /** Its `UnitPrice` and `Currency` (the file's own prices). */
  readonly unitPrice?: PriceListRow | undefined;
  /** Its rows that cannot be read. */
  readonly unread?: readonly number[] | undefined;
  /** What its lines have shown of its seats so far. */
  readonly seats?: SeenSeats | undefined;
}

/** A resource of `--subscriptions`, in its partition, with its place among the resources. */
export interface SpilledResource {
  /** Its id. */
  readonly id: string;
  /** The resource, as read. */
  readonly resource: Readonly<Record<string, unknown>>;
  /** Whether the lines without `SubscriptionId` are its (it is the only resource). */
  readonly withLoose: boolean;
  /** Its place among the items of `--subscriptions`: where its findings go in the output. */
  readonly place: number;
}

const NEWLINE = Buffer.from('\n');

/** The groups of a file too large for the memory budget, on disk, partitioned by subscription. */
export interface Spill {
  /** The folder, under the system's temporary folder. */
  readonly dir: string;
  /** How many partitions (`spillPartitions`). */
  readonly partitions: number;
  /** The partition of a subscription, from 0. */
  partitionOf(id: string): number;
  /** Writes subscriptions held in memory to their partitions. */
  writeHeld(partition: number, held: HeldSubscription): void;
  /**
   * Writes a row of the file to its partition as it is, its number before it (`17,` and the row's
   * bytes): once the groups have passed the budget, the rows after go to disk unread and are
   * grouped a partition at a time.
   */
  writeRow(partition: number, row: number, raw: Buffer): void;
  /** The file of a partition's rows, when any was written. */
  rowsFile(partition: number): string | undefined;
  /** Writes a resource to its partition. */
  writeResource(partition: number, resource: SpilledResource): void;
  /** Writes out what is buffered. */
  flush(): void;
  /** The subscriptions of a partition as written, in order (one subscription may come back often). */
  held(partition: number): HeldSubscription[];
  /** The resources of a partition as written, in order. */
  resources(partition: number): SpilledResource[];
  /** Removes the folder and everything in it. */
  remove(): void;
}

/** Lines of JSON appended to a file through a buffer; `add` returns how many characters it took. */
function appender(path: string): { add(text: string): number; flush(): void } {
  let buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length === 0) return;
    const fd = openSync(path, 'a');
    writeSync(fd, buffer.join(''));
    closeSync(fd);
    buffer = [];
  };
  return {
    add(text) {
      buffer.push(text, '\n');
      return text.length + 1;
    },
    flush,
  };
}

/** The lines of a partition's file, each parsed; none when it was never written. */
function lines<T>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * A spill of the reconcile command (REC-3, `--memory`): the run's own folder ({@link runDir}),
 * each partition's subscriptions and resources as lines of JSON (a `bigint` written as digits
 * ending in `n`), removed by {@link Spill.remove} and, whatever ends the process first, by the
 * process's exit. What is buffered is written once it passes 8 MiB in all, whatever the number
 * of partitions.
 *
 * @param partitions - How many partitions (`spillPartitions`).
 * @returns The spill, its folder made.
 */
export function spill(partitions: number = PARTITIONS): Spill {
  const own = runDir('reconcile');
  const { dir } = own;
  const writers = new Map<string, ReturnType<typeof appender>>();
  const writer = (name: string): ReturnType<typeof appender> => {
    let found = writers.get(name);
    if (found === undefined) {
      found = appender(join(dir, name));
      writers.set(name, found);
    }
    return found;
  };
  /** Each partition's rows waiting to be written, and their size. */
  const rows = new Map<number, { pieces: Buffer[]; size: number }>();
  const rowsPath = (partition: number): string => join(dir, `rows-${partition}.csv`);
  const flushRows = (partition: number, pending: { pieces: Buffer[]; size: number }): void => {
    if (pending.size === 0) return;
    const fd = openSync(rowsPath(partition), 'a');
    writeSync(fd, Buffer.concat(pending.pieces, pending.size));
    closeSync(fd);
    pending.pieces = [];
    pending.size = 0;
  };
  /** What is buffered, in bytes (characters for JSON): past {@link BUFFERED}, all is written. */
  let buffered = 0;
  const flush = (): void => {
    for (const found of writers.values()) found.flush();
    for (const [partition, pending] of rows) flushRows(partition, pending);
    buffered = 0;
  };
  const took = (size: number): void => {
    buffered += size;
    if (buffered > BUFFERED) flush();
  };
  return {
    dir,
    partitions,
    partitionOf(id) {
      return partitionOf(id, partitions);
    },
    writeHeld(partition, held) {
      took(
        writer(`groups-${partition}.jsonl`).add(
          JSON.stringify({ ...held, groups: held.groups.map(plainGroups.write) }),
        ),
      );
    },
    writeRow(partition, row, raw) {
      let pending = rows.get(partition);
      if (pending === undefined) {
        pending = { pieces: [], size: 0 };
        rows.set(partition, pending);
      }
      const head = Buffer.from(`${row},`, 'latin1');
      // a copy: the row's bytes are the reader's, valid only now
      const bytes = Buffer.from(raw);
      pending.pieces.push(head, bytes);
      let size = head.length + bytes.length;
      if (raw.length === 0 || raw[raw.length - 1] !== 10) {
        pending.pieces.push(NEWLINE);
        size += 1;
      }
      pending.size += size;
      took(size);
    },
    rowsFile(partition) {
      const pending = rows.get(partition);
      if (pending === undefined) return undefined;
      flushRows(partition, pending);
      return rowsPath(partition);
    },
    writeResource(partition, resource) {
      took(writer(`resources-${partition}.jsonl`).add(JSON.stringify(resource)));
    },
    flush,
    held(partition) {
      flush();
      return lines<HeldSubscription>(join(dir, `groups-${partition}.jsonl`)).map((held) => ({
        ...held,
        groups: held.groups.map(plainGroups.read),
      }));
    },
    resources(partition) {
      flush();
      return lines(join(dir, `resources-${partition}.jsonl`));
    },
    remove: own.remove,
  };
}
