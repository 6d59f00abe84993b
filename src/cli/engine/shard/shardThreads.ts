import type { RecordPlace } from '../EngineJob.ts';
import { batchBuffers } from '../scan/batchBuffers.ts';
import { PLACE_BYTES, placeRow } from '../scan/placedRows.ts';
import type { EngineAnswer, EngineMessage, EngineWorkerData } from './engineWorker.ts';
import { IN_FLIGHT, workerThreads } from './workerThreads.ts';

/** The bytes of rows sent to a worker in one message. */
const BATCH = 256 << 10;

/** A batch not begun: no bytes yet. */
const NONE = Buffer.alloc(0);

/** The engine's workers, as the reader sees them. */
export interface ShardThreads {
  /** A file's header, to every worker. */
  header(file: number, names: readonly string[]): void;
  /**
   * A row, to its worker: placed ({@link placeRow}) straight into the worker's batch, sent once
   * the batch is full.
   *
   * @param shard - Its worker.
   * @param file - Its file's index among the run's files.
   * @param place - Where it was read.
   * @param bytes - The bytes it lies in (the scan's: copied), from `from` to `to`.
   * @returns A promise while its worker has no room, so the reader waits.
   */
  send(
    shard: number,
    file: number,
    place: RecordPlace,
    bytes: Buffer,
    from: number,
    to: number,
  ): Promise<void> | undefined;
  /**
   * An item of the list beside the rows, as its bytes, to its worker (after every row): sent in
   * batches as the list writes them, never quoted as a row's cell.
   *
   * @param shard - Its worker.
   * @param file - Its file's index among the run's files.
   * @param place - Where it is in the list.
   * @param bytes - Its bytes (a view: copied).
   * @param key - Its key.
   * @returns A promise while its worker has no room, so the reader waits.
   */
  item(
    shard: number,
    file: number,
    place: RecordPlace,
    bytes: Buffer,
    key: string | undefined,
  ): Promise<void> | undefined;
  /**
   * Asks every worker, after the rows sent so far, what its rows say (`EngineJob.facts`).
   *
   * @returns Each worker's facts, in the workers' order.
   */
  facts(): Promise<unknown[]>;
  /**
   * Tells every worker, after the rows sent so far, that its rows are whole (before its items).
   *
   * @param facts - What the whole input says (`EngineJob.facts`).
   */
  whole(facts: unknown): void;
  /**
   * Tells every worker to finish its share and waits until each has sent its results (to the
   * `take` the workers were started with); then stops them.
   *
   * @param facts - What the whole input says (`EngineJob.facts`), for every share's finish.
   * @returns Whether any worker's rows went to disk.
   */
  finish(facts: unknown): Promise<{ spilled: boolean }>;
  /** Stops the workers at once (a failure elsewhere). */
  stop(): void;
}

/**
 * The engine's shard step (REC-3, `--workers`): one worker thread a share of the keys, started
 * from the command's built worker script; the reader sends each row's bytes to the worker its
 * key hashes to, in batches, waiting while a worker has {@link IN_FLIGHT} batches to read, so
 * memory holds a few batches, never the file. A worker that fails or stops before it is done
 * fails the run with an Error naming it.
 *
 * @param script - The command's built worker script.
 * @param command - The command, in errors.
 * @param data - What every worker starts with (its own `shard` set here).
 * @param take - Takes each batch of a worker's results as it comes, and whether it is in order.
 * @returns The workers, started.
 */
