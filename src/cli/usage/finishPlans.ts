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
} from '../../usage/_internal/usageSummary.ts';
import { usageLists, usageWholeParts } from '../../usage/_internal/usageWhole.ts';
import type {
  UsageAtStake,
  UsageCredit,
  UsageCustomer,
  UsageFinding,
  UsageIssue,
  UsageLate,
  UsageMatch,
  UsageNote,
  UsageReconcileResult,
  UsageSummary,
} from '../../usage/index.ts';
import { listedItem } from './listedItem.ts';
import { type PackedList, PackedTexts } from './packedTexts.ts';
import type { PlanState } from './usagePlans.ts';

/** The usage run finished plan by plan: `usage --json`'s lists (each item as it prints it) and summary. */
export interface UsageOutcome {
  /**
   * Each list (in `usage --json`'s order) with its items' texts as the list writes them
   * ({@link listedItem}: still each item's JSON), in order, kept as UTF-8.
   */
  readonly lists: readonly (readonly [section: string, items: PackedList])[];
  /** The file's summary with its customers. */
  readonly summary: Record<string, unknown>;
  /** How many findings the lists hold. */
  readonly findings: number;
  /**
   * The result as the library's one pass gives it (for the report for people and `--csv`): the
   * lists' items read back, one list at a time.
   *
   * @returns The result.
   */
  result(): UsageReconcileResult;
}

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

/** How many Azure plans {@link finishPlans} finishes as one part, and the lines that part may hold. */
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

/**
 * The usage run finished as a warehouse finishes it (USG-6, WH-4, WH-5): the shares' pieces of
 * each Azure plan merged, the plans finished in their order a few at a time by the library's
 * `usagePart` (`together`: each part a set of whole plans) — against their own invoice rows
 * (those whose `SubscriptionId` is theirs), with the file's facts (PEC seen anywhere, the usage
 * file's products, the invoice numbers given) — and the parts' summaries merged into the file's.
 * A part's states are let go once it is made, so the states of every plan and a whole result are
 * never held at once. The lists are `usage --json`'s, byte for byte, whatever the shares and
 * however the plans are put together.
 *
 * @param pieces - Every share's plans (a plan may come from several shares), in any order: taken
 *   (the list emptied), so each plan's state is let go once it is finished.
 * @param options - The run's options, read.
 * @param recon - The invoice files' rows, numbered from 1 in this order; `null`: none given.
 * @param together - How many plans, and lines, a part may hold ({@link PLANS_TOGETHER}).
 * @returns The lists, the summary and how many findings.
 */
export function finishPlans(
  pieces: PlanState[],
  options: UsageOptions,
  recon: readonly object[] | null,
  together: PlansTogether = PLANS_TOGETHER,
): UsageOutcome {
  const byPlan = new Map<string, UsageState[]>();
  let pecSeen = false;
  const products = new Set<string>();
  for (const { plan, state } of pieces) {
    const list = byPlan.get(plan);
    if (list === undefined) byPlan.set(plan, [state]);
    else list.push(state);
    pecSeen ||= state.pecSeen;
    // the usage file's products (USG-4's usage lines of the invoice): every plan's price groups
    for (const g of state.groups.values())
      products.add(JSON.stringify([g.productId, g.skuId, g.availabilityId]));
  }
  pieces.length = 0;
  const reconOf = new Map<string, { rows: object[]; numbers: number[] }>();
  recon?.forEach((row, i) => {
    // a row's SubscriptionId as the invoice rows are read (USG-4); a row that is no row: none
    const plan = planOf(cellText(cellByName(row, 'SubscriptionId')));
    const of = reconOf.get(plan) ?? { rows: [], numbers: [] };
    of.rows.push(row);
    of.numbers.push(i + 1);
    reconOf.set(plan, of);
  });
  const given = recon === null ? new Set<string | null>() : givenInvoices(recon);
  const plans = [...new Set([...byPlan.keys(), ...reconOf.keys()])].sort();
  // the customers' rows, put together by `usageWholeParts`; the lists' rows with their items
  // kept as UTF-8 until they are written
  const rows: PartRow[] = [];
  const texts = new PackedTexts();
  const listed: { section: string; key: string; item: number }[] = [];
  const keep = (row: PartRow): void => {
    if (row.section === 'customers') rows.push(row);
    else listed.push({ section: row.section, key: row.key, item: texts.add(row.item) });
  };
  const summary = emptyUsageSummary();
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
      recon === null ? null : reconRows,
      { pecSeen, given, products, reconNumbers },
      COMMAND_FORM,
    );
    for (const row of made.rows) keep(row);
    mergeUsageSummary(summary, made.summary);
  };
  // the plans in their order, a part closed when it holds `together.plans` or the next would
  // take it past `together.lines`
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
  const file = finishUsageSummary(
    summary,
    { pecSeen, prices: options.prices !== null, invoice: recon !== null, given },
    options.texts,
    COMMAND_FORM,
  );
  for (const row of file.rows) keep(row);
  const { summary: whole } = usageWholeParts(rows, file.summary);
  rows.length = 0;
  const lists = usageLists(listed).map(([section, items]) => [section, texts.list(items)] as const);
  listed.length = 0;
  const findings = lists.find(([section]) => section === 'findings')?.[1].length ?? 0;
  const outcome = { lists, summary: whole };
  return { ...outcome, findings, result: () => resultOf(outcome) };
}

/**
 * The lists and summary read back as the one pass's result, each list parsed when first asked for
 * (the report for people reads the findings and the summary, never the matches).
 */
function resultOf(whole: Pick<UsageOutcome, 'lists' | 'summary'>): UsageReconcileResult {
  const read = new Map<string, unknown[]>();
  const list = <T>(section: string): T[] => {
    let items = read.get(section);
    if (items === undefined) {
      items = [...(whole.lists.find(([s]) => s === section)?.[1] ?? [])].map(
        (item) => JSON.parse(item) as unknown,
      );
      read.set(section, items);
    }
    return items as T[];
  };
  const kinds = new Set(['missing', 'unexpected', 'pec-not-earned', 'pec-on-excluded-meter']);
  const of = (kind: UsageFinding['kind'] | 'different'): UsageFinding[] => {
    const key = `findings:${kind}`;
    let found = read.get(key) as UsageFinding[] | undefined;
    if (found === undefined) {
      found = list<UsageFinding>('findings').filter((f) =>
        kind === 'different' ? !kinds.has(f.kind) : f.kind === kind,
      );
      read.set(key, found);
    }
    return found;
  };
  const { atStake, customers, ...summary } = whole.summary as Record<string, unknown> & {
    atStake: UsageAtStake[];
    customers: UsageCustomer[];
  };
  return {
    get matched() {
      return list<UsageMatch>('matched');
    },
    get missing() {
      return of('missing');
    },
    get unexpected() {
      return of('unexpected');
    },
    get different() {
      return of('different');
    },
    get issues() {
      return list<UsageIssue>('issues');
    },
    get notes() {
      return list<UsageNote>('notes');
    },
    pec: {
      get notEarned() {
        return of('pec-not-earned');
      },
      get onExcludedMeter() {
        return of('pec-on-excluded-meter');
      },
    },
    get credits() {
      return list<UsageCredit>('credits');
    },
    get late() {
      return list<UsageLate>('late');
    },
    atStake,
    customers,
    summary: summary as unknown as UsageSummary,
  };
}
