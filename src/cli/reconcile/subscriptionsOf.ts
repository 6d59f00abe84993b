import { IdTable } from '../../reconciliation/_internal/IdTable.ts';
import { type ResourceItem, resourceItems } from '../../reconciliation/_internal/resourceItems.ts';
import { CLI_NAMES } from './names.ts';

export type { ResourceItem } from '../../reconciliation/_internal/resourceItems.ts';

/**
 * The resources of `--subscriptions`, one at a time (REC-3): an item that is not a resource with
 * an id, or a subscription listed again, is an issue (the first is compared). A file whose lines
 * name no subscription bills one: when `loose`, the first resource is held until a second one
 * shows whether it is the only one, whose the lines then are.
 *
 * @param resources - The items of the resource files, as read, in batches.
 * @param loose - Whether the reconciliation file has lines without `SubscriptionId`.
 * @param unique - Whether a subscription listed again is told here (`false`: by the caller, in parts).
 * @returns The resources and the issues, in the file's order, in batches.
 */
export async function* subscriptionsOf(
  resources: AsyncIterable<readonly unknown[]>,
  loose: boolean,
  unique = true,
): AsyncGenerator<ResourceItem[]> {
  const items = resourceItems(loose, CLI_NAMES, unique, () => new IdTable());
  for await (const batch of resources) {
    const read: ResourceItem[] = [];
    for (const item of batch) for (const found of items.next(item)) read.push(found);
    if (read.length > 0) yield read;
  }
  const rest = items.end();
  if (rest.length > 0) yield rest;
}
