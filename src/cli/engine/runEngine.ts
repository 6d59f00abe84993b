import type { EngineJob, EngineRecord, KeyCell, RecordPlace, RowReader } from './EngineJob.ts';
import type { EngineOutput, EngineRun } from './EngineRun.ts';
import { shareState } from './group/shareState.ts';
import { stateResults } from './group/stateResults.ts';
import { runChunks } from './runChunks.ts';
import { itemTexts } from './scan/itemTexts.ts';
import { jsonCell } from './scan/jsonCell.ts';
import { onlyItemKey } from './scan/onlyItemKey.ts';
import { type ScanSink, scanFiles } from './scan/scanFiles.ts';
import { itemCells } from './shard/itemCells.ts';
import { shardOf, sharesOf } from './shard/shardOf.ts';
import { shardThreads } from './shard/shardThreads.ts';
import { inputBytes } from './spill/inputBytes.ts';
import { runDir } from './spill/runDir.ts';
import { spillPartitions, spillsPast } from './spill/spillPartitions.ts';
import { type OrderedResults, orderedResults } from './write/orderedResults.ts';
import { pushAll } from './write/pushAll.ts';

/**
 * Whether a job has no facts: its `finish` is then given `undefined` (as {@link EngineJob.facts}
 * says), whatever its `Facts`, so it is a job of no facts.
 */
function factless<Row, State, Result, Facts>(
  job: EngineJob<Row, State, Result, Facts>,
): job is EngineJob<Row, State, Result, Facts> & EngineJob<Row, State, Result, undefined> {
  return job.facts === undefined;
}

/** The name a group made elsewhere is placed in (`EngineRun.groups`): no file of the run. */
const GROUPS = '(groups)';

/**
 * The file engine (REC-3, INV-3, STYLE 14), its steps top to bottom: scan the files
 * ({@link scanFiles}); hand each row to the share its key hashes to — this thread's, or with
 * `--workers` and a built worker script, a worker's ({@link shardThreads}); group there, or past
 * `--memory` (the input's bytes a share past a quarter of the budget) spill to partitions in the
 * run's own folder and group them one at a time ({@link shareState}; a job weighing its groups,
 * `held`, holds them until their weight passes its limit of the budget, whatever the input's bytes;
 * a job whose results are its state's own objects, `resultsAreState`, never spills on this
 * thread: the command holds them all after anyway); finish each state by the
 * command's function, with what the whole input says ({@link EngineJob.facts}: every row seen
 * here as it is read, so it is known before any share finishes, and handed to the workers with
 * their finish); and sort every result by the job's order, so the output is the same for
 * any number of workers and with the spill on or off ({@link orderedResults}). A row whose quotes
 * never close is of no key: it is observed in this thread, in its place. With `each`, the results
 * are handed to it in order instead of returned: past `--memory` they wait on disk in sorted runs
 * of the run's own folder, merged back at the end; a job whose streaming finish is ordered, on one
 * thread within the budget, hands each on as it comes — results too many for memory never held.
 * A job's items (`--subscriptions`) are read after every row and go each to its key's share
 * the same way, observed there after its rows in the list's order — each share held in memory
 * first told its rows are whole, with the facts (`items.whole`), so it may finish each item as it
 * comes instead of holding its text; one of no key is observed
 * here, in its place; when they take the rows of no key (`loose`) and the list holds one item,
 * those rows are routed and held by its key ({@link onlyItemKey}).
 * Groups made elsewhere (`--engine duckdb`) go the same way before any row, each merged into
 * its key's share's state.
 * A job of `chunks` (and no facts, no items, no groups) on workers without a spill takes another way
 * ({@link runChunks}): the rows are cut into chunks of any keys, scanned and read by the next idle
 * worker, each worker's one state finished for the command to merge.
 *
 * @param job - The command.
 * @param run - The files, the workers, the budget.
 * @param each - Takes each result in order, when the command writes them as they come.
 * @returns The results, in order (none with `each`), and how the run went.
 * @throws {UsageError} For a file that cannot be read, or a header the command refuses.
 */
