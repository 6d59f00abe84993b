import { columnIndex } from '../../kernel/columnIndex.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import { type DayBounds, fileDays } from '../../reconciliation/_internal/fileDays.ts';
import { idCellHash } from '../../reconciliation/_internal/idCellHash.ts';
import { batchBuffers } from '../engine/scan/batchBuffers.ts';
import type { CsvRow } from '../engine/scan/csvScan.ts';
import type { FileText } from '../engine/scan/fileText.ts';
import type { ProgressBar } from '../engine/scan/progressBar.ts';
import { type ScanSink, scanFiles } from '../engine/scan/scanFiles.ts';
import { shardOf } from '../engine/shard/shardOf.ts';
import { IN_FLIGHT, workerThreads } from '../engine/shard/workerThreads.ts';
import { heldLimit, threadHeap } from '../reconcileHeap.ts';
import { UsageError } from '../UsageError.ts';
import type { PriceChoice } from './priceChoice.ts';
import { headerReader, NO_HEADER, unclosedIssue } from './readReconFile.ts';
import type { JobResult } from './reconcileJob.ts';
import { stoppedEarly, type WorkerContext } from './shardPool.ts';
import type { SpilledResource } from './spill.ts';

/**
 * How many bytes of rows, or of resources' texts, go to a worker in one message: every batch's
 * buffer is this size (but one for a row or item longer), so a buffer a worker hands back serves
 * the next batch of either kind.
 */
const BATCH_BYTES = 1 << 20;
/** How many bytes of rows go to a worker in one message. */
const ROWS_BYTES = BATCH_BYTES;
/** How many resources go to a worker in one message. */
const ITEMS = 256;
/** How many bytes of resources' texts go to a worker in one message. */
const TEXT_BYTES = BATCH_BYTES;
const OPEN_ARRAY = 91;
const COMMA = 44;
const CLOSE_ARRAY = 93;
const LF = 10;

/** What a worker that reads its own share of the file is started with. */
export interface ShardData {
  /** Its index, from 0: the worker the rows' `SubscriptionId` hash to ({@link shardOf}). */
  readonly shard: number;
  /** How many workers share the file. */
  readonly workers: number;
  /** Whether each subscription's `UnitPrice` is kept (without `--prices`). */
  readonly withPrices: boolean;
  /** The bytes this worker's groups may take before they go to disk (`heldLimit` of `--memory`). */
  readonly memory: number | undefined;
  /** How many partitions its spill has, past that share. */
  readonly partitions: number | undefined;
  /** `--prices` and `--market`/`--segment`: read again by the worker. */
  readonly prices: { readonly path: string; readonly choice: PriceChoice } | undefined;
}

/** A worker's start, when it reads its own share of the file. */
export interface ShardWorkerData extends WorkerContext {
  /** Which share. */
  readonly shard: ShardData;
}

/** What the reader says to a worker that reads its own share, in this order. */
export type ToShard =
  | { readonly header: readonly string[] }
  | {
      /** Rows as the file writes them, one after another, each ending in a line feed. */
      readonly rows: Uint8Array;
      /** Each row's number among the file's data rows, in the same order (exact past 2³²). */
      readonly numbers: Float64Array;
    }
  | { readonly fileEnd: true }
  | { readonly start: { readonly window: FileWindow | undefined; readonly unique: boolean } }
  | { readonly items: readonly SpilledResource[] }
  | { readonly texts: ItemTexts }
  | { readonly end: { readonly looseTo: number | undefined } };

/**
 * Resources handed to a worker as their texts, for it to parse: each item's bytes as read from
 * `--subscriptions`, together one JSON array (`[`, the items with a comma between, `]`).
 */
export interface ItemTexts {
  /** The array's bytes (UTF-8). */
  readonly bytes: Uint8Array;
  /** Where each item's bytes end in `bytes`: each starts just past the `[` or comma before it. */
  readonly ends: Uint32Array;
  /** Each item's place among the items of `--subscriptions`: where its findings go. */
  readonly places: Float64Array;
}

/** An item of `--subscriptions` a worker was handed as text and `JSON.parse` refuses. */
export interface UnreadableItem {
  /** Its place among the items. */
  readonly place: number;
  /** What `JSON.parse` says of the item's text alone. */
  readonly why: string;
}