export function shardThreads<Result>(
  script: URL,
  command: string,
  data: Omit<EngineWorkerData, 'shard'>,
  take: (shard: number, results: Result[], sorted: boolean) => void,
): ShardThreads {
  /** Each worker's batch of rows not sent yet: its bytes, and where they end. */
  const batches = Array.from({ length: data.shards }, () => ({ bytes: NONE, used: 0 }));
  // each worker's facts, once asked
  const told: unknown[] = [];
  let answered = 0;
  let finished = 0;
  let spilled = false;
  // the batches' buffers the workers hand back once they read them, for the next batches: at
  // most as many as may be in flight (rows and items), so memory holds those and no more
  const spares = batchBuffers(BATCH, 2 * (IN_FLIGHT + 1) * data.shards);
  const threads = workerThreads<EngineAnswer>(script, {
    count: data.shards,
    resourceLimits: data.heap === undefined ? undefined : { maxOldGenerationSizeMb: data.heap },
    workerData: (shard) => ({ ...data, shard }),
    stopped: (shard, code) =>
      new Error(
        `${command} worker ${shard + 1} of ${data.shards} stopped (exit code ${code}) before it had finished its share`,
      ),
    answer(shard, answer) {
      if (answer.kind === 'took') {
        if (answer.spare !== undefined) spares.give(answer.spare.buffer as ArrayBuffer);
        threads.took(shard);
      } else if (answer.kind === 'results') take(shard, answer.results as Result[], answer.sorted);
      else if (answer.kind === 'facts') {
        told[shard] = answer.facts;
        answered++;
      } else if (answer.kind === 'done') {
        spilled ||= answer.spilled;
        finished++;
      }
    },
  });
  const { waits } = threads;
  /** Each worker's items not sent yet: their bytes one after another, each one's end and place. */
  type Pending = {
    bytes: Buffer;
    used: number;
    ends: number[];
    files: number[];
    rows: number[];
    ats: number[];
    keys: (string | undefined)[];
  };
  const none = (): Pending => ({
    bytes: NONE,
    used: 0,
    ends: [],
    files: [],
    rows: [],
    ats: [],
    keys: [],
  });
  const items: Pending[] = batches.map(none);
  const postItems = (shard: number): void => {
    const batch = items[shard];
    if (batch === undefined || batch.used === 0) return;
    const { bytes, used, ends, files, rows, ats, keys } = batch;
    Object.assign(batch, none());
    const message = {
      kind: 'items',
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, used),
      ends: Uint32Array.from(ends),
      files: Uint32Array.from(files),
      rows: Uint32Array.from(rows),
      ats: Uint32Array.from(ats),
      keys,
    } satisfies EngineMessage;
    // its own memory (a spare or allocUnsafeSlow), handed over, not copied; it comes back
    threads.post(shard, message, [bytes.buffer as ArrayBuffer]);
  };
  const post = (shard: number): void => {
    const batch = batches[shard];
    if (batch === undefined || batch.used === 0) return;
    const { bytes, used } = batch;
    batch.bytes = NONE;
    batch.used = 0;
    // its own memory (a spare or allocUnsafeSlow), handed over, not copied; it comes back
    threads.post(
      shard,
      {
        kind: 'rows',
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, used),
      } satisfies EngineMessage,
      [bytes.buffer as ArrayBuffer],
    );
  };
  /**
   * Makes room in a worker's batch (of rows or of items) for `need` more bytes: a batch without
   * it is sent first, when it holds any (the promise: its worker's room), and the next is a buffer
   * of its own of at least {@link BATCH} bytes, so that it is handed over, not copied.
   */
  const roomIn = (
    batch: { bytes: Buffer; used: number },
    need: number,
    send: () => void,
    shard: number,
  ): Promise<void> | undefined => {
    if (batch.used + need <= batch.bytes.length) return undefined;
    let wait: Promise<void> | undefined;
    if (batch.used > 0) {
      send();
      wait = threads.room(shard);
    }
    batch.bytes = spares.take(need);
    return wait;
  };
  return {
    header(file, names) {
      threads.all({ kind: 'header', file, names } satisfies EngineMessage);
    },
    send(shard, file, place, bytes, from, to) {
      if (waits.failure !== undefined) throw waits.failure;
      const batch = batches[shard];
      if (batch === undefined) return undefined;
      const wait = roomIn(batch, to - from + PLACE_BYTES, () => post(shard), shard);
      batch.used = placeRow(batch.bytes, batch.used, file, place, bytes, from, to);
      return wait;
    },
    item(shard, file, place, bytes, key) {
      if (waits.failure !== undefined) throw waits.failure;
      const batch = items[shard];
      if (batch === undefined) return undefined;
      const wait = roomIn(batch, bytes.length, () => postItems(shard), shard);
      // a view of the list's piece: copied, as the piece goes on
      batch.used += bytes.copy(batch.bytes, batch.used);
      batch.ends.push(batch.used);
      batch.files.push(file);
      batch.rows.push(place.row);
      batch.ats.push(place.at);
      batch.keys.push(key);
      return wait;
    },
    async facts() {
      answered = 0;
      for (let shard = 0; shard < data.shards; shard++) {
        post(shard);
        threads.tell(shard, { kind: 'facts' } satisfies EngineMessage);
      }
      await waits.until(() => answered === data.shards);
      return told.slice();
    },
    whole(facts) {
      for (let shard = 0; shard < data.shards; shard++) {
        post(shard);
        threads.tell(shard, { kind: 'whole', facts } satisfies EngineMessage);
      }
    },
    async finish(facts) {
      for (let shard = 0; shard < data.shards; shard++) {
        post(shard);
        postItems(shard);
        threads.tell(shard, { kind: 'finish', facts } satisfies EngineMessage);
      }
      try {
        await waits.until(() => finished === data.shards);
      } finally {
        threads.stop();
      }
      return { spilled };
    },
    stop: threads.stop,
  };
}
