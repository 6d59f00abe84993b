import type { FindingIssue } from './Finding.ts';
import { jsonItems } from './jsonItems.ts';

/** A resource of `--subscriptions`, or why an item is none. */
export type ResourceItem =
  | {
      /** The subscription's id. */
      readonly id: string;
      /** The resource. */
      readonly resource: Readonly<Record<string, unknown>>;
      /** Whether the file's lines without `SubscriptionId` are this resource's (it is the only one). */
      readonly withLoose: boolean;
    }
  | { readonly issue: FindingIssue };

/**
 * The resources of `--subscriptions`, one at a time (REC-3): an item that is not a resource with
 * an id, or a subscription listed again, is an issue (the first is compared). A file whose lines
 * name no subscription bills one: when `loose`, the first resource is held until a second one
 * shows whether it is the only one, whose the lines then are.
 *
 * @param pieces - The resources file's text.
 * @param loose - Whether the reconciliation file has lines without `SubscriptionId`.
 * @returns The resources and the issues, in the file's order.
 */
export async function* subscriptionsOf(
  pieces: AsyncIterable<string>,
  loose: boolean,
): AsyncGenerator<ResourceItem> {
  const seen = new Set<string>();
  let held: { id: string; resource: Readonly<Record<string, unknown>> } | undefined;
  let count = 0;
  for await (const item of jsonItems(pieces, '--subscriptions')) {
    count++;
    const id = (item as { id?: unknown } | null)?.id;
    if (
      typeof item !== 'object' ||
      item === null ||
      Array.isArray(item) ||
      typeof id !== 'string' ||
      id === ''
    ) {
      yield {
        issue: {
          message: `--subscriptions item ${count}: expected a Subscription resource with its id`,
        },
      };
      continue;
    }
    if (seen.has(id)) {
      yield {
        issue: {
          subscriptionId: id,
          message: '--subscriptions lists it more than once: the first is compared',
        },
      };
      continue;
    }
    seen.add(id);
    const resource = item as Readonly<Record<string, unknown>>;
    if (held !== undefined) {
      yield { ...held, withLoose: false };
      held = undefined;
    }
    if (loose && seen.size === 1) held = { id, resource };
    else yield { id, resource, withLoose: false };
  }
  if (held !== undefined) yield { ...held, withLoose: true };
}
