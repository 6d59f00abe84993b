import { parentPort, workerData } from 'node:worker_threads';
import type { EngineJob } from '../EngineJob.ts';
import { type ShareSpill, shareState } from '../group/shareState.ts';
import { csvScan } from '../scan/csvScan.ts';
import { readPlacedRows } from '../scan/placedRows.ts';

/** What a worker of the engine is started with. */
export interface EngineWorkerData {
  /** What the command makes its job from (plain data). */
  readonly setup: unknown;
  /** The run's files, by index: its rows', then its items' (`EngineJob.items`) from `itemsAt`. */
  readonly files: readonly string[];
  /** Where the items' files start in `files` (absent: none). */
  readonly itemsAt?: number | undefined;
  /** The index in `files` whose rows are groups made elsewhere (`EngineRun.groups`; absent: none). */
  readonly groupsAt?: number | undefined;
  /** The key the rows of no key are routed by: the only item's (`EngineJob.items`' `loose`). */
  readonly loose?: string | undefined;
  /** This worker, from 0. */
  readonly shard: number;
  /** How many workers. */
  readonly shards: number;
  /** How the worker's share goes to disk past the budget; `undefined`: all in memory. */
  readonly spill: ShareSpill | undefined;
  /** Whether the worker takes chunks of rows of any key (a job's `chunks`): one state of every key. */
  readonly chunks?: boolean | undefined;
}

/** What the engine sends a worker, in order. */
export type EngineMessage =
  | { readonly kind: 'header'; readonly file: number; readonly names: readonly string[] }
  | { readonly kind: 'rows'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'chunk';
      /** The file's index. */
      readonly file: number;
      /** Whole rows of the file as it writes them (the engine's row cut), transferred. */
      readonly bytes: Uint8Array;
      /** The first row's row in its file and number across the files. */
      readonly row: number;
      readonly at: number;
      /** How many rows the bytes hold. */
      readonly rows: number;
    }
  | { readonly kind: 'finish'; readonly facts: unknown };

/**
 * What a worker answers: a batch taken, a batch of its share's results (whether in the job's
 * order), its share done, or why it failed.
 */
export type EngineAnswer =
  | { readonly kind: 'took' }
  | { readonly kind: 'results'; readonly results: readonly unknown[]; readonly sorted: boolean }
  | { readonly kind: 'done'; readonly spilled: boolean }
  | { readonly kind: 'failure'; readonly failure: string; readonly stack?: string | undefined };

/** The rows of a batch, as one piece. */
async function* one(bytes: Uint8Array): AsyncGenerator<Buffer> {
  yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A worker thread of the engine (REC-3, `--workers`): its command's job made from the run's
 * setup, the rows of its keys observed as they come (read back from the bytes the engine sent,
 * each with its place) — or, for a job of `chunks`, chunks of whole rows of any key scanned here,
 * numbered from their first row's place — and at the end its share finished with the input's
 * facts the reader saw and sent back a batch at a time. A command's worker
 * script is this call with its job.
 *
 * @param jobOf - Makes the command's job from the run's setup.
 */
export function runEngineWorker<Setup, Row, State, Result, Facts>(
  jobOf: (setup: Setup) => EngineJob<Row, State, Result, Facts>,
): void {
  const port = parentPort;
  if (port === null) throw new Error('runEngineWorker: not in a worker thread');
  const data = workerData as EngineWorkerData;
  const job = jobOf(data.setup as Setup);
  // chunks of rows of any key: one state of every key, whose results the command merges
  const shard =
    data.chunks === true
      ? { index: 0, of: 1 }
      : { index: data.shard, of: data.shards, loose: data.loose };
  const share = shareState(
    job,
    data.files,
    shard,
    data.spill,
    undefined,
    data.itemsAt,
    data.groupsAt,
  );
  let queue = Promise.resolve();
  const handle = async (message: EngineMessage): Promise<void> => {
    if (message.kind === 'header') share.header(message.file, message.names);
    else if (message.kind === 'rows') {
      await readPlacedRows(one(message.bytes), data.files, (row, file, place) =>
        share.observe(file, { kind: 'csv', row }, place),
      );
      port.postMessage({ kind: 'took' } satisfies EngineAnswer);
    } else if (message.kind === 'chunk') {
      const file = data.files[message.file] ?? '';
      let row = message.row;
      let at = message.at;
      await csvScan(one(message.bytes), {
        row: (scanned) =>
          share.observe(
            message.file,
            { kind: 'csv', row: scanned },
            { file, row: row++, at: at++ },
          ),
        unclosed: (text) =>
          share.observe(message.file, { kind: 'unclosed', text }, { file, row: row++, at: at++ }),
        piece() {},
      });
      if (row - message.row !== message.rows)
        throw new Error(
          `a chunk of ${message.rows} rows of ${file} from row ${message.row} scanned as ${row - message.row}`,
        );
      port.postMessage({ kind: 'took' } satisfies EngineAnswer);
    } else {
      await share.finish(message.facts as Facts, (results, sorted) =>
        port.postMessage({ kind: 'results', results, sorted } satisfies EngineAnswer),
      );
      port.postMessage({ kind: 'done', spilled: share.spilled } satisfies EngineAnswer);
    }
  };
  port.on('message', (message: EngineMessage) => {
    queue = queue
      .then(() => handle(message))
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        port.postMessage({
          kind: 'failure',
          failure: failure.message,
          stack: failure.stack,
        } satisfies EngineAnswer);
      });
  });
}
