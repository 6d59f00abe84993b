import type { UsageReconciler } from '../resultTypes.ts';
import type { UsageReadResult } from '../types.ts';
import { forgetEarned } from './earnedMonths.ts';
import type { Exact } from './exact.ts';
import { stateOf } from './reconcilerStates.ts';
import { ROWS } from './rowList.ts';
import { mergeState, type UsageState } from './UsageState.ts';

/**
 * Lines alike but for their Quantity and BillingPreTaxTotal, summed elsewhere (the SQL), and all
 * of one sign: every one below zero (amount or quantity), or none.
 */
export interface LineGroup {
  /** How many. */
  readonly lines: number;
  /** Σ Quantity, exact. */
  readonly quantity: Exact;
  /** Σ BillingPreTaxTotal, minor units. */
  readonly billed: number;
  /** The smallest rows (at most `ROWS`), sorted; the first line's is the first. */
  readonly rows: readonly number[];
}

/** How many rows an entry names: a group gives its smallest this many. */
export const GROUP_ROWS: number = ROWS;

/** Empties a state, to take one line again. */
function emptied(state: UsageState): UsageState {
  state.lines = 0;
  state.outsidePeriod = 0;
  state.pecSeen = false;
  state.issues.length = 0;
  state.twice.clear();
  forgetEarned(state.earned);
  for (const set of [
    state.otherColumns,
    state.days,
    state.entitlements,
    state.earned,
    state.outsideDays,
  ])
    set.clear();
  for (const map of [state.groups, state.pec, state.notes, state.credits, state.lineChecks])
    map.clear();
  state.customers.clear();
  return state;
}

/**
 * Adds a group of lines to a reconciler as observing each of them would (USG-6, USG-7
 * `--engine duckdb`): lines alike in every cell but `Quantity` and `BillingPreTaxTotal`, each of
 * whose amounts the SQL checked by USG-2 (`BillingPreTaxTotal` = the truncated product), given as
 * the first line read and the group's sums. The first line is observed alone (the library decides
 * everything about it), and when all it made is its invoice key's price group — no finding, note,
 * credit, PEC day or issue, which would need each line's own arithmetic — that price group takes
 * the group's lines, rows and sums, and is merged in; a group of one line is simply observed.
 *
 * @param into - The reconciler the lines go to.
 * @param scratch - A reconciler of the same options, whose state this function overwrites.
 * @param first - The group's first line (its smallest row), as `readUsageLine` read it.
 * @param group - The group's count, sums and smallest rows.
 * @returns `true` once added; `false` when the lines are for the caller to observe one by one.
 */
export function observeGroup(
  into: UsageReconciler,
  scratch: UsageReconciler,
  first: UsageReadResult,
  group: LineGroup,
): boolean {
  if (group.lines === 1) {
    into.observe(first);
    return true;
  }
  const target = stateOf(into);
  const state = stateOf(scratch);
  if (target === undefined || state === undefined || !first.ok) return false;
  emptied(state);
  scratch.observe(first);
  const alone =
    state.issues.length === 0 &&
    state.pec.size === 0 &&
    state.notes.size === 0 &&
    state.credits.size === 0 &&
    state.lineChecks.size === 0;
  if (!alone) return false;
  const [priceGroup] = state.groups.values();
  // lines summing to 0 may each bill 0 or not: only they tell (USG-4, a missing key's note)
  if (priceGroup !== undefined && group.billed === 0) return false;
  if (priceGroup === undefined) {
    // outside --period: every line only counted
    if (state.outsidePeriod !== 1) return false;
    state.outsidePeriod = group.lines;
  } else {
    // a copy: the price group's sum is its own, added to in place
    priceGroup.quantity = { units: group.quantity.units, scale: group.quantity.scale };
    priceGroup.billed = group.billed;
    priceGroup.billedAny = true;
    priceGroup.late *= group.lines;
    // the group's lines are all of its first line's sign (the SQL groups by it): all below zero or none
    priceGroup.negative *= group.lines;
    if (priceGroup.late > 0) priceGroup.lateRows = [...group.rows];
    // the group's smallest row is its first line's (observed alone): its day, row and customer stay
    priceGroup.lines = group.lines;
    priceGroup.rows = [...group.rows];
  }
  state.lines = group.lines;
  mergeState(target, state);
  return true;
}
