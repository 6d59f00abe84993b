import type { PriceListRow } from '../../index.ts';
import type { FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import type { SeenSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { ROWS_KEPT } from '../../reconciliation/_internal/LineGroups.ts';
import { plainGroups } from './plainGroups.ts';
import type { HeldItem, ReconState } from './reconShare.ts';
import { subscriptionHold } from './subscriptionHold.ts';

/** One subscription as plain data: JSON, `null` for the lines without `SubscriptionId`. */
export interface PlainSubscription {
  readonly id: string | null;
  /** Its groups, each as {@link plainGroups.write} gives it. */
  readonly groups: readonly unknown[];
  readonly labels?: FindingLabels | undefined;
  readonly unitPrice?: PriceListRow | undefined;
  readonly unread?: readonly number[] | undefined;
  readonly seats?: SeenSeats | undefined;
}

/**
 * What one plain value of a share of `reconcile` is: a subscription, a row's issue with its
 * subscription, or an item of `--subscriptions` with its key.
 */
export type ReconPlain =
  | { readonly s: PlainSubscription }
  | { readonly i: readonly [key: string | null, issue: FileRowIssue] }
  | { readonly t: HeldItem & { readonly key: string | null } };

/** What the budget counts an issue as (its object and its message). */
export const ISSUE_BYTES = 200;
/**
 * What the budget counts an item as, for each character of its text, and besides them: its string,
 * its object, and the garbage of reading it and of replaying it at the end (measured: two workers
 * within 512M, each a 128 MiB heap, ran out of it at 200,000 lines holding their 45 MB of texts
 * counted at one byte a character).
 */
export const ITEM_CHAR_BYTES = 3;
/** What the budget counts an item as besides its text's characters (its string and object). */
export const ITEM_BYTES = 64;

/**
 * A share of `reconcile`'s state as plain data and back (REC-3, `--memory`): what crosses to a
 * worker and goes to disk past the budget — one subscription, row issue or item at a time — and
 * what DuckDB's groups are handed to the engine as.
 */
export const reconPlains = {
  /**
   * The key a plain value is the share of: its subscription's.
   *
   * @param plain - The value.
   * @returns Its `SubscriptionId`; `undefined` for the lines without one.
   */
  key(plain: ReconPlain): string | undefined {
    if ('s' in plain) return plain.s.id ?? undefined;
    if ('i' in plain) return plain.i[0] ?? undefined;
    return plain.t.key ?? undefined;
  },
  /**
   * Holds one plain value in a state, as the state would hold what it says: a subscription's
   * groups added to those held, its labels and price when none are held, its unread rows after
   * those held.
   *
   * @param state - The state (changed).
   * @param plain - The value.
   */
  hold(state: ReconState, plain: ReconPlain): void {
    if ('i' in plain) state.issues.push([plain.i[0] ?? undefined, plain.i[1]]);
    else if ('t' in plain) {
      const { text, at, only } = plain.t;
      state.items.push({ text, at, only });
      state.itemBytes += text.length * ITEM_CHAR_BYTES + ITEM_BYTES;
    } else {
      state.held ??= subscriptionHold.create();
      const held = state.held;
      const s = plain.s;
      const id = s.id ?? undefined;
      for (const group of s.groups) held.groups.addGroup(plainGroups.read(group));
      if (s.labels !== undefined && !held.labels.has(id)) held.labels.set(id, s.labels);
      if (s.unitPrice !== undefined && !held.unitPrices.has(id))
        held.unitPrices.set(id, s.unitPrice);
      if (s.seats !== undefined) held.seats.put(id as string, s.seats);
      if (s.unread !== undefined)
        held.unread.set(id, [...(held.unread.get(id) ?? []), ...s.unread].slice(0, ROWS_KEPT));
    }
  },
  /**
   * A state's subscriptions, issues and items as plain data, each with its partition; the state
   * emptied.
   *
   * @param state - The state.
   * @param partitionOf - The partition of a key (`undefined`: the lines without `SubscriptionId`).
   * @param keyOf - The key of an item, from its text.
   * @returns Each as plain data, with its partition: the issues, the items, then the
   *   subscriptions with groups in the order first seen, then those only unread rows name.
   */
  *write(
    state: ReconState,
    partitionOf: (key: string | undefined) => number,
    keyOf: (text: string) => string | undefined = () => undefined,
  ): Generator<readonly [partition: number, plain: ReconPlain]> {
    for (const [key, issue] of state.issues.splice(0))
      yield [partitionOf(key), { i: [key ?? null, issue] }];
    for (const item of state.items.splice(0)) {
      const key = keyOf(item.text);
      yield [partitionOf(key), { t: { ...item, key: key ?? null } }];
    }
    state.itemBytes = 0;
    const held = state.held;
    if (held === undefined) return;
    const { groups, unread, labels, unitPrices, seats, texts } = held;
    const one = (id: string | undefined): readonly [number, ReconPlain] => {
      const plain: PlainSubscription = {
        id: id ?? null,
        groups: groups.take(id).map(plainGroups.write),
        labels: labels.get(id),
        unitPrice: unitPrices.get(id),
        unread: unread.get(id),
        seats: seats.take(id),
      };
      labels.delete(id);
      unitPrices.delete(id);
      unread.delete(id);
      return [partitionOf(id), { s: plain }];
    };
    // one id's text at a time; then the subscriptions only rows that cannot be read name
    for (const id of groups.subscriptionIds()) yield one(id);
    for (const id of [...unread.keys()]) yield one(id);
    texts.labels.clear();
    texts.prices.clear();
    texts.labelSets.clear();
  },
};
