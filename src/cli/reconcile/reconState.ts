import type { PriceListRow } from '../../index.ts';
import type { FileLine, FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import { fileSeats, type SeenSeats } from '../../reconciliation/_internal/fileSeats.ts';
import { IdTable } from '../../reconciliation/_internal/IdTable.ts';
import { LineGroups, ROWS_KEPT } from '../../reconciliation/_internal/LineGroups.ts';
import { SlotMap, SubscriptionSlots } from '../../reconciliation/_internal/SubscriptionSlots.ts';
import { noteUnread } from '../../reconciliation/_internal/unreadRows.ts';
import {
  type FirstCells,
  type HeldRow,
  type HeldSubscriptions,
  heldSubscriptions,
} from './heldSubscriptions.ts';
import { plainGroups } from './plainGroups.ts';

/** One row of a reconciliation file as the reconcile job reads it (valid only during the call). */
export interface ReconRow {
  /** Its number among the file's data rows, from 1. */
  readonly row: number;
  /** Its `SubscriptionId`; `undefined` when it has none (a row whose quotes never close has none). */
  readonly key: string | undefined;
  /** Its line, read when first asked for; `undefined` when the row is an issue. */
  readonly line: FileLine | undefined;
  /** Why it cannot be read (after `line` was asked for): one issue per column at fault. */
  readonly issues: readonly FileRowIssue[];
  /** Its cells, for what a subscription's first lines say (`undefined`: quotes never closed). */
  readonly cells: HeldRow | undefined;
  /** Where those cells are. */
  readonly first: FirstCells | undefined;
}

/** An item of `--subscriptions` a share holds until it finishes: its text, parsed then. */
export interface HeldItem {
  /** Its text, as the list writes it. */
  readonly text: string;
  /** Its number across the list's files, from 1: its place in the output. */
  readonly at: number;
  /** Whether the file's lines without `SubscriptionId` are its (it is the only item). */
  readonly only: boolean;
}

/**
 * What one share of `reconcile`'s subscriptions holds (REC-3): each subscription's line groups
 * and what its first lines say (never a line), the rows' issues with their subscription, and the
 * items of `--subscriptions` of its keys, as their texts.
 */
export interface ReconState {
  /** The groups and what the lines said of each subscription; made when first needed. */
  held: HeldSubscriptions | undefined;
  /** The issues of the rows observed, each with its row's `SubscriptionId`. */
  readonly issues: [key: string | undefined, issue: FileRowIssue][];
  /** The items observed, in the order observed. */
  readonly items: HeldItem[];
  /** The bytes of the items' texts. */
  itemBytes: number;
  /** Subscriptions read back as plain data and not held yet (`reconState.read`'s). */
  readonly plains: unknown[];
}

/** One subscription as plain data: JSON, `null` for the lines without `SubscriptionId`. */
interface PlainSubscription {
  readonly id: string | null;
  readonly groups: readonly unknown[];
  readonly labels?: FindingLabels | undefined;
  readonly unitPrice?: PriceListRow | undefined;
  readonly unread?: readonly number[] | undefined;
  readonly seats?: SeenSeats | undefined;
}

/** What one plain value of a state is: a subscription, a row's issue, or an item. */
type Plain =
  | { readonly s: PlainSubscription }
  | { readonly i: readonly [key: string | null, issue: FileRowIssue] }
  | { readonly t: HeldItem & { readonly key: string | null } };

/** What the budget counts an issue as (its object and its message). */
const ISSUE_BYTES = 200;
/**
 * What the budget counts an item as, for each character of its text, and besides them: its string,
 * its object, and the garbage of reading it and of replaying it at the end (measured: two workers
 * within 512M, each a 128 MiB heap, ran out of it at 200,000 lines holding their 45 MB of texts
 * counted at one byte a character).
 */
const ITEM_CHAR_BYTES = 3;
const ITEM_BYTES = 64;

/** An empty hold of subscriptions: one number a subscription for its tables, no object. */
function newHeld(): HeldSubscriptions {
  const slots = new SubscriptionSlots(new IdTable());
  return {
    groups: new LineGroups(slots),
    unread: new Map(),
    labels: new SlotMap<FindingLabels>(slots),
    unitPrices: new SlotMap<PriceListRow>(slots),
    seats: fileSeats(slots),
    texts: heldSubscriptions.texts(),
  };
}

/** What a state holds, made now if not yet. */
function heldOf(state: ReconState): HeldSubscriptions {
  state.held ??= newHeld();
  return state.held;
}

/** One plain value held in a state, as the state would hold what it says. */
function hold(state: ReconState, plain: Plain): void {
  if ('i' in plain) state.issues.push([plain.i[0] ?? undefined, plain.i[1]]);
  else if ('t' in plain) {
    const { text, at, only } = plain.t;
    state.items.push({ text, at, only });
    state.itemBytes += text.length * ITEM_CHAR_BYTES + ITEM_BYTES;
  } else {
    const held = heldOf(state);
    const s = plain.s;
    const id = s.id ?? undefined;
    for (const group of s.groups) held.groups.addGroup(plainGroups.read(group));
    if (s.labels !== undefined && !held.labels.has(id)) held.labels.set(id, s.labels);
    if (s.unitPrice !== undefined && !held.unitPrices.has(id)) held.unitPrices.set(id, s.unitPrice);
    if (s.seats !== undefined) held.seats.put(id as string, s.seats);
    if (s.unread !== undefined)
      held.unread.set(id, [...(held.unread.get(id) ?? []), ...s.unread].slice(0, ROWS_KEPT));
  }
}

/** Holds what was read back and not held yet. */
function settle(state: ReconState): void {
  if (state.plains.length === 0) return;
  for (const plain of state.plains.splice(0)) hold(state, plain as Plain);
}

/**
 * The state of a share of `reconcile`'s subscriptions (REC-3, `--memory`): made, fed a row or an
 * item at a time, weighed as the budget counts it ({@link heldSubscriptions}: a group, a
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
    heldSubscriptions.see(held, line, cells, first);
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
      (state.held === undefined ? 0 : heldSubscriptions.weight(state.held)) +
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
    for (const plain of from.plains) hold(into, plain as Plain);
    for (const [, plain] of reconState.write(from, () => 0)) hold(into, plain as Plain);
    return into;
  },
  /**
   * The state's subscriptions, issues and items as plain data, each with its partition; the
   * state emptied.
   *
   * @param state - The state.
   * @param partitionOf - The partition of a key (`undefined`: the lines without `SubscriptionId`).
   * @param keyOf - The key of an item, from its text.
   * @returns Each as plain data, with its partition.
   */
  *write(
    state: ReconState,
    partitionOf: (key: string | undefined) => number,
    keyOf: (text: string) => string | undefined = () => undefined,
  ): Generator<readonly [partition: number, plain: unknown]> {
    for (const [key, issue] of state.issues.splice(0))
      yield [partitionOf(key), { i: [key ?? null, issue] } satisfies Plain];
    for (const item of state.items.splice(0)) {
      const key = keyOf(item.text);
      yield [partitionOf(key), { t: { ...item, key: key ?? null } } satisfies Plain];
    }
    state.itemBytes = 0;
    const held = state.held;
    if (held === undefined) return;
    const { groups, unread, labels, unitPrices, seats, texts } = held;
    const one = (id: string | undefined): readonly [number, Plain] => {
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
  /**
   * A state holding one plain value {@link reconState.write} gave, read back as JSON.
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
  settled(state: ReconState): ReconState & { readonly held: HeldSubscriptions } {
    settle(state);
    heldOf(state);
    return state as ReconState & { readonly held: HeldSubscriptions };
  },
};
