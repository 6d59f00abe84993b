import type { RecordPlace } from '../EngineJob.ts';
import { type ItemText, itemTexts } from './itemTexts.ts';

/**
 * The key of the only item of a list (REC-3: a reconciliation file whose lines name no
 * subscription bills the one resource of `--subscriptions`): the list is read up to its second
 * item (the piece of the file it lies in), and no more, so a long list costs nothing here.
 *
 * @param files - The list's files ({@link itemTexts}).
 * @param flag - The flag naming them.
 * @param key - The key of an item whose id its text leaves uncertain (the job's, by parsing it).
 * @returns The key of the list's one item; `undefined` when the list holds none, two or more, or
 *   one of no key.
 * @throws {UsageError} When a file cannot be read or holds no list, or the item is not JSON.
 */
export async function onlyItemKey(
  files: readonly string[],
  flag: string,
  key: (text: string, place: RecordPlace) => string | undefined,
): Promise<string | undefined> {
  const batches = itemTexts(files, flag, key);
  try {
    // the first two items, whichever batches they come in
    const two: ItemText[] = [];
    for await (const { items } of batches) {
      two.push(...items.slice(0, 2 - two.length));
      if (two.length === 2) return undefined;
    }
    return two[0]?.key;
  } finally {
    await batches.return(undefined);
  }
}
