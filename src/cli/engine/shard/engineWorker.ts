import { parentPort, workerData } from 'node:worker_threads';
import type { EngineJob } from '../EngineJob.ts';
import { type ShareSpill, shareState } from '../group/shareState.ts';
import { blockRows } from '../scan/blockRows.ts';
import { readPlacedRows } from '../scan/placedRows.ts';
import { rangeBytes } from '../scan/rangeBytes.ts';
import type { EnginePort } from './localChannel.ts';
import { readPart } from './readPart.ts';
import type { WorkerHere } from './workerThreads.ts';

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
  /** Each worker's JavaScript heap, in MiB, when the command bounds it apart from its own (`EngineRun.workerHeap`). */
  readonly heap?: number | undefined;
}

/** What the engine sends a worker, in order. */
export type EngineMessage =
  | { readonly kind: 'header'; readonly file: number; readonly names: readonly string[] }
  | { readonly kind: 'rows'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'block';
      /** The file's index. */
      readonly file: number;
      /** The block's place in the run's chain of blocks (the carry it waits for is its). */
      readonly seq: number;
      /** The file's bytes after its header, cut anywhere (the reading thread's blocks), transferred. */
      readonly bytes: Uint8Array;
    }
  | {
      readonly kind: 'range';
      /** The file's index. */
      readonly file: number;
      /** The block's place in the run's chain of blocks, as a `block`'s. */
      readonly seq: number;
      /** Where the block lies in the file (a file not gzip), for the worker to read it itself. */
      readonly offset: number;
      readonly length: number;
    }
  | {
      readonly kind: 'carry';
      /** The block it starts. */
      readonly seq: number;
      /** The bytes the block before left open (a row's start), to be read before the block's. */
      readonly tail: Uint8Array;
      /** The first row's row in its file and number across the files. */
      readonly row: number;
      readonly at: number;
    }
  | {
      readonly kind: 'lines';
      /** The file's index. */
      readonly file: number;
      /** JSON lines' bytes, one after another, undecoded, transferred. */
      readonly bytes: Uint8Array;
      /** Where each line ends in them (the next starts there). */
      readonly ends: Uint32Array;
      /** The first line's row in its file and number across the files. */
      readonly row: number;
      readonly at: number;
    }
  | {
      readonly kind: 'items';
      /** Items of the list beside the rows, their bytes one after another as the list writes them. */
      readonly bytes: Uint8Array;
      /** Where each item ends in them (the next starts there). */
      readonly ends: Uint32Array;
      /** Each item's file (its index in `files`), its number in that file and across the list. */
      readonly files: Uint32Array;
      readonly rows: Uint32Array;
      readonly ats: Uint32Array;
      /** Each item's key. */
      readonly keys: readonly (string | undefined)[];
    }
  | { readonly kind: 'facts' }
  | { readonly kind: 'census' }
  | { readonly kind: 'whole'; readonly facts: unknown }
  | { readonly kind: 'finish'; readonly facts: unknown };

/**
 * What a worker answers: a batch taken, a batch of its share's results (whether in the job's
 * order), its share done, or why it failed.
 */
export type EngineAnswer =
  | {
      readonly kind: 'took';
      /**
       * The buffer of the block or batch taken, handed back (transferred) for the reader's next
       * one once its rows or items are read: nothing here holds a view of it any more.
       */
      readonly spare?: Uint8Array | undefined;
    }
  | {
      readonly kind: 'carried';
      /** The block cut. */
      readonly seq: number;
      /** What it left open: the next block's carry, its first row's row and number. */
      readonly tail: Uint8Array;
      readonly row: number;
      readonly at: number;
      /**
       * The block's own buffer, handed back (transferred) for the reader's next block at once,
       * when its rows were cut from a copy joined to the carry and nothing here holds a view of it.
       */
      readonly spare?: Uint8Array | undefined;
    }
  | { readonly kind: 'results'; readonly results: readonly unknown[]; readonly sorted: boolean }
  | { readonly kind: 'facts'; readonly facts: unknown }
  | { readonly kind: 'census'; readonly census: unknown }
  | { readonly kind: 'done'; readonly spilled: boolean }
  | { readonly kind: 'failure'; readonly failure: string; readonly stack?: string | undefined };

