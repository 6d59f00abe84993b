import { cellByName } from '../../usage/_internal/cellByName.ts';
import { givenInvoices } from '../../usage/_internal/givenInvoices.ts';
import { planOf } from '../../usage/_internal/planOf.ts';
import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import { emptyState, mergeState, type UsageState } from '../../usage/_internal/UsageState.ts';
import type { PartForm } from '../../usage/_internal/usagePartOrder.ts';
import { type PartRow, usagePart } from '../../usage/_internal/usageParts.ts';
import {
  emptyUsageSummary,
  finishUsageSummary,
  mergeUsageSummary,
  type UsageGroupSummary,
} from '../../usage/_internal/usageSummary.ts';
import { listedItem } from './listedItem.ts';

/** A cell as the plan's key reads it: text or a number's digits. */
function cellText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * The command's form of a part's rows: each order text its own key (compared as JavaScript
 * compares texts: the order the warehouse's hexadecimal keys give, a quarter of their length, made
 * at no cost), each item as `usage --json`'s list writes it ({@link listedItem}), so that its
 * bytes are written as they are kept.
 */
const COMMAND_FORM: PartForm = {
  key: (text) => text,
  item: listedItem,
};

/** The pieces of a part's plans as one state: a piece as it is, several merged into a state of their own. */
function planState(pieces: readonly UsageState[]): UsageState {
  if (pieces.length === 1) return pieces[0] as UsageState;
  // each piece keyed by its own share's numbering of texts: every one re-keyed into a new state
  const state = emptyState();
  for (const piece of pieces) mergeState(state, piece, true);
  return state;
}

/** How many Azure plans {@link planFinisher} finishes as one part, and the lines that part may hold. */
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

/** The file's facts every plan is finished with: what no plan knows alone. */
export interface PlanFacts {
  /** Whether any line of the file carries PEC (USG-3). */
  readonly pecSeen: boolean;
  /** The usage file's products (USG-4's usage lines of the invoice): each as JSON text. */
  readonly products: ReadonlySet<string>;
}

/** An Azure plan's invoice rows, in their order, and their numbers among every row, from 1. */
export interface PlanRows {
  readonly rows: object[];
  readonly numbers: number[];
}

/**
 * The invoice files' rows by Azure plan (USG-4), the plans in their order: the rows held, or read
 * back from disk in that order.
 */
export interface ReconPlans {
  /** The invoice numbers of every row, each once. */
  readonly given: ReadonlySet<string | null>;
  /** @returns The next plan of rows not yet taken; `undefined` once every plan is taken. */
  next(): string | undefined;
  /** @returns The next plan's rows, taken. */
  take(): PlanRows;
}

/** A plan of a part: its pieces and its invoice rows. */
type PartPlan = readonly [plan: string, pieces: UsageState[], rows: PlanRows | undefined];

/**
 * The Azure plan of an invoice row (USG-4): its `SubscriptionId` as the invoice rows are read; a
 * row that is no row, none (`''`).
 *
 * @param row - The row.
 * @returns Its plan.
 */
export function reconPlanOf(row: object | null): string {
  return planOf(cellText(row === null ? undefined : cellByName(row, 'SubscriptionId')));
}

/**
 * Rows held, by plan in the plans' order.
 *
 * @param recon - The invoice files' rows, numbered from 1 in this order.
 * @returns Them by plan.
 */
function reconPlans(recon: readonly object[]): ReconPlans {
  return reconPlansOf(reconByPlan(recon), givenInvoices(recon));
}

/**
 * The invoice files' rows by Azure plan, each with its number among every row, from 1.
 *
 * @param recon - The invoice files' rows, numbered from 1 in this order.
 * @returns Each plan's rows, in the rows' order.
 */
export function reconByPlan(recon: readonly object[]): Map<string, PlanRows> {
  const reconOf = new Map<string, PlanRows>();
  recon.forEach((row, i) => {
    const plan = reconPlanOf(row);
    let of = reconOf.get(plan);
    if (of === undefined) {
      of = { rows: [], numbers: [] };
      reconOf.set(plan, of);
    }
    of.rows.push(row);
    of.numbers.push(i + 1);
  });
  return reconOf;
}

/**
 * Rows held by plan, taken in the plans' order.
 *
 * @param reconOf - Each plan's rows (taken: emptied as they are).
 * @param given - The invoice numbers of every row of the files, each once (of plans not here too).
 * @returns Them by plan.
 */
export function reconPlansOf(
  reconOf: Map<string, PlanRows>,
  given: ReadonlySet<string | null>,
): ReconPlans {
  const plans = [...reconOf.keys()].sort();
  let at = 0;
  return {
    given,
    next: () => plans[at],
    take() {
      const plan = plans[at++] as string;
      const own = reconOf.get(plan) as PlanRows;
      reconOf.delete(plan);
      return own;
    },
  };
}

