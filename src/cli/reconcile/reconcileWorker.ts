import { parentPort, workerData } from 'node:worker_threads';
import { wholeRows } from '../engine/scan/wholeRows.ts';
import { localeOf } from '../localeOf.ts';
import { parseItemTexts } from './parseItemTexts.ts';
import { readPriceList } from './priceList.ts';
import { type ReconFile, reconRows } from './readReconFile.ts';
import {
  type JobContext,
  type JobResult,
  type ReconcileJob,
  reconcileJob,
} from './reconcileJob.ts';
import { reconcileShard } from './reconcileShard.ts';
import type { WorkerAnswer, WorkerContext } from './shardPool.ts';
import {
  type FromShard,
  type QuietResults,
  quiet,
  type ShardData,
  type ToShard,
} from './shardWorkers.ts';
import type { SpilledResource } from './spill.ts';

/** How many results go back to the reader in one message. */
const RESULTS = 256;
/** How many results that found nothing are counted before the counts go back. */
const QUIET = 4096;

/**
 * A worker thread of `reconcile --workers N` (REC-3), built as dist/reconcileWorker.js beside the
 * CLI. Started with a share of the file ({@link ShardData}), it groups the rows the reader hands
 * it, answers with their issues and days, then reconciles the resources handed to it and the
 * subscriptions of its rows left without one, answering with their results and keys (resources
 * come parsed, or as their texts, which it parses, telling the reader of any that is not JSON). Else it
 * reconciles each batch of subscriptions the reader hands it and answers with their results. A
 * failure is answered with its message, and the run exits 3. `SUBSCRIPTION_RULES_WORKER_EXIT`
 * (tests only) makes it stop with that exit code on its first message, as a worker killed mid-run
 * would.
 */
const data = workerData as WorkerContext & { readonly shard?: ShardData };
const context: JobContext = {
  ...data,
  options: data.locale === undefined ? {} : localeOf({ locale: data.locale }),
};
const port = parentPort;

/** The reader's messages, one at a time, as they come. */
const inbox: ToShard[] = [];
let waiting: (() => void) | undefined;
const next = async (): Promise<ToShard> => {
  while (inbox.length === 0)
    await new Promise<void>((resolve) => {
      waiting = resolve;
    });
  return inbox.shift() as ToShard;
};

/** Reconciles this worker's share of the file, as the reader hands it over. */
async function shardRun(
  shard: ShardData,
  say: (answer: FromShard, transfer?: ArrayBuffer) => void,
): Promise<void> {
  const first = await next();
  if (!('header' in first)) throw new Error('reconcile worker: expected the header first');
  const rows = reconRows(
    first.header,
    shard.withPrices,
    shard.memory,
    { looseIssues: shard.shard === 0 },
    shard.partitions,
  );
  let read: ReconFile | undefined;
  try {
    for (let message = await next(); !('fileEnd' in message); message = await next()) {
      if (!('rows' in message)) continue;
      const { buffer, byteOffset, byteLength } = message.rows;
      const { numbers } = message;
      // the rows as the file writes them, each whole: scanned as one piece, numbered in order
      let k = 0;
      await wholeRows(
        (async function* () {
          yield Buffer.from(buffer, byteOffset, byteLength);
        })(),
        (scanned) => rows.row(numbers[k++] as number, scanned),
      );
      if (k !== numbers.length)
        throw new Error(`reconcile worker: ${k} rows read of the ${numbers.length} handed over`);
      // nothing read keeps the rows' bytes past its row: the buffer goes back for the next batch
      say({ ack: true, spare: buffer as ArrayBuffer }, buffer as ArrayBuffer);
    }
    read = rows.end(0);
    say({
      read: {
        issues: read.issues,
        bounds: read.bounds,
        subscriptions: read.subscriptions,
        spilled: read.spill !== undefined,
      },
    });
    const start = await next();
    if (!('start' in start)) throw new Error('reconcile worker: expected the start');
    const { window, unique } = start.start;
    const prices =
      shard.prices === undefined
        ? undefined
        : await readPriceList(shard.prices.path, shard.prices.choice);
    let looseTo: number | undefined;
    async function* items(): AsyncGenerator<readonly SpilledResource[]> {
      let message = await next();
      for (; !('end' in message); message = await next()) {
        /** The texts' buffer, parsed into new strings: handed back with the batch taken. */
        let spare: ArrayBuffer | undefined;
        if ('texts' in message) {
          // texts as read, parsed here; an item that is not JSON is the reader's to tell
          const parsed = parseItemTexts(message.texts);
          spare = message.texts.bytes.buffer as ArrayBuffer;
          for (const unreadable of parsed.unreadable) say({ unreadable });
          yield parsed.resources;
        } else if ('items' in message) yield message.items;
        else continue;
        // taken once reconciled: the reader hands no more than a few batches ahead
        say({ ack: true, spare }, spare);
      }
      looseTo = message.end.looseTo;
    }
    let results: { result: JobResult; key: number }[] = [];
    const none = (): QuietResults => ({
      results: 0,
      matched: 0,
      noted: 0,
      unverified: 0,
      refused: 0,
      problems: 0,
    });
    let counted = none();
    const flush = (): void => {
      if (results.length === 0 && counted.results === 0) return;
      say({ results, quiet: counted });
      results = [];
      counted = none();
    };
    const jobs = { ...context, window };
    const keep = (result: JobResult, key: number): void => {
      if (quiet(result)) {
        counted.results++;
        counted.matched += result.comparison.matched.length;
        for (const match of result.comparison.matched) if (match.notes.length > 0) counted.noted++;
        counted.unverified += result.unverified;
        counted.refused += result.refused;
        if (result.problem) counted.problems++;
        if (counted.results >= QUIET) flush();
        return;
      }
      results.push({ result, key });
      if (results.length >= RESULTS) flush();
    };
    const { compared } = await reconcileShard(
      {
        read,
        window,
        prices,
        context: jobs,
        unique,
        looseHere: () => (looseTo ?? 0) === shard.shard,
      },
      items(),
      {
        submit(job: ReconcileJob, key) {
          keep(reconcileJob(job, jobs), key);
          return undefined;
        },
        settle: keep,
      },
    );
    flush();
    say({ done: { compared } });
  } finally {
    rows.remove();
  }
}

if (data.shard !== undefined) {
  const shard = data.shard;
  const say = (answer: FromShard, transfer?: ArrayBuffer): void =>
    port?.postMessage(answer, transfer === undefined ? [] : [transfer]);
  port?.on('message', (message: ToShard) => {
    const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
    if (exit !== undefined && exit !== '') process.exit(Number(exit));
    inbox.push(message);
    const resolve = waiting;
    waiting = undefined;
    resolve?.();
  });
  shardRun(shard, say).catch((error: unknown) =>
    say(
      error instanceof Error
        ? { failure: error.message, stack: error.stack }
        : { failure: String(error) },
    ),
  );
} else
  port?.on('message', (jobs: readonly ReconcileJob[]) => {
    const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
    if (exit !== undefined && exit !== '') process.exit(Number(exit));
    let answer: WorkerAnswer;
    try {
      answer = { results: jobs.map((job) => reconcileJob(job, context)) };
    } catch (error) {
      answer =
        error instanceof Error
          ? { failure: error.message, stack: error.stack }
          : { failure: String(error) };
    }
    port.postMessage(answer);
  });
