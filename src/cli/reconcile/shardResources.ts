import { notAResource, resourceId } from '../../reconciliation/_internal/resourceItems.ts';
import type { ReconcileSubscriptionIssue } from '../../reconciliation/index.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { itemId } from '../engine/scan/itemId.ts';
import { jsonItemTexts } from '../engine/scan/jsonItemTexts.ts';
import { notResources } from '../engine/scan/jsonScan.ts';
import { UsageError } from '../UsageError.ts';
import { CLI_NAMES } from './names.ts';
import type { ShardWorkers } from './shardWorkers.ts';

/**
 * Hands the items of `--subscriptions` to the workers that each reconcile their share (REC-3,
 * `--workers`), when the file has no line without `SubscriptionId` (a subscription listed again
 * is then told by the worker its id hashes to). Each item's text is cut from the file's bytes
 * ({@link jsonItemTexts}) and its id read from the text ({@link itemId}): the text goes to the
 * worker the id hashes to as it was read, and the worker parses it — this thread parses none of
 * it. An item whose id the text does not make certain is parsed here, as one thread reads it:
 * an item that is not a resource with its id is an issue at its place, a resource goes to its
 * worker parsed.
 *
 * What is said of the list is what one thread says, in the same words (decided: the first wrong
 * thing in the list's order wins): an item a worker cannot parse is told by its number in its
 * file, as a UsageError naming `--subscriptions`; when this thread finds something wrong later in
 * the list (an item it cannot parse, text around the items that is not JSON), it first waits for
 * the workers to parse what they were handed, and an item of theirs that is not JSON is said
 * instead, being before it.
 *
 * @param files - The files of `--subscriptions`, in order.
 * @param sharding - The workers.
 * @param onIssue - Takes an item that is no resource, with its place.
 * @throws UsageError naming `--subscriptions` when a file is no list of resources, or an item
 *   is not JSON.
 */
export async function shardResources(
  files: readonly string[],
  sharding: ShardWorkers,
  onIssue: (issue: ReconcileSubscriptionIssue, place: number) => void,
): Promise<void> {
  /** Each file's flag and the place of its first item, to name an item by its number in it. */
  const starts: { flag: string; place: number }[] = [];
  const unreadableError = (place: number, why: string): UsageError => {
    let file = starts[0] ?? { flag: '--subscriptions', place: 0 };
    for (const start of starts) if (start.place <= place) file = start;
    return notResources(file.flag, `item ${place - file.place + 1} is not valid JSON (${why})`);
  };
  let place = 0;
  try {
    for (const file of files) {
      const flag = files.length === 1 ? '--subscriptions' : `--subscriptions ${file}`;
      starts.push({ flag, place });
      for await (const { texts, ids } of jsonItemTexts(fileText(file, flag).bytes, flag))
        for (let k = 0; k < texts.length; k++) {
          const text = texts[k] as Buffer;
          // read as it was cut, else now
          const id = ids[k] ?? itemId(text);
          if (id !== undefined) {
            const wait = sharding.itemText(id, text, place++);
            if (wait !== undefined) await wait;
            continue;
          }
          let item: unknown;
          try {
            item = JSON.parse(text.toString('utf8'));
          } catch (error) {
            throw unreadableError(place, (error as Error).message);
          }
          const found = resourceId(item);
          if (found === undefined) {
            const { issue } = notAResource(place + 1, CLI_NAMES) as {
              issue: ReconcileSubscriptionIssue;
            };
            onIssue(issue, place++);
          } else
            await sharding.item({
              id: found,
              resource: item as Readonly<Record<string, unknown>>,
              withLoose: false,
              place: place++,
            });
        }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // an item a worker cannot parse is before what this thread found wrong
    const first = await sharding.drain();
    throw first === undefined ? error : unreadableError(first.place, first.why);
  }
  const first = await sharding.drain();
  if (first !== undefined) throw unreadableError(first.place, first.why);
}
