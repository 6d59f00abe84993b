import { appendFileSync, closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** How many characters of a run are buffered before they are appended to its file. */
const BUFFERED = 1 << 20;
/**
 * How many bytes of each run the merge reads at a time: a merge of a hundred runs holds about
 * 5 MB of them (each chunk also decoded into its lines), not 20 as at 64 KiB.
 */
const CHUNK = 1 << 14;

/** A command's results kept on disk in sorted runs until they are handed over in its order. */
export interface ResultRuns<Result> {
  /**
   * Keeps one result, from one of the streams that make them (a worker, a spill partition, this
   * thread): each stream's results come in stretches already in the order, whatever the others'.
   *
   * @param result - The result: plain JSON data.
   * @param stream - The stream it comes from (0 unless given).
   */
  add(result: Result, stream?: number): void;
  /**
   * Hands every result kept to `into`, in the order; two the order ties come by their streams
   * (the lower first), one stream's in the order they were kept.
   *
   * @param into - What takes each result.
   */
  merge(into: (result: Result) => void): void;
  /**
   * The results kept, in the order {@link ResultRuns.merge} hands them over, taken one at a time
   * by the caller: none kept after.
   *
   * @returns A reader at the first result.
   */
  read(): MergedRuns<Result>;
}

/** The runs read side by side, one result at a time ({@link ResultRuns.read}). */
export interface MergedRuns<Result> {
  /** The next result in the order; `undefined` once every run is read. */
  head(): Result | undefined;
  /** Moves past the head. */
  next(): void;
  /** Closes the runs' files (also once every run is read). */
  close(): void;
}

/** One run's file read back a line at a time. */
interface RunReader<Result> {
  /** The result at the head; `undefined` once the run is read. */
  head: Result | undefined;
  /** The stream the run was kept from. */
  readonly stream: number;
  /** Moves to the next line. */
  next(): void;
  /** Closes the file. */
  close(): void;
}

function runReader<Result>(path: string, stream: number): RunReader<Result> {
  const fd = openSync(path, 'r');
  const decoder = new StringDecoder('utf8');
  const bytes = Buffer.alloc(CHUNK);
  let lines: string[] = [];
  let at = 0;
  let rest = '';
  let ended = false;
  const reader: RunReader<Result> = {
    head: undefined,
    stream,
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
      reader.head = line === undefined ? undefined : (JSON.parse(line) as Result);
    },
    close() {
      closeSync(fd);
    },
  };
  reader.next();
  return reader;
}

/**
 * The file engine's results past the memory budget (REC-3, `--memory`, STYLE 14): results that
 * come stream by stream — partition after partition, worker by worker — each stream's in the
 * command's order, so every stretch of one stream in that order is a run of its own file (one
 * result a line, as JSON), and {@link ResultRuns.merge} reads the runs side by side and hands the
 * results over in the order — the order of a run held in memory, whatever the partitions or the
 * workers, holding one line of each run, never the results. The files go with the run's folder.
 *
 * @param dir - The run's own folder (`runDir`).
 * @param order - The command's order on results (negative: `a` first).
 * @returns The runs, none yet.
 *
 * @example
 * ```ts
 * const runs = resultRuns<number>(runDir('count').dir, (a, b) => a - b);
 * for (const n of [3, 5, 1, 4]) runs.add(n); // two runs: 3 5, then 1 4
 * const out: number[] = [];
 * runs.merge((n) => out.push(n));
 * out;
 * //=> [1, 3, 4, 5]
 * ```
 */
export function resultRuns<Result>(
  dir: string,
  order: (a: Result, b: Result) => number,
): ResultRuns<Result> {
  /** Each run's file and the stream it was kept from, in the order they were begun. */
  const paths: { path: string; stream: number }[] = [];
  /** Each stream's run being written: its file, its last result, what waits to be appended. */
  const streams = new Map<number, { path: string; last: Result; buffer: string[]; size: number }>();
  const flush = (run: { path: string; buffer: string[]; size: number }): void => {
    if (run.buffer.length === 0) return;
    appendFileSync(run.path, run.buffer.join(''));
    run.buffer = [];
    run.size = 0;
  };
  /** Whether a head comes before the least found so far: by the order, then by its stream. */
  const before = (head: Result, stream: number, least: RunReader<Result>): boolean => {
    const by = order(head, least.head as Result);
    return by < 0 || (by === 0 && stream < least.stream);
  };
  const read = (): MergedRuns<Result> => {
    for (const run of streams.values()) flush(run);
    const readers: RunReader<Result>[] = [];
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      for (const reader of readers) reader.close();
    };
    try {
      for (const { path, stream } of paths) readers.push(runReader<Result>(path, stream));
    } catch (error) {
      close();
      throw error;
    }
    /** The reader whose head comes first; `undefined` once every run is read. */
    let least: RunReader<Result> | undefined;
    const find = (): void => {
      least = undefined;
      for (const reader of readers)
        if (
          reader.head !== undefined &&
          (least?.head === undefined || before(reader.head, reader.stream, least))
        )
          least = reader;
      if (least === undefined) close();
    };
    find();
    return {
      head: () => least?.head,
      next() {
        least?.next();
        find();
      },
      close,
    };
  };
  return {
    add(result, stream = 0) {
      let run = streams.get(stream);
      if (run === undefined || order(result, run.last) < 0) {
        if (run !== undefined) flush(run);
        run = {
          path: join(dir, `results-${paths.length}.jsonl`),
          last: result,
          buffer: [],
          size: 0,
        };
        paths.push({ path: run.path, stream });
        streams.set(stream, run);
      }
      run.last = result;
      const line = `${JSON.stringify(result)}\n`;
      run.buffer.push(line);
      run.size += line.length;
      if (run.size > BUFFERED) flush(run);
    },
    merge(into) {
      const merged = read();
      try {
        for (let result = merged.head(); result !== undefined; result = merged.head()) {
          into(result);
          merged.next();
        }
      } finally {
        merged.close();
      }
    },
    read,
  };
}