export async function runEngine<Row, State, Result, Facts = undefined>(
  job: EngineJob<Row, State, Result, Facts>,
  run: EngineRun,
  each?: (result: Result) => void,
): Promise<EngineOutput<Result>> {
  const shards = sharesOf(run.script, run.workers);
  const itemFiles = job.items === undefined ? [] : (run.items?.files ?? []);
  // the items' files after the rows', so an item's place names its own
  const files = [...run.files, ...itemFiles];
  // a state that is its own results, on this thread, is held whatever the budget (the heap's)
  const memory = job.resultsAreState === true && shards === 1 ? undefined : run.memory;
  const bytes = memory === undefined ? 0 : inputBytes(files);
  // a job weighing its groups spills by their weight, whatever the input's bytes
  const limit =
    memory === undefined || job.held === undefined ? undefined : job.held.limit(memory, shards);
  const partitions =
    memory === undefined || (limit === undefined && !spillsPast(bytes, memory, shards))
      ? undefined
      : spillPartitions(bytes, memory, shards);
  const spill = partitions === undefined ? undefined : { partitions, limit };
  if (
    job.chunks === true &&
    factless(job) &&
    job.items === undefined &&
    run.groups === undefined &&
    shards > 1 &&
    run.script !== undefined &&
    partitions === undefined
  ) {
    const { results, records } = await runChunks(job, { ...run, script: run.script, shards });
    if (each === undefined) return { results, records, spilled: false, workers: shards };
    for (const result of results) each(result);
    return { results: [], records, spilled: false, workers: shards };
  }
  const itemsAt = run.files.length;
  // the rows of no key are the only item's, when the job's items take them and it is the only one
  const looseKey =
    job.items?.loose === true
      ? await onlyItemKey(itemFiles, run.items?.flag ?? '', job.items.key)
      : undefined;
  // groups made elsewhere cross and spill as the rows of one more file, after the items'
  const groupsAt = run.groups === undefined ? -1 : files.length;
  const data = {
    setup: run.setup,
    files: run.groups === undefined ? files : [...files, GROUPS],
    itemsAt,
    groupsAt,
    shards,
    spill,
    loose: looseKey,
    heap: run.workerHeap,
  };
  // filled once the files are read, before any state finishes
  let gather: OrderedResults<Result> | undefined;
  const threads =
    shards > 1 && run.script !== undefined
      ? shardThreads<Result>(run.script, job.command, data, (shard, results, sorted) =>
          gather?.add(results, shard + 1, sorted),
        )
      : undefined;
  // past the budget, results handed on in order wait in a folder of the run's own
  const dir = each !== undefined && partitions !== undefined ? runDir(job.command) : undefined;
  // what the whole input says: each row seen where it is observed (here, or in its worker,
  // whose facts are merged in once the rows end)
  let facts = job.facts?.create() as Facts;
  const see =
    job.facts === undefined
      ? undefined
      : (row: Row, place: RecordPlace): void => job.facts?.see(facts, row, place);
  const here = shareState(
    job,
    files,
    { index: 0, of: 1, loose: looseKey },
    threads ? undefined : spill,
    see,
    itemsAt,
    groupsAt,
  );
  const loose = job.create();
  const readers: RowReader<Row>[] = [];
  const early: [number, EngineRecord, RecordPlace][] = [];
  const unclosed = (file: number, record: EngineRecord, place: RecordPlace): void => {
    const row = readers[file]?.(record, place);
    if (row === undefined) return;
    see?.(row, place);
    job.observe(loose, row, place);
  };
  try {
    let made = 0;
    for await (const [given, plain] of run.groups ?? []) {
      const key = given ?? looseKey;
      const text = JSON.stringify(plain);
      const place = { file: GROUPS, row: ++made, at: made };
      if (threads === undefined) here.group(text, key);
      else {
        const bytes = itemCells(text, key);
        await threads.send(shardOf(key, shards), groupsAt, place, bytes, 0, bytes.length);
      }
    }
    // the cell each file's rows are keyed by, when the job tells it: the only one read here
    const keyCells: (KeyCell | undefined)[] = [];
    const sink: ScanSink & { only: number | undefined } = {
      only: undefined,
      header(file, names) {
        readers[file] = job.header(names, run.files[file] ?? '');
        if (threads === undefined) here.header(file, names);
        else {
          threads.header(file, names);
          keyCells[file] = names.length === 0 ? undefined : job.keyCell?.(names);
          sink.only = keyCells[file]?.at;
        }
        for (const [at, record, place] of early.splice(0)) unclosed(at, record, place);
      },
      record(file, record, place) {
        if (record.kind === 'unclosed' || threads === undefined) {
          // a row of no key, or this thread's: in place
          if (readers[file] === undefined) early.push([file, record, place]);
          else if (record.kind === 'unclosed') unclosed(file, record, place);
          else here.observe(file, record, place);
          return undefined;
        }
        if (record.kind === 'json') {
          const row = readers[file]?.(record, place);
          if (row === undefined) return undefined;
          const bytes = jsonCell(record.text);
          const shard = shardOf(job.key(row) ?? looseKey, shards);
          return threads.send(shard, file, place, bytes, 0, bytes.length);
        }
        const scanned = record.row;
        const cell = keyCells[file];
        let key: string | undefined;
        if (cell !== undefined) key = cell.key(scanned.cell(cell.at));
        else {
          const row = readers[file]?.(record, place);
          if (row === undefined) return undefined;
          key = job.key(row);
        }
        const shard = shardOf(key ?? looseKey, shards);
        return threads.send(shard, file, place, scanned.bytes, scanned.rowStart, scanned.rowEnd);
      },
      ...(run.progress === undefined ? {} : { piece: run.progress }),
    };
    const records = await scanFiles(run.files, run.flag, sink, job.jsonLines === true);
    // each worker's facts, merged with what was seen here
    const merge = job.facts?.merge;
    if (threads !== undefined && merge !== undefined)
      for (const told of await threads.facts()) facts = merge(facts, told as Facts);
    // the items, after every row: each to its key's share, one of no key here in its place;
    // every share first told the rows are whole, with the facts, so it may finish each as it comes
    const items = job.items;
    if (items?.whole !== undefined) {
      if (threads === undefined) await here.whole(facts);
      else threads.whole(facts);
    }
    if (items !== undefined)
      for await (const batch of itemTexts(itemFiles, run.items?.flag ?? '', items.key)) {
        for (const item of batch.items) {
          const { key, place } = item;
          const file = itemsAt + item.file;
          if (threads === undefined) here.item(file, item.text, key, place);
          else if (key === undefined) items.observe(loose, item.text, place, false);
          else {
            const wait = threads.item(shardOf(key, shards), file, place, item.bytes, key);
            if (wait !== undefined) await wait;
          }
        }
        // how far the list is, told as a file of the run's, after the rows'
        const last = batch.items[batch.items.length - 1];
        if (last !== undefined) run.progress?.(itemsAt + last.file, batch.bytesRead, last.place.at);
      }
    const first: Result[] = [];
    await stateResults(job, loose, { holds: () => false }, facts, (results) =>
      pushAll(first, results),
    );
    // one ordered stream: handed on as it comes, merged with the rows of no key
    const through =
      each !== undefined && threads === undefined && dir === undefined && job.ordered === true;
    const into = orderedResults(job.order, {
      each,
      dir: dir?.dir,
      before: through ? first : undefined,
    });
    if (!through) into.add(first, 0, false);
    gather = into;
    const shared = threads === undefined ? undefined : await threads.finish(facts);
    if (threads === undefined)
      await here.finish(facts, (results, sorted) => into.add(results, 0, sorted));
    const results = into.end();
    return { results, records, spilled: shared?.spilled ?? here.spilled, workers: shards };
  } finally {
    threads?.stop();
    dir?.remove();
  }
}
