import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { givenInvoices } from '../../usage/_internal/givenInvoices.ts';
import { readsReconColumn } from '../../usage/_internal/readsReconColumn.ts';
import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { UsageState } from '../../usage/_internal/UsageState.ts';
import type { PartRow } from '../../usage/_internal/usageParts.ts';
import { usageStateJson, usageStateOf } from '../../usage/_internal/usageStateJson.ts';
import { customerSums, USAGE_LISTS } from '../../usage/_internal/usageWhole.ts';
import { runEngine } from '../engine/runEngine.ts';
import { sharesOf } from '../engine/shard/shardOf.ts';
import { workerScript } from '../engine/shard/workerScript.ts';
import { resultRuns } from '../engine/spill/resultRuns.ts';
import { runDir } from '../engine/spill/runDir.ts';
import { type OrderedResults, orderedResults } from '../engine/write/orderedResults.ts';
import { DiskTexts } from './diskTexts.ts';
import { listedFindings, resultOf, type UsageOutcome } from './finishPlans.ts';
import type { PackedList } from './packedTexts.ts';
import { type PlanFinisher, planFinisher, type ReconPlans, reconPlanOf } from './planFinisher.ts';
import { eachSheetRow } from './sheetRows.ts';
import { USAGE_WORKER, type UsageSetup } from './usageJob.ts';
import { type HandOn, type UsagePiece, usagePiecesJob } from './usagePiecesJob.ts';
import type { UsageRead } from './usageStates.ts';

/**
 * One item of `usage --json`'s lists on its way to disk: its list (by place in the output), its
 * order key, its number among every item made (the order of one key's items), and its text.
 */
type ListRow = readonly [list: number, key: string, made: number, item: string];

/** The lists' order: by list, then key, then as made — `partLists`' order, the run in memory's. */
function rowOrder(a: ListRow, b: ListRow): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]);
}

/** The characters of items gathered before they are sorted and go to disk as one run. */
const RUN_CHARACTERS = 1 << 22;

/**
 * How one thread's plans are handed on within a budget: weighed every 8 KiB of the budget's lines
 * (every 65,536 lines from 512 MiB on; every line within 8 KiB), and handed on past an eighth of
 * it — the heap `usage` is given is seven sixteenths of it, and the plans' weight is about the
 * heap they take (the shared 1,000,000-line file's: 127 MB weighed, 135 MB of heap used). With a
 * quarter, that file's plans were never handed on and the run peaked at 261 MiB within 512M; with
 * an eighth, once, at 200 MiB, 1.2 s later (15.2 s against 14.0 s, one core).
 *
 * @param memory - `--memory`, in bytes.
 * @returns How the plans are handed on.
 */
export function handOnFor(memory: number): HandOn {
  return {
    every: Math.min(FLUSH_EVERY, Math.max(1, Math.floor(memory / FLUSH_EVERY_BYTES))),
    bytes: memory * PLANS_SHARE,
  };
}

/** On one thread, the lines between two weighings of the plans held: at most this many. */
const FLUSH_EVERY = 1 << 16;
/** On one thread, a weighing of the plans every this many bytes of the budget's lines. */
const FLUSH_EVERY_BYTES = 1 << 13;
/** On one thread, the share of the budget the plans held may weigh before they go to disk. */
const PLANS_SHARE = 1 / 8;