/** Bytes that crossed, as a Buffer over the same memory. */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Says a batch of rows or items was taken, and hands its buffer back (transferred) for the
 * reader's next batch: its rows were read into the share, which keeps no view of their bytes
 * (a row's bytes are valid during its call; what is held or spilled is copied).
 *
 * @param port - The worker's port.
 * @param bytes - The batch's bytes, from byte 0 of a buffer of its own.
 */
export function handBack(port: EnginePort, bytes: Uint8Array): void {
  const whole = bytes.byteOffset === 0 ? bytes.buffer : undefined;
  port.postMessage(
    {
      kind: 'took',
      spare: whole === undefined ? undefined : new Uint8Array(whole),
    } satisfies EngineAnswer,
    whole === undefined ? [] : [whole as ArrayBuffer],
  );
}

/** The rows of a batch, as one piece. */
async function* one(bytes: Uint8Array): AsyncGenerator<Buffer> {
  yield bufferOf(bytes);
}

/** What a worker does in turn: the messages but headers, blocks, ranges and carries. */
type Work = Exclude<EngineMessage, { kind: 'header' | 'block' | 'range' | 'carry' }>;

/** A block to cut: its file, and its bytes — sent, or read here from where it lies. */
interface Block {
  readonly file: number;
  readonly bytes: Buffer;
  /** Whether this worker read it from the file (its buffer this worker's, used again). */
  readonly read: boolean;
}

/**
 * The command's worker for the reading thread to run itself as the first of its workers
 * (`EngineRun.here`): {@link runEngineWorker} with the job a worker thread makes, on the port and
 * data the engine starts it with.
 *
 * @param jobOf - Makes the command's job from the run's setup, as its worker script does.
 * @returns The worker, to start on one end of a channel.
 */
export function workerHere<Setup, Row, State, Result, Facts>(
  jobOf: (setup: Setup) => EngineJob<Row, State, Result, Facts>,
): WorkerHere {
  return (port, data) => runEngineWorker(jobOf, port, data as EngineWorkerData);
}

/**
 * A worker thread of the engine (REC-3, `--workers`): its command's job made from the run's
 * setup, the rows of its keys observed as they come (read back from the bytes the engine sent,
 * each with its place) — or, for a job of `chunks`, blocks of a file's bytes cut into rows here
 * behind what the block before left open ({@link blockRows}: the carry it waits for, said on as soon
 * as its own block is cut), scanned and numbered from its first row's place, and JSON lines decoded
 * here — what its rows say (the job's facts) seen as they are observed and sent back once they
 * end, and at the end its share finished with the whole input's facts, its results sent back a
 * batch at a time. A command's worker script is this call with its job; the reading thread may
 * run one itself, on one end of a channel (`EngineRun.here`). A block given by where it lies in
 * its file (a `range`) is read here, into a buffer this worker uses again once the block's rows
 * are read.
 *
 * @param jobOf - Makes the command's job from the run's setup.
 * @param port - Where its messages come from and its answers go: the worker thread's parent port
 *   unless given.
 * @param data - What it is started with: the worker thread's data unless given.
 */
export function runEngineWorker<Setup, Row, State, Result, Facts>(
  jobOf: (setup: Setup) => EngineJob<Row, State, Result, Facts>,
  port: EnginePort | null = parentPort,
  data: EngineWorkerData = workerData as EngineWorkerData,
): void {
  if (port === null) throw new Error('runEngineWorker: not in a worker thread');
  const job = jobOf(data.setup as Setup);
  // chunks of rows of any key: one state of every key, whose results the command merges
  const shard =
    data.chunks === true
      ? { index: 0, of: 1 }
      : { index: data.shard, of: data.shards, loose: data.loose };
  // what this worker's rows say, seen as they are observed, sent back once they end
  const facts = job.facts?.create();
  const seen = job.facts;
  const share = shareState(
    job,
    data.files,
    shard,
    data.spill,
    seen === undefined ? undefined : (row, place) => seen.see(facts as Facts, row, place),
    data.itemsAt,
    data.groupsAt,
  );
  const handle = async (message: Work): Promise<void> => {
    if (message.kind === 'rows') {
      await readPlacedRows(one(message.bytes), data.files, (row, file, place) =>
        share.observe(file, { kind: 'csv', row }, place),
      );
      handBack(port, message.bytes);
    } else if (message.kind === 'lines') {
      const file = data.files[message.file] ?? '';
      const bytes = bufferOf(message.bytes);
      let start = 0;
      for (const [i, end] of message.ends.entries()) {
        const text = bytes.toString('utf8', start, end);
        start = end;
        share.observe(
          message.file,
          { kind: 'json', text },
          { file, row: message.row + i, at: message.at + i },
        );
      }
      port.postMessage({ kind: 'took' } satisfies EngineAnswer);
    } else if (message.kind === 'items') {
      const bytes = bufferOf(message.bytes);
      let start = 0;
      for (const [i, end] of message.ends.entries()) {
        const file = message.files[i] ?? 0;
        const place = {
          file: data.files[file] ?? '',
          row: message.rows[i] ?? 0,
          at: message.ats[i] ?? 0,
        };
        share.item(file, bytes.toString('utf8', start, end), message.keys[i], place);
        start = end;
      }
      handBack(port, message.bytes);
    } else if (message.kind === 'facts')
      port.postMessage({ kind: 'facts', facts } satisfies EngineAnswer);
    else if (message.kind === 'census')
      port.postMessage({ kind: 'census', census: share.census() } satisfies EngineAnswer);
    else if (message.kind === 'whole') await share.whole(message.facts as Facts);
    else if (message.kind === 'finish') {
      const transfer = job.transfer;
      await share.finish(message.facts as Facts, (results, sorted) =>
        port.postMessage(
          { kind: 'results', results, sorted } satisfies EngineAnswer,
          transfer === undefined ? [] : results.flatMap((result) => [...transfer(result)]),
        ),
      );
      port.postMessage({ kind: 'done', spilled: share.spilled } satisfies EngineAnswer);
    }
  };
  const fail = (error: unknown): void => {
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({
      kind: 'failure',
      failure: failure.message,
      stack: failure.stack,
    } satisfies EngineAnswer);
  };
  /** Work in the order it came, one slice a turn of the event loop. */
  const slices: (() => void | Promise<void>)[] = [];
  let running = false;
  const turn = (): void => {
    const slice = slices.shift();
    if (slice === undefined) {
      running = false;
      return;
    }
    Promise.resolve()
      .then(slice)
      .catch(fail)
      .finally(() => setImmediate(turn));
  };
  const later = (slice: () => void | Promise<void>): void => {
    slices.push(slice);
    if (running) return;
    running = true;
    setImmediate(turn);
  };
  /** The buffers of the blocks read here whose rows are read: the next range is read into one. */
  const readBuffers: Buffer[] = [];
  /** Blocks and carries come in any order; a block is cut once both are in. */
  const blocks = new Map<number, Block>();
  const carries = new Map<number, Extract<EngineMessage, { kind: 'carry' }>>();
  const cut = (seq: number): void => {
    const block = blocks.get(seq);
    const carry = carries.get(seq);
    if (block === undefined || carry === undefined) return;
    blocks.delete(seq);
    carries.delete(seq);
    const { parts, records, tail, copied } = blockRows(bufferOf(carry.tail), block.bytes);
    // the next block's worker waits for this: said before any row is read
    const next = new Uint8Array(tail);
    // a block cut from a copy goes back at once; one whose parts are views of it once they are read
    // (a block read here to this worker's own buffers, said taken with nothing handed back)
    const spare = copied && !block.read ? block.bytes : undefined;
    if (copied && block.read) readBuffers.push(block.bytes);
    port.postMessage(
      {
        kind: 'carried',
        seq,
        tail: next,
        row: carry.row + records,
        at: carry.at + records,
        spare,
      } satisfies EngineAnswer,
      spare === undefined ? [next.buffer] : [next.buffer, spare.buffer as ArrayBuffer],
    );
    const file = data.files[block.file] ?? '';
    let row = carry.row;
    let at = carry.at;
    for (const part of parts) {
      const first = { file, row, at };
      const count = part.kind === 'rows' ? part.rows : 1;
      row += count;
      at += count;
      later(() => readPart(share, block.file, part, first));
    }
    // a block not copied goes back once its parts, views of it, are read
    later(() => {
      if (copied) port.postMessage({ kind: 'took' } satisfies EngineAnswer);
      else if (block.read) {
        readBuffers.push(block.bytes);
        port.postMessage({ kind: 'took' } satisfies EngineAnswer);
      } else handBack(port, block.bytes);
    });
  };
  port.on('message', (message: EngineMessage) => {
    try {
      // a file's header before its rows; a block or a carry cut at once, its rows read in turn
      if (message.kind === 'header') share.header(message.file, message.names);
      else if (message.kind === 'block') {
        blocks.set(message.seq, {
          file: message.file,
          bytes: bufferOf(message.bytes),
          read: false,
        });
        cut(message.seq);
      } else if (message.kind === 'range') {
        const path = data.files[message.file] ?? '';
        const bytes = rangeBytes(path, message.offset, message.length, readBuffers.pop());
        blocks.set(message.seq, { file: message.file, bytes, read: true });
        cut(message.seq);
      } else if (message.kind === 'carry') {
        carries.set(message.seq, message);
        cut(message.seq);
      } else later(() => handle(message));
    } catch (error) {
      fail(error);
    }
  });
}
