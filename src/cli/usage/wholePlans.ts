import { givenInvoices } from '../../usage/_internal/givenInvoices.ts';
import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { PartRow } from '../../usage/_internal/usageParts.ts';
import type { UsageGroupSummary } from '../../usage/_internal/usageSummary.ts';
import { type PackedData, PackedTexts } from './packedTexts.ts';
import {
  type PlanFacts,
  type PlanRows,
  planFinisher,
  type ReconPlans,
  reconByPlan,
  reconPlansOf,
} from './planFinisher.ts';
import type { PlanState, UsageCensus, UsagePlans } from './usagePlans.ts';

/**
 * What a worker finishes itself ({@link assignPlans}): the Azure plans only it holds, their invoice
 * rows, and the file's facts — plain data, it crosses to the worker.
 */
export interface WholePlans {
  /** The plans it finishes, in their order. */
  readonly plans: readonly string[];
  /** Those plans' invoice rows with their numbers among every row; `null`: no invoice file. */
  readonly recon: readonly (readonly [plan: string, rows: PlanRows])[] | null;
  /** The invoice numbers of every invoice row, each once. */
  readonly given: readonly (string | null)[];
  /** Whether any line of the file carries PEC (USG-3). */
  readonly pecSeen: boolean;
  /** The usage file's products, each as JSON text. */
  readonly products: readonly string[];
}

/**
 * The Azure plans a worker finished itself, as it hands them back: their rows, in the order made —
 * the lists' items as the UTF-8 the command writes (encoded in the worker, never decoded in the
 * reading thread), the customers' as rows — and their parts' summaries merged (not yet the file's).
 */
export interface PlansFinished {
  /** The first plan it finished (what orders it among the results). */
  readonly plan: string;
  /** The rows and the summary. */
  readonly finished: {
    /** The lists' items, numbered from 0 in the order made. */
    readonly texts: PackedData;
    /** Each item's list and key, by its number. */
    readonly sections: readonly string[];
    readonly keys: readonly string[];
    /** The customers' rows, in the order made. */
    readonly customers: readonly PartRow[];
    /** Their parts' summaries merged, on the last a worker hands on (`null` on the others). */
    readonly summary: UsageGroupSummary | null;
  };
}

/** What a worker of `usage --workers` gives back: a piece of a plan to finish, or plans finished. */
export type PlanResult = PlanState | PlansFinished;

/** What the reading thread assigned: each worker's plans, and what is left to finish here. */
export interface PlansAssigned {
  /** Each worker's plans, in order. */
  readonly workers: WholePlans[];
  /** The invoice rows of the plans finished here (the `given` of every row); `null`: no invoice file. */
  readonly rest: ReconPlans | null;
  /** The file's facts, from every census. */
  readonly facts: PlanFacts;
}

/**
 * Which Azure plans each worker finishes itself (USG-6, WH-4: a plan is finished whole, once):
 * those only that worker holds — in a usage file grouped by subscription, as Partner Center writes
 * it, all but the few cut where a block of the file ends — with their invoice rows; the plans
 * held by more than one worker, or by the reading thread, and the plans of invoice rows alone are
 * left to the reading thread, with their invoice rows. The file's facts (PEC seen, products) are
 * every census's.
 *
 * @param censuses - Each worker's census, in order, then the reading thread's own.
 * @param recon - The invoice files' rows, numbered from 1 in this order; `null`: none given.
 * @returns The plans assigned.
 */
export function assignPlans(
  censuses: readonly UsageCensus[],
  recon: readonly object[] | null,
): PlansAssigned {
  const here = censuses.length - 1;
  /** Each plan's only holder, or -1: several, or the reading thread. */
  const holder = new Map<string, number>();
  const products = new Set<string>();
  let pecSeen = false;
  censuses.forEach((census, at) => {
    for (const plan of census.plans) holder.set(plan, holder.has(plan) || at === here ? -1 : at);
    for (const product of census.products) products.add(product);
    pecSeen ||= census.pecSeen;
  });
  const byPlan = recon === null ? null : reconByPlan(recon);
  const given = recon === null ? new Set<string | null>() : givenInvoices(recon);
  const plans: string[][] = Array.from({ length: here }, () => []);
  for (const [plan, at] of holder) if (at !== -1) plans[at]?.push(plan);
  const workers = plans.map((own): WholePlans => {
    own.sort();
    let rows: [string, PlanRows][] | null = null;
    if (byPlan !== null) {
      rows = [];
      for (const plan of own) {
        const of = byPlan.get(plan);
        if (of === undefined) continue;
        rows.push([plan, of]);
        byPlan.delete(plan);
      }
    }
    return { plans: own, recon: rows, given: [...given], pecSeen, products: [...products] };
  });
  return {
    workers,
    rest: byPlan === null ? null : reconPlansOf(byPlan, given),
    facts: { pecSeen, products },
  };
}

/** The bytes of items a worker gathers before it hands plans finished on. */
const HANDED_ON = 4 << 20;

/**
 * A worker's Azure plans finished as the reading thread would finish them ({@link planFinisher}):
 * those assigned it, in their order, against their invoice rows and with the file's facts; the
 * others handed back as they are, to be finished with the other workers' pieces of them. What is
 * finished is handed on every few megabytes of items, so the worker never holds them all; the
 * last carries the plans' summary.
 *
 * @param held - The worker's plans (cleared: each plan's state let go once finished).
 * @param options - The run's options, read.
 * @param whole - What it was assigned.
 * @returns The plans it did not finish and what it finished, as they come.
 */
export async function* finishWhole(
  held: UsagePlans,
  options: UsageOptions,
  whole: WholePlans,
): AsyncGenerator<PlanResult, void, undefined> {
  const mine = new Set(whole.plans);
  let texts = new PackedTexts();
  let bytes = 0;
  /** The first plan finished since the last hand-on: what orders what is handed on. */
  let first: string | undefined;
  let sections: string[] = [];
  let keys: string[] = [];
  let customers: PartRow[] = [];
  const recon =
    whole.recon === null ? null : reconPlansOf(new Map(whole.recon), new Set(whole.given));
  const finisher = planFinisher(
    options,
    recon,
    { pecSeen: whole.pecSeen, products: new Set(whole.products) },
    (row) => {
      if (row.section === 'customers') customers.push(row);
      else {
        texts.add(row.item);
        bytes += row.item.length;
        sections.push(row.section);
        keys.push(row.key);
      }
    },
  );
  /** What is finished so far, handed on; the next gathered afresh. */
  const handOn = (summary: UsageGroupSummary | null): PlansFinished => {
    const made: PlansFinished = {
      plan: first ?? whole.plans[0] ?? '',
      finished: { texts: texts.packed(), sections, keys, customers, summary },
    };
    texts = new PackedTexts();
    bytes = 0;
    first = undefined;
    sections = [];
    keys = [];
    customers = [];
    return made;
  };
  // the plans taken from the share and the share let go of them: each plan's state is held by
  // this list alone, and let go once its part is finished
  const plans: (PlanState | undefined)[] = held
    .parts()
    .sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0));
  held.clear();
  for (let at = 0; at < plans.length; at++) {
    const piece = plans[at] as PlanState;
    plans[at] = undefined;
    if (!mine.has(piece.plan)) {
      yield piece;
      continue;
    }
    first ??= piece.plan;
    finisher.plan(piece.plan, [piece.state]);
    if (bytes >= HANDED_ON) yield handOn(null);
  }
  const summary = finisher.parts();
  // the plans' summary, with what is left of their items: none when it finished no plan
  if (whole.plans.length > 0) yield handOn(summary);
}
