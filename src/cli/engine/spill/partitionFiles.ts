import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunDir } from './runDir.ts';

/** The bytes a share buffers in all before it writes them to their partitions' files. */
const BUFFERED = 8 << 20;

/** A spill's files of one kind, one a partition, in a run's own folder. */
export interface PartitionFiles {
  /** Appends bytes to a partition's file (buffered). */
  add(partition: number, bytes: Buffer): void;
  /** Writes out what is buffered. */
  flush(): void;
  /** A partition's file (it exists only once something was written to it). */
  path(partition: number): string;
  /** The lines of a partition's file as JSON, parsed, in the order written; none when never written. */
  lines(partition: number): AsyncIterable<unknown>;
}

/** The lines of a file, each parsed as JSON; none when there is no file. */
async function* jsonLines(path: string): AsyncGenerator<unknown> {
  if (!existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line);
}

/**
 * The engine's spill files (REC-3, `--memory`): bytes appended to one file a partition
 * (`<kind>-<partition>.csv` in the run's own folder), buffered until {@link BUFFERED} bytes wait
 * in all, so a spill writes in large pieces whatever the partitions.
 *
 * @param dir - The run's own folder.
 * @param kind - What the files hold (`rows`, `held`): their names.
 * @returns The files.
 */
export function partitionFiles(dir: RunDir, kind: string): PartitionFiles {
  const pending = new Map<number, Buffer[]>();
  let buffered = 0;
  const path = (partition: number): string => join(dir.dir, `${kind}-${partition}.csv`);
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
    lines: (partition) => jsonLines(path(partition)),
  };
}