/** What a worker that reads its own share answers. */
export type FromShard =
  | {
      /** A message of rows or resources taken: the reader may send one more. */
      readonly ack: true;
      /**
       * The buffer of the rows or texts it was handed, handed back (transferred) for the reader's
       * next batch, the worker keeping nothing of it; absent for resources sent parsed.
       */
      readonly spare?: ArrayBuffer | undefined;
    }
  | {
      readonly read: {
        readonly issues: readonly FileRowIssue[];
        readonly bounds: DayBounds | undefined;
        readonly subscriptions: number;
        readonly spilled: boolean;
      };
    }
  | {
      readonly results: readonly { readonly result: JobResult; readonly key: number }[];
      readonly quiet: QuietResults;
    }
  | { readonly unreadable: UnreadableItem }
  | { readonly done: { readonly compared: number } }
  | { readonly failure: string; readonly stack?: string | undefined };

/**
 * The results that found nothing, counted instead of sent: a subscription that matched has no
 * finding, note or difference, and its labels, comparison and key say nothing to the output.
 */
export interface QuietResults {
  /** How many. */
  results: number;
  /** Their groups matched. */
  matched: number;
  /** Of those, the groups with notes. */
  noted: number;
  /** Their groups left uncompared. */
  unverified: number;
  /** Their refused changes. */
  refused: number;
  /** How many could not be replayed in full. */
  problems: number;
}

/**
 * Whether a result says nothing to the output but its counts ({@link QuietResults}).
 *
 * @param result - The result.
 * @returns Whether it is quiet.
 */
export function quiet(result: JobResult): boolean {
  const { comparison } = result;
  return (
    result.findings.length === 0 &&
    result.notes.length === 0 &&
    comparison.different.length === 0 &&
    comparison.missing.length === 0 &&
    comparison.unexpected.length === 0
  );
}

/** What the reader learnt of the whole file while splitting it. */
export interface ShardedFile {
  /** The rows that could not be read, in the file's order. */
  readonly issues: FileRowIssue[];
  /** How many data rows the file has. */
  readonly lines: number;
  /** The columns not read, each once. */
  readonly otherColumns: readonly string[];
  /** Whether the file has lines without `SubscriptionId`. */
  readonly loose: boolean;
  /** The file's days, from every worker's share. */
  readonly window: FileWindow | undefined;
  /** About how many subscriptions the file bills. */
  readonly subscriptions: number;
  /** Whether any worker's groups passed its share of the budget and went to disk. */
  readonly spilled: boolean;
}

/** The workers of a run that each read their own share of the file. */
export interface ShardWorkers {
  /** Splits the file's rows among the workers, each grouping its own; resolves once all have. */
  read(text: FileText, bar: ProgressBar): Promise<ShardedFile>;
  /** Starts the workers' reconciling, over `window`. */
  start(window: FileWindow | undefined, unique: boolean): void;
  /** Hands a resource to the worker its id hashes to; resolves when the next may be handed. */
  item(resource: SpilledResource): Promise<void>;
  /**
   * Hands a resource's text to the worker its id hashes to, which parses it (its id read from the
   * text without parsing it); a promise when the next must wait.
   */
  itemText(id: string, text: Uint8Array, place: number): Promise<void> | undefined;
  /**
   * Hands over the resources still waiting; resolves once every worker took all it was handed,
   * with the first item (by place) a worker could not parse, if any.
   */
  drain(): Promise<UnreadableItem | undefined>;
  /**
   * Tells the workers the resources have ended, and which one took the lines without
   * `SubscriptionId`; resolves with how many subscriptions they compared, once every result came.
   */
  finish(looseTo: number | undefined): Promise<number>;
  /** Stops the workers at once. */
  stop(): void;
}

