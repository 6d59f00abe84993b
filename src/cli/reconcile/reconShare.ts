import type { FileLine, FileRowIssue } from '../../reconciliation/_internal/FileLine.ts';
import type { FirstCells, HeldRow } from './FirstCells.ts';
import type { SubscriptionHold } from './subscriptionHold.ts';

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
  held: SubscriptionHold | undefined;
  /** The issues of the rows observed, each with its row's `SubscriptionId`. */
  readonly issues: [key: string | undefined, issue: FileRowIssue][];
  /** The items observed, in the order observed. */
  readonly items: HeldItem[];
  /** The bytes of the items' texts. */
  itemBytes: number;
  /** Subscriptions read back as plain data and not held yet (`reconState.read`'s). */
  readonly plains: unknown[];
}
