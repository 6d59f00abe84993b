import { noteUnread } from '../../reconciliation/_internal/unreadRows.ts';
import {
  ISSUE_BYTES,
  ITEM_BYTES,
  ITEM_CHAR_BYTES,
  type ReconPlain,
  reconPlains,
} from './reconPlains.ts';
import type { HeldItem, ReconRow, ReconState } from './reconShare.ts';
import { type SubscriptionHold, subscriptionHold } from './subscriptionHold.ts';

/** What a state holds, made now if not yet. */
function heldOf(state: ReconState): SubscriptionHold {
  state.held ??= subscriptionHold.create();
  return state.held;
}

/** Holds what was read back and not held yet. */
function settle(state: ReconState): void {
  if (state.plains.length === 0) return;
  for (const plain of state.plains.splice(0)) reconPlains.hold(state, plain as ReconPlain);
}

/**
 * The state of a share of `reconcile`'s subscriptions (REC-3, `--memory`): made, fed a row or an
 * item at a time, weighed as the budget counts it ({@link subscriptionHold}: a group, a
 * subscription, a label's text, a customer; an item by its text's length), written as plain data
 * one subscription, issue or item at a time and read back — a state read back is the plain value
 * itself until it is merged, so reading back a partition makes no table a subscription.
 */
export const reconState = {
  /** @returns A state holding nothing. */
  create(): ReconState {
    return { held: undefined, issues: [], items: [], itemBytes: 0, plains: [] };
  },
  /**
   * Observes one row: its issues, and its line into its subscription's groups with what its
   * first lines say (a row that cannot be read noted under its subscription).
   *
   * @param state - The state.
   * @param row - The row.
   */
  row(state: ReconState, row: ReconRow): void {
    const { line, cells, first } = row;
    for (const issue of row.issues) state.issues.push([row.key, issue]);
    if (cells === undefined || first === undefined) return;
    const held = heldOf(state);
    if (line === undefined) {
      noteUnread(held.unread, row.key, row.row);
      return;
    }
    held.groups.add(line);
    subscriptionHold.see(held, line, cells, first);
  },
  /**
   * Observes one item of `--subscriptions`, held as its text until the share finishes.
   *
   * @param state - The state.
   * @param item - The item.
   */
  item(state: ReconState, item: HeldItem): void {
    state.items.push(item);
    state.itemBytes += item.text.length * ITEM_CHAR_BYTES + ITEM_BYTES;
  },
  /**
   * @param state - The state.
   * @returns What the budget counts it as, in bytes.
   */
  weight(state: ReconState): number {
    return (
      (state.held === undefined ? 0 : subscriptionHold.weight(state.held)) +
      state.itemBytes +
      state.issues.length * ISSUE_BYTES
    );
  },
  /**
   * Adds another state's subscriptions, issues and items (the other is not used after).
   *
   * @param into - The state merged into.
   * @param from - The other state.
   * @returns `into`.
   */
  merge(into: ReconState, from: ReconState): ReconState {
    settle(into);
    for (const plain of from.plains) reconPlains.hold(into, plain as ReconPlain);
    for (const [, plain] of reconPlains.write(from, () => 0)) reconPlains.hold(into, plain);
    return into;
  },
  /**
   * A state holding one plain value `reconPlains.write` gave, read back as JSON.
   *
   * @param plain - The value.
   * @returns The state.
   */
  read(plain: unknown): ReconState {
    return { held: undefined, issues: [], items: [], itemBytes: 0, plains: [plain] };
  },
  /**
   * The state with everything read back held, for its share to finish.
   *
   * @param state - The state.
   * @returns What it holds.
   */
  settled(state: ReconState): ReconState & { readonly held: SubscriptionHold } {
    settle(state);
    heldOf(state);
    return state as ReconState & { readonly held: SubscriptionHold };
  },
};