/**
 * Workers that each read their own share of the reconciliation file (REC-3, `--workers`): the
 * reader (the caller's thread) only splits — of each row it reads the `SubscriptionId` cell
 * alone (the cells before it passed over, the row's end found past it with `Buffer.indexOf`),
 * hashes it from its bytes ({@link shardOf}'s hash) and appends the row's bytes to that worker's
 * batch, its number aside (consecutive rows of one worker copied at once); a row without a `SubscriptionId` goes to every worker (whose it is is known only
 * once the resources are read: the only resource's, else the lines' own). Each worker groups its
 * rows (spilling past its share of the budget), answers with its rows' issues and days, which
 * the reader adds up into the file's; then each resource goes to the worker its id hashes to, and
 * each worker reconciles its subscriptions and answers with their results, each with its key in
 * the output. A batch's buffer, of rows or of resources' texts, is transferred to its worker, which
 * hands it back once read, for a later batch ({@link batchBuffers}). A worker that stops before it
 * is done fails the run with an Error naming it.
 *
 * @param script - The built worker script.
 * @param workers - How many workers (≥ 2).
 * @param context - What every subscription is reconciled with (its window set at the start).
 * @param data - What each worker reads with.
 * @param onResult - Takes each result with its key and the worker that made it, as they come.
 * @param onQuiet - Takes the counts of the results that found nothing, as they come.
 * @returns The workers, started.
 */
