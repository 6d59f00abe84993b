import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PriceListRow } from '../../index.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import type { SeenSeats } from '../../reconciliation/_internal/fileSeats.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';

/** How many partitions the subscriptions are spread over once the groups pass the budget. */
export const PARTITIONS = 64;

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

/** The decimal digits a group may hold as a `bigint`: written as text ending in `n`. */
const BIG = new Set(['subtotalUnits', 'quantityUnits', 'priceUnits', 'units']);

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}

function reviver(key: string, value: unknown): unknown {
  return BIG.has(key) && typeof value === 'string' ? BigInt(value.slice(0, -1)) : value;
}

/** The folders of spills not yet removed: removed by the process's exit whatever ends it. */
const open = new Set<string>();
let hooked = false;

/** Removes every spill folder left, at once (the process is ending). */
function removeAll(): void {
  for (const dir of open) rmSync(dir, { recursive: true, force: true });
  open.clear();
}

/** Removes the folders and ends the process as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.kill(process.pid, signal);
}

/**
 * Makes sure the spill folders go however the process ends: its exit (a failure, `process.exit`)
 * and Ctrl-C or a `kill` (SIGINT, SIGTERM, SIGHUP), after which the signal is raised again so
 * the exit code says it.
 */
function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
}

/** The groups of a file too large for the memory budget, on disk, partitioned by subscription. */
export interface Spill {
  /** The folder, under the system's temporary folder. */
  readonly dir: string;
  /** Writes subscriptions held in memory to their partitions. */
  writeHeld(partition: number, held: HeldSubscription): void;
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

/** Lines of JSON appended to a file through a buffer. */
function appender(path: string): { add(text: string): void; flush(): void } {
  let buffer: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (buffer.length === 0) return;
    const fd = openSync(path, 'a');
    writeSync(fd, buffer.join(''));
    closeSync(fd);
    buffer = [];
    size = 0;
  };
  return {
    add(text) {
      buffer.push(text, '\n');
      size += text.length + 1;
      if (size > 1 << 20) flush();
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
    .map((line) => JSON.parse(line, reviver) as T);
}

/**
 * A spill of the reconcile command (REC-3, `--memory`): a folder of its own under the system's
 * temporary folder (`subscription-rules-reconcile-…`), each partition's subscriptions and
 * resources as lines of JSON (a `bigint` written as digits ending in `n`), removed by
 * {@link Spill.remove} and — whatever ends the process first: a failure, a worker killed, Ctrl-C —
 * by the process's exit.
 *
 * @returns The spill, its folder made.
 */
export function spill(): Spill {
  hook();
  const dir = mkdtempSync(join(tmpdir(), 'subscription-rules-reconcile-'));
  open.add(dir);
  const writers = new Map<string, ReturnType<typeof appender>>();
  const writer = (name: string): ReturnType<typeof appender> => {
    let found = writers.get(name);
    if (found === undefined) {
      found = appender(join(dir, name));
      writers.set(name, found);
    }
    return found;
  };
  const flush = (): void => {
    for (const found of writers.values()) found.flush();
  };
  return {
    dir,
    writeHeld(partition, held) {
      writer(`groups-${partition}.jsonl`).add(JSON.stringify(held, replacer));
    },
    writeResource(partition, resource) {
      writer(`resources-${partition}.jsonl`).add(JSON.stringify(resource));
    },
    flush,
    held(partition) {
      flush();
      return lines(join(dir, `groups-${partition}.jsonl`));
    },
    resources(partition) {
      flush();
      return lines(join(dir, `resources-${partition}.jsonl`));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
      open.delete(dir);
    },
  };
}