/** The Azure plans finished in their order, a few at a time: {@link planFinisher}. */
export interface PlanFinisher {
  /**
   * One Azure plan's pieces, the plans given in their order, each once: added to the part being
   * gathered, which is finished once it is full.
   *
   * @param plan - The plan.
   * @param pieces - Its pieces (taken: let go once the part is finished).
   */
  plan(plan: string, pieces: UsageState[]): void;
  /**
   * Adds the summary of plans finished elsewhere (a worker's, with the same facts).
   *
   * @param summary - Their parts' summaries merged.
   */
  merge(summary: UsageGroupSummary): void;
  /**
   * Every plan given: the plans of invoice rows alone and the last part finished.
   *
   * @returns The parts' summaries merged: not yet the file's (a worker's, merged where the file's
   *   is finished).
   */
  parts(): UsageGroupSummary;
  /**
   * Every plan given: the plans of invoice rows alone and the last part finished, the file's
   * rows given to `keep`.
   *
   * @returns The file's summary, its customers not yet put in.
   */
  end(): Record<string, unknown>;
}

/**
 * The usage run's plans finished as a warehouse finishes them (USG-6, WH-4, WH-5), the plans
 * coming one after another in their order: gathered into parts of `together` and each part
 * finished by the library's `usagePart` against its own invoice rows (those whose
 * `SubscriptionId` is theirs; a plan of invoice rows alone finished in its place among the others),
 * with the file's facts; the parts' summaries merged into the file's. A part's states are let go
 * once it is made, so a plan's state is held only until its part is finished. Each row made
 * (a list's item, a customer's) is given to `keep` as it is made; `keep`'s rows of one list, in
 * the order of their keys and, for one key, in the order given, are `usage --json`'s list.
 *
 * @param options - The run's options, read.
 * @param recon - The invoice files' rows, numbered from 1 in this order, or by plan in the plans'
 *   order ({@link ReconPlans}); `null`: none given.
 * @param facts - The file's facts.
 * @param keep - Takes each row made, in the order made.
 * @param together - How many plans, and lines, a part may hold ({@link PLANS_TOGETHER}).
 * @returns The finisher.
 */
export function planFinisher(
  options: UsageOptions,
  recon: ReconPlans | readonly object[] | null,
  facts: PlanFacts,
  keep: (row: PartRow) => void,
  together: PlansTogether = PLANS_TOGETHER,
): PlanFinisher {
  const { pecSeen, products } = facts;
  const byPlan: ReconPlans | null =
    recon === null ? null : 'take' in recon ? recon : reconPlans(recon);
  const given = byPlan?.given ?? new Set<string | null>();
  const summary = emptyUsageSummary();
  /** One part finished: its plans' pieces as one state, against their invoice rows. */
  const finishPart = (part: readonly PartPlan[]): void => {
    const states: UsageState[] = [];
    const reconRows: object[] = [];
    const reconNumbers: number[] = [];
    for (const [, pieces, own] of part) {
      for (const state of pieces) states.push(state);
      if (own === undefined) continue;
      for (const row of own.rows) reconRows.push(row);
      for (const number of own.numbers) reconNumbers.push(number);
    }
    const made = usagePart(
      states.length === 0 ? emptyState() : planState(states),
      options,
      byPlan === null ? null : reconRows,
      { pecSeen, given, products, reconNumbers },
      COMMAND_FORM,
    );
    for (const row of made.rows) keep(row);
    mergeUsageSummary(summary, made.summary);
  };
  // the plans in their order, a part closed when it holds `together.plans` or the next would
  // take it past `together.lines`
  let part: PartPlan[] = [];
  let lines = 0;
  const add = (plan: string, pieces: UsageState[], own?: PlanRows): void => {
    const planLines = pieces.reduce((sum, state) => sum + state.lines, 0);
    if (part.length >= together.plans || (part.length > 0 && lines + planLines > together.lines)) {
      finishPart(part);
      part = [];
      lines = 0;
    }
    part.push([plan, pieces, own]);
    lines += planLines;
  };
  /** The plans of invoice rows alone that come before `plan` (all of them: none given). */
  const reconBefore = (plan?: string): PlanRows | undefined => {
    if (byPlan === null) return undefined;
    for (let next = byPlan.next(); next !== undefined; next = byPlan.next()) {
      if (plan !== undefined && next >= plan) return next === plan ? byPlan.take() : undefined;
      add(next, [], byPlan.take());
    }
    return undefined;
  };
  return {
    plan(plan, pieces) {
      add(plan, pieces, reconBefore(plan));
    },
    merge(other) {
      mergeUsageSummary(summary, other);
    },
    parts() {
      reconBefore();
      if (part.length > 0) finishPart(part);
      part = [];
      return summary;
    },
    end() {
      this.parts();
      const file = finishUsageSummary(
        summary,
        { pecSeen, prices: options.prices !== null, invoice: byPlan !== null, given },
        options.texts,
        COMMAND_FORM,
      );
      for (const row of file.rows) keep(row);
      return file.summary;
    },
  };
}

/** The file's facts as plans add to them ({@link addPlanFacts}). */
export interface PlanFactsSeen {
  pecSeen: boolean;
  readonly products: Set<string>;
}

/** @returns No plan's facts yet. */
export function planFactsSeen(): PlanFactsSeen {
  return { pecSeen: false, products: new Set() };
}

/**
 * Adds what a plan's lines say of the whole file: whether one carried PEC (USG-3), and its products
 * — every price group's (USG-4's usage lines of the invoice), each as JSON text.
 *
 * @param seen - The file's facts so far (changed).
 * @param state - The plan's state.
 */
export function addPlanFacts(seen: PlanFactsSeen, state: UsageState): void {
  seen.pecSeen ||= state.pecSeen;
  for (const g of state.groups.values())
    seen.products.add(JSON.stringify([g.productId, g.skuId, g.availabilityId]));
}