export function shardWorkers(
  script: URL,
  workers: number,
  context: WorkerContext,
  data: Omit<ShardData, 'shard' | 'workers'>,
  onResult: (result: JobResult, key: number, stream: number) => void,
  onQuiet: (results: QuietResults) => void,
): ShardWorkers {
  const reads: (Extract<FromShard, { read: unknown }>['read'] | undefined)[] = Array.from(
    { length: workers },
    () => undefined,
  );
  const compared: (number | undefined)[] = reads.map(() => undefined);
  // every buffer in flight comes back once: as many as may be in flight, and one a worker filling
  const buffers = batchBuffers(BATCH_BYTES, workers * (IN_FLIGHT + 1));
  /** The first item a worker could not parse. */
  let unreadable: UnreadableItem | undefined;
  const threads = workerThreads<FromShard>(script, {
    count: workers,
    workerData: (shard) =>
      ({
        ...context,
        shard: {
          ...data,
          shard,
          workers,
          memory: data.memory === undefined ? undefined : heldLimit(data.memory, workers),
        },
      }) satisfies ShardWorkerData,
    // each worker's heap, as the command's relaunch bounds every thread (when it did not, this does)
    resourceLimits:
      data.memory === undefined
        ? undefined
        : { maxOldGenerationSizeMb: threadHeap(data.memory, workers) },
    stopped: (shard, code) => stoppedEarly(shard, workers, code),
    answer(shard, answer) {
      if ('ack' in answer) {
        threads.took(shard);
        if (answer.spare !== undefined) buffers.give(answer.spare);
      } else if ('unreadable' in answer) {
        if (unreadable === undefined || answer.unreadable.place < unreadable.place)
          unreadable = answer.unreadable;
      } else if ('read' in answer) reads[shard] = answer.read;
      else if ('done' in answer) compared[shard] = answer.done.compared;
      else if ('results' in answer) {
        for (const { result, key } of answer.results) onResult(result, key, shard);
        onQuiet(answer.quiet);
      }
    },
  });
  const { until } = threads.waits;
  const inFlight = (shard: number): number => threads.inFlight(shard);
  const roomAll = (): boolean => reads.every((_, shard) => inFlight(shard) < IN_FLIGHT);
  const all = (message: ToShard): void => threads.all(message);
  const pending: SpilledResource[][] = reads.map(() => []);
  /** Each worker's texts waiting: the array's bytes so far, and each item's end and place. */
  const texts = reads.map(() => ({
    bytes: buffers.take(TEXT_BYTES),
    used: 0,
    ends: [] as number[],
    places: [] as number[],
  }));
  const postTexts = (shard: number): void => {
    const batch = texts[shard];
    if (batch === undefined || batch.ends.length === 0) return;
    const { bytes, used, ends, places } = batch;
    bytes[used] = CLOSE_ARRAY;
    const message = {
      bytes: new Uint8Array(bytes.buffer, 0, used + 1),
      ends: Uint32Array.from(ends),
      places: Float64Array.from(places),
    };
    batch.bytes = buffers.take(TEXT_BYTES);
    batch.used = 0;
    batch.ends = [];
    batch.places = [];
    threads.post(shard, { texts: message } satisfies ToShard, [
      bytes.buffer as ArrayBuffer,
      message.ends.buffer,
      message.places.buffer,
    ]);
  };
  // a worker takes its resources in their order, texts or parsed: a batch of the one kind goes
  // before the first of the other
  const postItems = (shard: number): void => {
    const batch = pending[shard] ?? [];
    if (batch.length === 0) return;
    pending[shard] = [];
    threads.post(shard, { items: batch } satisfies ToShard);
  };
  const roomIn = (shard: number): Promise<void> | undefined => threads.room(shard);
  const stop = threads.stop;
  return {
    async read(text, bar) {
      let row = 0;
      let idAt: number | undefined;
      let header: readonly string[] | undefined;
      let otherColumns: readonly string[] = [];
      let loose = false;
      const issues: FileRowIssue[] = [];
      const batches = reads.map(() => ({
        bytes: buffers.take(ROWS_BYTES),
        used: 0,
        numbers: [] as number[],
      }));
      const send = (shard: number): void => {
        const batch = batches[shard];
        if (batch === undefined || batch.used === 0) return;
        const { bytes, used, numbers } = batch;
        batch.bytes = buffers.take(ROWS_BYTES);
        batch.used = 0;
        batch.numbers = [];
        const message = {
          rows: new Uint8Array(bytes.buffer, 0, used),
          numbers: Float64Array.from(numbers),
        };
        threads.post(shard, message satisfies ToShard, [
          bytes.buffer as ArrayBuffer,
          message.numbers.buffer,
        ]);
      };
      /** Room for `size` bytes more in a worker's batch: the batch sent first when it is full. */
      const room = (
        shard: number,
        size: number,
      ): { bytes: Buffer; used: number; numbers: number[] } => {
        const batch = batches[shard] as { bytes: Buffer; used: number; numbers: number[] };
        if (batch.used + size > batch.bytes.length) {
          send(shard);
          if (size > batch.bytes.length) batch.bytes = buffers.take(size);
        }
        return batch;
      };
      /**
       * The rows read one after another that go to one worker, not yet copied: consecutive rows
       * of a worker are copied at once, from the bytes the scan reads them in (valid until its
       * next piece: the run is copied before).
       */
      const run = {
        shard: -1,
        bytes: Buffer.alloc(0) as Buffer,
        from: 0,
        to: 0,
        numbers: [] as number[],
      };
      const copyRun = (): void => {
        if (run.shard === -1) return;
        const batch = room(run.shard, run.to - run.from);
        batch.used += run.bytes.copy(batch.bytes, batch.used, run.from, run.to);
        for (const number of run.numbers) batch.numbers.push(number);
        run.shard = -1;
        run.numbers = [];
      };
      /** A row to a worker: added to the run, or a run of its own after the last is copied. */
      const put = (shard: number, number: number, scanned: CsvRow): void => {
        const { bytes } = scanned;
        const from = scanned.rowStart;
        const to = scanned.rowEnd;
        // a last row without a line break is given one
        if (to === from || bytes[to - 1] !== LF) {
          copyRun();
          const batch = room(shard, to - from + 1);
          batch.used += bytes.copy(batch.bytes, batch.used, from, to);
          batch.bytes[batch.used++] = LF;
          batch.numbers.push(number);
          return;
        }
        if (
          run.shard !== shard ||
          run.bytes !== bytes ||
          run.to !== from ||
          to - run.from > ROWS_BYTES
        ) {
          copyRun();
          run.shard = shard;
          run.bytes = bytes;
          run.from = from;
        }
        run.to = to;
        run.numbers.push(number);
      };
      /** The worker a row goes to: its `SubscriptionId` hashed from its bytes; -1 for none. */
      const shardIn = (scanned: CsvRow): number => {
        if (idAt === undefined || idAt >= scanned.length) return -1;
        if (scanned.plain(idAt)) {
          const hash = idCellHash(scanned.bytes, scanned.start(idAt), scanned.end(idAt));
          if (hash !== undefined) return hash === -1 ? -1 : hash % workers;
        }
        const id = scanned.cell(idAt)?.trim();
        return id === undefined || id === '' ? -1 : shardOf(id, workers);
      };
      const sink: ScanSink & { only: number | undefined } = {
        only: undefined,
        header(_, names) {
          if (names.length === 0) throw new UsageError(NO_HEADER);
          header = names;
          const reader = headerReader(header);
          otherColumns = reader.otherColumns;
          // as the line reader finds it: exactly, else in any case, trimmed
          idAt = columnIndex(header)('SubscriptionId');
          // of a row, only its id is read, and where it ends
          sink.only = idAt ?? 0;
          all({ header });
        },
        record(_, record, place) {
          row = place.row;
          if (record.kind === 'unclosed') {
            issues.push(unclosedIssue(row, record.text));
            return;
          }
          if (record.kind !== 'csv') return;
          const scanned = record.row;
          const shard = shardIn(scanned);
          if (shard === -1) {
            loose = true;
            for (let shard = 0; shard < workers; shard++) put(shard, row, scanned);
          } else put(shard, row, scanned);
        },
        piece(_, bytesRead, records) {
          // the scan's bytes are its own again after a piece
          copyRun();
          bar.update(bytesRead, records);
          // the next piece once every worker has room for more
          return roomAll() ? undefined : until(roomAll);
        },
      };
      // the file is open already: the scan reads the text handed over, not a file by name
      await scanFiles([''], '--file', sink, false, () => text);
      copyRun();
      for (let shard = 0; shard < workers; shard++) send(shard);
      all({ fileEnd: true });
      await until(() => reads.every((read) => read !== undefined));
      const days = fileDays();
      let subscriptions = 0;
      let spilled = false;
      for (const read of reads) {
        if (read === undefined) continue;
        spilled ||= read.spilled;
        issues.push(...read.issues);
        if (read.bounds !== undefined) days.add(read.bounds);
        subscriptions += read.subscriptions;
      }
      // each worker's in the file's order, one row's issues in one worker: merged by row
      issues.sort((a, b) => a.row - b.row);
      return {
        issues,
        lines: row,
        otherColumns,
        loose,
        window: days.window(),
        subscriptions,
        spilled,
      };
    },
    start(window, unique) {
      all({ start: { window, unique } });
    },
    async item(resource) {
      const shard = shardOf(resource.id, workers);
      if ((texts[shard]?.ends.length ?? 0) > 0) {
        postTexts(shard);
        await roomIn(shard);
      }
      pending[shard]?.push(resource);
      if ((pending[shard]?.length ?? 0) < ITEMS) return;
      postItems(shard);
      await until(() => inFlight(shard) < IN_FLIGHT);
    },
    itemText(id, text, place) {
      const shard = shardOf(id, workers);
      const batch = texts[shard];
      if (batch === undefined) return undefined;
      let posted = (pending[shard]?.length ?? 0) > 0;
      postItems(shard);
      // the item, the comma or bracket before it and the bracket after it
      const size = text.length + 2;
      if (batch.used + size > batch.bytes.length && batch.ends.length > 0) {
        postTexts(shard);
        posted = true;
      }
      if (size > batch.bytes.length) batch.bytes = buffers.take(size);
      const { bytes } = batch;
      bytes[batch.used++] = batch.ends.length === 0 ? OPEN_ARRAY : COMMA;
      bytes.set(text, batch.used);
      batch.used += text.length;
      batch.ends.push(batch.used);
      batch.places.push(place);
      return posted ? roomIn(shard) : undefined;
    },
    async drain() {
      for (let shard = 0; shard < workers; shard++) {
        postItems(shard);
        postTexts(shard);
      }
      await until(() => reads.every((_, shard) => inFlight(shard) === 0));
      return unreadable;
    },
    async finish(looseTo) {
      for (let shard = 0; shard < workers; shard++) {
        postItems(shard);
        postTexts(shard);
      }
      all({ end: { looseTo } });
      await until(() => compared.every((count) => count !== undefined));
      stop();
      return compared.reduce<number>((sum, count) => sum + (count ?? 0), 0);
    },
    stop,
  };
}
