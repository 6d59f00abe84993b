import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import { emptyState, mergeState, type UsageState } from '../../usage/_internal/UsageState.ts';
import { type PartRow, usagePart } from '../../usage/_internal/usageParts.ts';
import {
  emptyUsageSummary,
  mergeUsageSummary,
  type UsageGroupSummary,
} from '../../usage/_internal/usageSummary.ts';
import { PLAN_FORM } from './planForm.ts';

/** How many Azure plans a part holds at most, and the lines that part may hold. */
export interface PlansTogether {
  /** At most this many plans a part. */
  readonly plans: number;
  /** A plan joins a part only while the part's lines stay within this (a plan alone: any). */
  readonly lines: number;
}

/**
 * Sixteen Azure plans finished as one part, within 50,000 lines. One plan a part ran the library's
 * finishing steps 8,757 times for the shared usage benchmark's month, and the optimizing compiler
 * compiled them again each time a plan's lists came in a shape not seen before (an empty list, a
 * list of findings): 6.7 s of its thread's time on the one core, 2.1 s with sixteen plans a part,
 * and the command 13.0–14.8 s → 11.1–11.2 s (pinned, alternated runs). A part of several plans is
 * the same part (WH-4: a group is any set of plans); a plan past the lines is a part of its own,
 * a plan of one piece then finished as it is (never merged into a copy).
 */
export const PLANS_TOGETHER: PlansTogether = { plans: 16, lines: 50_000 };

/** What the whole usage file and the invoice files say, that every part is finished with. */
export interface PlanFacts {
  /** Whether any line of the usage file has PEC's column (USG-3). */
  readonly pecSeen: boolean;
  /** The usage file's products (every plan's price groups), as JSON of `[product, SKU, availability]`. */
  readonly products: ReadonlySet<string>;
  /** The invoice numbers the invoice files give. */
  readonly given: ReadonlySet<string | null>;
  /** Whether invoice files were given (`--invoice-file`): a plan of no row of theirs then has none. */
  readonly invoice: boolean;
}

/** A plan's invoice rows, and their numbers among every invoice file's rows (from 1). */
export interface PlanRecon {
  readonly rows: object[];
  readonly numbers: number[];
}

/** The pieces of a part's plans as one state: a piece as it is, several merged into a state of their own. */
function planState(pieces: readonly UsageState[]): UsageState {
  if (pieces.length === 1) return pieces[0] as UsageState;
  // each piece keyed by its own share's numbering of texts: every one re-keyed into a new state
  const state = emptyState();
  for (const piece of pieces) mergeState(state, piece, true);
  return state;
}

/**
 * Azure plans finished a few at a time (USG-6, WH-4): the plans in their order, a part closed when
 * it holds `together.plans` or the next would take it past `together.lines`, each part's pieces
 * one state finished by the library's `usagePart` against its plans' invoice rows, with the file's
 * facts. A part's states are let go once it is made. The same rows and summary, whichever thread
 * finishes which plans and however they are put together: the reading thread, or a worker the
 * plans it alone holds.
 *
 * @param plans - The plans to finish, in order.
 * @param byPlan - Each plan's pieces (any plan may have none): a plan's entry deleted once finished.
 * @param reconOf - Each plan's invoice rows (a plan of none: absent).
 * @param facts - The file's facts.
 * @param options - The run's options, read.
 * @param together - How many plans, and lines, a part may hold ({@link PLANS_TOGETHER}).
 * @param keep - Takes each row of each part, as `usage --json`'s lists write its item.
 * @returns The parts' summaries, merged.
 */
export function finishPlanParts(
  plans: readonly string[],
  byPlan: Map<string, UsageState[]>,
  reconOf: ReadonlyMap<string, PlanRecon>,
  facts: PlanFacts,
  options: UsageOptions,
  together: PlansTogether,
  keep: (row: PartRow) => void,
): UsageGroupSummary {
  const summary = emptyUsageSummary();
  const context = { pecSeen: facts.pecSeen, given: facts.given, products: facts.products };
  /** One part finished: its plans' pieces as one state, against their invoice rows. */
  const finishPart = (part: readonly string[]): void => {
    const states: UsageState[] = [];
    const reconRows: object[] = [];
    const reconNumbers: number[] = [];
    for (const plan of part) {
      for (const state of byPlan.get(plan) ?? []) states.push(state);
      byPlan.delete(plan);
      const own = reconOf.get(plan);
      if (own === undefined) continue;
      for (const row of own.rows) reconRows.push(row);
      for (const number of own.numbers) reconNumbers.push(number);
    }
    const made = usagePart(
      states.length === 0 ? emptyState() : planState(states),
      options,
      facts.invoice ? reconRows : null,
      { ...context, reconNumbers },
      PLAN_FORM,
    );
    for (const row of made.rows) keep(row);
    mergeUsageSummary(summary, made.summary);
  };
  let part: string[] = [];
  let lines = 0;
  for (const plan of plans) {
    const planLines = (byPlan.get(plan) ?? []).reduce((sum, state) => sum + state.lines, 0);
    if (part.length >= together.plans || (part.length > 0 && lines + planLines > together.lines)) {
      finishPart(part);
      part = [];
      lines = 0;
    }
    part.push(plan);
    lines += planLines;
  }
  if (part.length > 0) finishPart(part);
  return summary;
}