/** A folder of its own in the run's, for one kind of sorted runs (their files are numbered alike). */
function folder(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

/** A row of the invoice files on its way to disk: its plan, its number among every row, the row. */
type ReconRow = readonly [plan: string, number: number, row: object | null];

/** The invoice rows' order on disk: by plan, then as the files have them. */
function reconOrder(a: ReconRow, b: ReconRow): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

/** The invoice rows gathered before they are sorted and go to disk as one run. */
const RECON_RUN_ROWS = 20_000;

/**
 * The invoice files' rows by Azure plan (USG-4) kept on disk: read one file after another and
 * numbered on from file to file as the run in memory numbers them, sorted by plan a few
 * thousand at a time into runs, and read back merged in the plans' order as the plans are
 * finished — a distributor's month of invoice rows (hundreds of thousands) never held at once.
 *
 * @param invoices - The invoice files.
 * @param dir - The run's own folder.
 * @returns The rows by plan, and how to close their files.
 * @throws UsageError naming `--invoice-file` for a file that cannot be read.
 */
async function reconOnDisk(
  invoices: readonly string[],
  dir: string,
): Promise<ReconPlans & { close(): void }> {
  const runs = resultRuns<ReconRow>(folder(dir, 'invoices'), reconOrder);
  const given = new Set<string | null>();
  let batch: ReconRow[] = [];
  const flush = (): void => {
    for (const invoice of givenInvoices(batch.map(([, , row]) => row))) given.add(invoice);
    // one stream: each sorted batch is a run of its own
    for (const row of batch.sort(reconOrder)) runs.add(row);
    batch = [];
  };
  let number = 0;
  for (const file of invoices)
    await eachSheetRow(file, '--invoice-file', readsReconColumn, (row) => {
      batch.push([reconPlanOf(row), ++number, row]);
      if (batch.length >= RECON_RUN_ROWS) flush();
    });
  flush();
  const merged = runs.read();
  return {
    given,
    next: () => merged.head()?.[0],
    take() {
      const rows: object[] = [];
      const numbers: number[] = [];
      const plan = merged.head()?.[0];
      for (let head = merged.head(); head !== undefined && head[0] === plan; head = merged.head()) {
        rows.push(head[2] as object);
        numbers.push(head[1]);
        merged.next();
      }
      return { rows, numbers };
    },
    close: () => merged.close(),
  };
}

/** What stands in a list for a piece gone to disk. */
const FACTS: UsagePiece = { kind: 'facts', pecSeen: false, products: [] };

/** A piece as plain data: a plan's state held as it is made plain. */
function asPlain(piece: UsagePiece): UsagePiece {
  return piece.kind === 'held'
    ? { kind: 'plan', plan: piece.plan, lines: piece.lines, state: usageStateJson(piece.state) }
    : piece;
}

/**
 * How many shares the engine reads the usage file in ({@link sharesOf}: the workers, when the
 * worker script is built).
 *
 * @param workers - `--workers`.
 * @returns The shares.
 */
export function usageShares(workers: number): number {
  return sharesOf(workerScript(USAGE_WORKER), workers);
}

/** `usage` past `--memory`: what it writes, how many records its files had, and its folder to remove. */
export interface UsagePiecesRun {
  /** The lists (read from the run's folder) and the summary. */
  readonly outcome: UsageOutcome;
  /** Each file's records after its header. */
  readonly records: readonly number[];
  /** How many header rows each file's rows are numbered after. */
  readonly headerRows: number;
  /** Removes the run's folder, once the output is written. */
  close(): void;
}

/**
 * `usage` past `--memory` on the file engine (USG-7, WH-4): the usage file read by the usage job
 * whose shares hand back each Azure plan's state as plain data ({@link usagePiecesJob}) — each
 * spill partition of each worker — with the file's facts first; the engine keeps them on disk
 * and hands them back in the plans' order, and each plan, its pieces merged, is finished as it
 * comes ({@link planFinisher}: the parts of the run held in memory, so the same bytes). The lists'
 * items go to disk as they are made, in sorted runs of a few megabytes, and come back merged in
 * the lists' order into one file the output is written from: the memory held is a part's plans,
 * a run's items and the customers (each summed as its rows come), whatever the file's lines.
 *
 * @param setup - The options and the locale.
 * @param read - The files, their flag, the workers and the budget.
 * @param options - The options, read.
 * @param invoices - The invoice files (`--invoice-file`), when given: their rows read before the
 *   usage file's and kept on disk by plan ({@link reconOnDisk}).
 * @param hand - On one thread, how often the plans held are weighed and past what weight they are
 *   handed on ({@link handOnFor} the budget).
 * @returns The outcome and the records read; its folder removed by `close`.
 * @throws UsageError naming `read.flag` for a file that cannot be read.
 */
export async function usagePieces(
  setup: UsageSetup,
  read: Omit<UsageRead, 'duckdb' | 'memory'> & { readonly memory: number },
  options: UsageOptions,
  invoices: readonly string[] | undefined,
  hand: HandOn = handOnFor(read.memory),
): Promise<UsagePiecesRun> {
  const asked = { ...setup, pieces: true };
  const dir = runDir('usage');
  const texts = new DiskTexts(join(dir.dir, 'lists.bin'));
  let recon: (ReconPlans & { close(): void }) | null = null;
  try {
    // each list's first item in the file, and how many it holds
    const starts = USAGE_LISTS.map(() => 0);
    const counts = USAGE_LISTS.map(() => 0);
    let list = -1;
    const sorted = orderedResults<ListRow>(rowOrder, {
      dir: folder(dir.dir, 'items'),
      each: ([at, , , item]) => {
        if (at !== list) {
          list = at;
          starts[at] = texts.end;
        }
        counts[at] = (counts[at] ?? 0) + 1;
        texts.add(item);
      },
    });
    let run: ListRow[] = [];
    let characters = 0;
    let made = 0;
    // each customer summed as its rows come: one entry a customer, not one a part
    const customers = customerSums();
    const keep = (row: PartRow): void => {
      if (row.section === 'customers') {
        customers.add(row);
        return;
      }
      const at = USAGE_LISTS.indexOf(row.section);
      if (at === -1) throw new Error(`usage: a row of no list, ${row.section}`);
      run.push([at, row.key, made++, row.item]);
      characters += row.key.length + row.item.length;
      if (characters < RUN_CHARACTERS) return;
      sorted.add(run, 0, false);
      run = [];
      characters = 0;
    };
    if (invoices !== undefined) recon = await reconOnDisk(invoices, dir.dir);
    // every share's facts come before any plan: the finisher is made with the file's
    let pecSeen = false;
    const products = new Set<string>();
    let finisher: PlanFinisher | undefined;
    const finisherOf = (): PlanFinisher =>
      (finisher ??= planFinisher(options, recon, { pecSeen, products }, keep));
    let plan: string | undefined;
    let pieces: UsageState[] = [];
    const each = (piece: UsagePiece): void => {
      if (piece.kind === 'facts') {
        if (finisher !== undefined) throw new Error('usage: the file facts came after a plan');
        pecSeen ||= piece.pecSeen;
        for (const product of piece.products) products.add(product);
        return;
      }
      if (piece.plan !== plan) {
        if (plan !== undefined) finisherOf().plan(plan, pieces);
        plan = piece.plan;
        pieces = [];
      }
      pieces.push(piece.kind === 'held' ? piece.state : usageStateOf(piece.state, 'state'));
    };
    let done: { records: readonly number[] };
    let job: ReturnType<typeof usagePiecesJob>;
    if (usageShares(read.workers) > 1) {
      // each worker's lines past the budget go to its partitions on disk, each partition's
      // plans handed back as it is read back: the engine keeps them on disk in sorted runs
      job = usagePiecesJob(asked);
      done = await runEngine(
        job,
        { ...read, script: workerScript(job.worker), setup: asked },
        each,
      );
    } else {
      // one thread: the lines read as without a budget, the plans handed on past their weight
      // into sorted runs on disk, merged with the last plans held in their order
      let flushed: OrderedResults<UsagePiece> | undefined;
      let runs = 0;
      const flushing = usagePiecesJob(asked, {
        ...hand,
        flush(piece) {
          flushed ??= orderedResults(flushing.order, { dir: folder(dir.dir, 'plans'), each });
          // a hand-on's plans come in their order, its facts after them: a run of their own
          if (piece.kind === 'facts') flushed.add([piece], runs++, true);
          else flushed.add([piece], runs, true);
        },
      });
      job = flushing;
      const ran = await runEngine(job, {
        ...read,
        memory: undefined,
        script: undefined,
        setup: asked,
      });
      done = ran;
      if (flushed === undefined) for (const piece of ran.results) each(piece);
      else {
        // the last plans to disk too, as plain data, merged there with those handed on before
        const last = [...ran.results];
        for (let i = 0; i < last.length; i++) {
          const piece = last[i] as UsagePiece;
          last[i] = FACTS;
          flushed.add([asPlain(piece)], runs, true);
        }
        flushed.end();
      }
    }
    if (plan !== undefined) finisherOf().plan(plan, pieces);
    pieces = [];
    const file = finisherOf().end();
    sorted.add(run, 0, false);
    run = [];
    sorted.end();
    const lists = USAGE_LISTS.map((section, at): readonly [string, PackedList] => [
      section,
      texts.list(starts[at] ?? 0, counts[at] ?? 0),
    ]);
    const summary = { ...file, customers: customers.customers() };
    const whole = { lists, summary };
    return {
      outcome: {
        ...whole,
        findings: counts[USAGE_LISTS.indexOf('findings')] ?? 0,
        result: () => resultOf(whole),
        findingsRead: () => listedFindings(lists),
      },
      records: done.records,
      headerRows: job.headerRows(),
      close() {
        recon?.close();
        texts.close();
        dir.remove();
      },
    };
  } catch (error) {
    recon?.close();
    texts.close();
    dir.remove();
    throw error;
  }
}
