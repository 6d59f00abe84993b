import { appendFileSync, closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Finding } from './Finding.ts';

/** How many characters of a run are buffered before they are appended to its file. */
const BUFFERED = 1 << 20;
/** How many bytes of each run the merge reads at a time. */
const CHUNK = 1 << 16;

/** The findings of a run past the memory budget, kept on disk until they are written in order. */
export interface FindingRuns {
  /**
   * Keeps one finding with its place in the output (its result's key), from one of the streams
   * that make them (a worker, the main thread): each stream's findings come in runs of ascending
   * keys, whatever the others'.
   */
  add(key: number, finding: Finding, stream?: number): void;
  /** Hands every finding kept to `into`, by key; those of one key in the order they were kept. */
  merge(into: (finding: Finding) => void): void;
}

/** One run's file read back a line at a time. */
interface RunReader {
  /** The key of the line at the head, `Infinity` once the run is read. */
  key: number;
  /** The finding at the head. */
  finding: Finding | undefined;
  /** Moves to the next line. */
  next(): void;
  /** Closes the file. */
  close(): void;
}

function runReader(path: string): RunReader {
  const fd = openSync(path, 'r');
  const decoder = new StringDecoder('utf8');
  const bytes = Buffer.alloc(CHUNK);
  let lines: string[] = [];
  let at = 0;
  let rest = '';
  let ended = false;
  const reader: RunReader = {
    key: Number.POSITIVE_INFINITY,
    finding: undefined,
    next() {
      while (at >= lines.length && !ended) {
        const read = readSync(fd, bytes, 0, CHUNK, null);
        if (read === 0) {
          ended = true;
          rest += decoder.end();
          lines = rest === '' ? [] : [rest];
          rest = '';
        } else {
          const text = rest + decoder.write(bytes.subarray(0, read));
          lines = text.split('\n');
          rest = lines.pop() ?? '';
        }
        at = 0;
      }
      const line = lines[at++];
      if (line === undefined) {
        reader.key = Number.POSITIVE_INFINITY;
        reader.finding = undefined;
        return;
      }
      const tab = line.indexOf('\t');
      reader.key = Number(line.slice(0, tab));
      reader.finding = JSON.parse(line.slice(tab + 1)) as Finding;
    },
    close() {
      closeSync(fd);
    },
  };
  reader.next();
  return reader;
}

/**
 * The findings of a run past the memory budget (REC-3, `--memory`) or of workers that each
 * reconcile their own share of the file, in the folder of its spill: they come partition by
 * partition, or worker by worker (each a stream of its own), each partition's in the output's
 * order, so every stretch of one stream's ascending keys is a run of its own file (a line each: the key, a tab, the finding's JSON), and
 * {@link FindingRuns.merge} reads the runs side by side and hands the findings over by key — the
 * order of a run held in memory, whatever the partitions, holding a few lines of each run, never
 * the findings. A subscription that matched has no finding and costs nothing here. The files go
 * with the spill's folder.
 *
 * @param dir - The spill's folder.
 * @returns The runs, none yet.
 */
export function findingRuns(dir: string): FindingRuns {
  const paths: string[] = [];
  /** Each stream's run being written: its file, its last key, what waits to be appended. */
  const streams = new Map<number, { path: string; last: number; buffer: string[]; size: number }>();
  const flush = (run: { path: string; buffer: string[]; size: number }): void => {
    if (run.buffer.length === 0) return;
    appendFileSync(run.path, run.buffer.join(''));
    run.buffer = [];
    run.size = 0;
  };
  return {
    add(key, finding, stream = 0) {
      let run = streams.get(stream);
      if (run === undefined || key < run.last) {
        if (run !== undefined) flush(run);
        run = { path: join(dir, `findings-${paths.length}.jsonl`), last: key, buffer: [], size: 0 };
        paths.push(run.path);
        streams.set(stream, run);
      }
      run.last = key;
      const line = `${key}\t${JSON.stringify(finding)}\n`;
      run.buffer.push(line);
      run.size += line.length;
      if (run.size > BUFFERED) flush(run);
    },
    merge(into) {
      for (const run of streams.values()) flush(run);
      const readers: RunReader[] = [];
      try {
        for (const path of paths) readers.push(runReader(path));
        for (;;) {
          let least: RunReader | undefined;
          for (const reader of readers)
            if (reader.finding !== undefined && (least === undefined || reader.key < least.key))
              least = reader;
          if (least?.finding === undefined) return;
          into(least.finding);
          least.next();
        }
      } finally {
        for (const reader of readers) reader.close();
      }
    },
  };
}
