import type { RecordPlace } from '../EngineJob.ts';
import type { EngineAnswer, EngineMessage, EngineWorkerData } from './engineWorker.ts';
import { IN_FLIGHT, workerThreads } from './workerThreads.ts';

/** The bytes of rows sent to a worker in one message. */
const BATCH = 256 << 10;

/** The engine's workers, as the reader sees them. */
export interface ShardThreads {
  /** A file's header, to every worker. */
  header(file: number, names: readonly string[]): void;
  /** A row's placed bytes, to its worker; resolves when the reader may go on. */
  send(shard: number, bytes: Buffer): Promise<void> | undefined;
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
  const pending: Buffer[][] = Array.from({ length: data.shards }, () => []);
  const sizes = pending.map(() => 0);
  let finished = 0;
  let spilled = false;
  const threads = workerThreads<EngineAnswer>(script, {
    count: data.shards,
    workerData: (shard) => ({ ...data, shard }),
    stopped: (shard, code) =>
      new Error(
        `${command} worker ${shard + 1} of ${data.shards} stopped (exit code ${code}) before it had finished its share`,
      ),
    answer(shard, answer) {
      if (answer.kind === 'took') threads.took(shard);
      else if (answer.kind === 'results') take(shard, answer.results as Result[], answer.sorted);
      else if (answer.kind === 'done') {
        spilled ||= answer.spilled;
        finished++;
      }
    },
  });
  const { waits } = threads;
  /** Each worker's items not sent yet, and their bytes. */
  type Pending = {
    bytes: Buffer[];
    files: number[];
    rows: number[];
    ats: number[];
    keys: (string | undefined)[];
    size: number;
  };
  const none = (): Pending => ({ bytes: [], files: [], rows: [], ats: [], keys: [], size: 0 });
  const items: Pending[] = pending.map(none);
  const postItems = (shard: number): void => {
    const batch = items[shard];
    if (batch === undefined || batch.bytes.length === 0) return;
    items[shard] = none();
    const ends = new Uint32Array(batch.bytes.length);
    let at = 0;
    for (const [i, piece] of batch.bytes.entries()) {
      at += piece.length;
      ends[i] = at;
    }
    threads.post(shard, {
      kind: 'items',
      bytes: Buffer.concat(batch.bytes, at),
      ends,
      files: Uint32Array.from(batch.files),
      rows: Uint32Array.from(batch.rows),
      ats: Uint32Array.from(batch.ats),
      keys: batch.keys,
    } satisfies EngineMessage);
  };
  const post = (shard: number): void => {
    if ((sizes[shard] ?? 0) === 0) return;
    const bytes = Buffer.concat(pending[shard] ?? []);
    pending[shard] = [];
    sizes[shard] = 0;
    threads.post(shard, { kind: 'rows', bytes } satisfies EngineMessage);
  };
  return {
    header(file, names) {
      threads.all({ kind: 'header', file, names } satisfies EngineMessage);
    },
    send(shard, bytes) {
      if (waits.failure !== undefined) throw waits.failure;
      pending[shard]?.push(bytes);
      sizes[shard] = (sizes[shard] ?? 0) + bytes.length;
      if ((sizes[shard] ?? 0) < BATCH) return undefined;
      post(shard);
      return threads.room(shard);
    },
    item(shard, file, place, bytes, key) {
      if (waits.failure !== undefined) throw waits.failure;
      const batch = items[shard];
      if (batch === undefined) return undefined;
      // a view of the list's piece: copied, as the piece goes on
      batch.bytes.push(Buffer.from(bytes));
      batch.files.push(file);
      batch.rows.push(place.row);
      batch.ats.push(place.at);
      batch.keys.push(key);
      batch.size += bytes.length;
      if (batch.size < BATCH) return undefined;
      postItems(shard);
      return threads.room(shard);
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
