import type { ReconcileSubscriptionIssue } from '../replayTypes.ts';
import type { SourceNames } from './SourceNames.ts';

/** A resource of the list, or why an item is none. */
export type ResourceItem =
  | {
      /** The subscription's id. */
      readonly id: string;
      /** The resource. */
      readonly resource: Readonly<Record<string, unknown>>;
      /** Whether the file's lines without `SubscriptionId` are this resource's (it is the only one). */
      readonly withLoose: boolean;
    }
  | { readonly issue: ReconcileSubscriptionIssue };

/**
 * The issue of a subscription the list holds more than once (REC-3): the first is compared.
 *
 * @param id - The subscription's id.
 * @param names - How the issue names the list (`--subscriptions`).
 * @returns The issue.
 */
export function listedAgain(id: string, names: SourceNames): ResourceItem {
  return {
    issue: {
      subscriptionId: id,
      message: `${names.resources} lists it more than once: the first is compared`,
    },
  };
}

/**
 * The id of an item that is a Subscription resource with its id (REC-3): an object (not an
 * array) whose `id` is a non-empty string.
 *
 * @param item - An item of the list, parsed.
 * @returns Its id, or `undefined` when it is no such resource.
 */
export function resourceId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The issue of an item that is no Subscription resource with its id (REC-3).
 *
 * @param count - Its number in the list, from 1.
 * @param names - How the issue names the list (`--subscriptions`).
 * @returns The issue.
 */
export function notAResource(count: number, names: SourceNames): ResourceItem {
  return {
    issue: {
      message: `${names.resources} item ${count}: expected a Subscription resource with its id`,
    },
  };
}

/** Reads a list of resources one item at a time. */
export interface ResourceItems {
  /** The resources and issues one more item gives (a held resource may come later). */
  next(item: unknown): ResourceItem[];
  /** What is still held when the list ends. */
  end(): ResourceItem[];
}

/** The ids seen: `add` tells whether one was new (one lookup, where `has` then `add` take two). */
export interface SeenIds {
  add(id: string): boolean;
}

/** {@link SeenIds} in a `Set` of the texts. */
function textSet(): SeenIds {
  const set = new Set<string>();
  return {
    add(id) {
      const before = set.size;
      set.add(id);
      return set.size !== before;
    },
  };
}

/**
 * The resources of a list, one item at a time (REC-3): an item that is not a resource with an id,
 * or a subscription listed again, is an issue (the first is compared). A file whose lines name no
 * subscription bills one: when `loose`, the first resource is held until a second one shows
 * whether it is the only one, whose the lines then are.
 *
 * @param loose - Whether the reconciliation file has lines without `SubscriptionId`.
 * @param names - How an issue names the list (`--subscriptions`).
 * @param unique - Whether to tell a subscription listed again here, which holds every id seen;
 *   `false` leaves it to the caller, who can tell it in parts (by the partition its id hashes
 *   to, {@link listedAgain}), so memory does not grow with the list.
 * @param ids - Makes the ids seen: a `Set` of their texts unless given (the command gives an
 *   `IdTable`, which holds Partner Center's ids as their bits).
 * @returns The reader.
 */
export function resourceItems(
  loose: boolean,
  names: SourceNames,
  unique = true,
  ids: () => SeenIds = textSet,
): ResourceItems {
  const seen = unique ? ids() : undefined;
  let first = true;
  let held: { id: string; resource: Readonly<Record<string, unknown>> } | undefined;
  let count = 0;
  return {
    next(item) {
      count++;
      const id = resourceId(item);
      if (id === undefined) return [notAResource(count, names)];
      if (seen !== undefined && !seen.add(id)) return [listedAgain(id, names)];
      const resource = item as Readonly<Record<string, unknown>>;
      const out: ResourceItem[] = [];
      if (held !== undefined) {
        out.push({ ...held, withLoose: false });
        held = undefined;
      }
      if (loose && first) held = { id, resource };
      else out.push({ id, resource, withLoose: false });
      first = false;
      return out;
    },
    end() {
      const last = held === undefined ? [] : [{ ...held, withLoose: true }];
      held = undefined;
      return last;
    },
  };
}
